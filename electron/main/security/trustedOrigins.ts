/** A place our UI may be loaded from, compared by protocol and host (never `origin`, which is 'null' for app://). */
export interface TrustedLocation {
  protocol: string;
  host: string;
}

/** The app:// location the packaged UI is served from. */
export const APP_LOCATION: TrustedLocation = { protocol: 'app:', host: 'workbench' };

/** The URL of the UI's entry page under the app:// protocol. */
export const APP_ENTRY_URL = 'app://workbench/index.html';

/** Returns whether a URL points at one of the trusted locations; unparsable URLs are never trusted. */
export function isTrustedUrl(url: string, trusted: readonly TrustedLocation[]): boolean {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return false;
  }
  return trusted.some((t) => parsed.protocol === t.protocol && parsed.host === t.host);
}
