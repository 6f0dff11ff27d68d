import { describe, expect, it, vi } from 'vitest';
import type { Session } from 'electron';

vi.mock('electron', () => ({}));

const { denyPermissions } = await import('../../../electron/main/security/denyPermissions');

type RequestHandler = (contents: unknown, permission: string, callback: (granted: boolean) => void, details: unknown) => void;
type CheckHandler = (contents: unknown, permission: string, origin: string, details: unknown) => boolean;
type DeviceHandler = (details: unknown) => boolean;

function fakeSession() {
  const handlers: { request?: RequestHandler; check?: CheckHandler; device?: DeviceHandler } = {};
  const session = {
    setPermissionRequestHandler: (h: RequestHandler) => (handlers.request = h),
    setPermissionCheckHandler: (h: CheckHandler) => (handlers.check = h),
    setDevicePermissionHandler: (h: DeviceHandler) => (handlers.device = h),
  };
  denyPermissions(session as unknown as Session);
  return handlers;
}

// Every permission name Electron 45 can ask about, plus one it may add later.
const PERMISSIONS = [
  'clipboard-read', 'clipboard-sanitized-write', 'display-capture', 'fileSystem', 'fullscreen', 'geolocation',
  'hid', 'idle-detection', 'keyboardLock', 'local-fonts', 'media', 'mediaKeySystem', 'midi', 'midiSysex',
  'notifications', 'openExternal', 'persistent-storage', 'pointerLock', 'screen-wake-lock', 'serial',
  'speaker-selection', 'storage-access', 'top-level-storage-access', 'usb', 'window-management', 'unknown',
  'some-future-permission',
];
const ORIGINS = ['app://workbench', 'app://workbench.evil', 'file://', 'https://example.com', 'null'];

describe('denyPermissions', () => {
  it.each(PERMISSIONS)('answers a request for %s with false, from our UI and from anywhere else', (permission) => {
    const { request } = fakeSession();
    for (const origin of ORIGINS) {
      const callback = vi.fn();
      request?.({ getURL: () => `${origin}/index.html` }, permission, callback, { requestingUrl: `${origin}/index.html` });
      expect(callback).toHaveBeenCalledExactlyOnceWith(false);
    }
  });

  it.each(PERMISSIONS)('answers a check for %s with false', (permission) => {
    const { check } = fakeSession();
    for (const origin of ORIGINS) expect(check?.(null, permission, origin, { requestingUrl: origin })).toBe(false);
  });

  it('refuses HID, serial and USB devices', () => {
    const { device } = fakeSession();
    for (const deviceType of ['hid', 'serial', 'usb']) expect(device?.({ deviceType, origin: 'app://workbench', device: {} })).toBe(false);
  });
});
