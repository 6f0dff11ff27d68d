import type { Session } from 'electron';

/**
 * Denies every permission request and check (camera, notifications, HID/USB/serial devices, …):
 * an annotation tool needs none, and the renderer shows untrusted text.
 */
export function denyPermissions(session: Session): void {
  session.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
  session.setPermissionCheckHandler(() => false);
  session.setDevicePermissionHandler(() => false);
}
