import type { Session } from 'electron';

/** Denies every permission request and check (camera, notifications, …): an annotation tool needs none. */
export function denyPermissions(session: Session): void {
  session.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
  session.setPermissionCheckHandler(() => false);
}
