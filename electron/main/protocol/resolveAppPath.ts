import path from 'node:path';

/** The host under which the UI is served on the app:// scheme. */
export const APP_HOST = 'workbench';

/**
 * Maps an app:// (or test-host http://) request URL to a file inside `rootDir`, or null when the
 * URL is foreign or tries to leave the root (`..`, encoded dots, backslashes, absolute paths, NUL).
 */
export function resolveAppPath(rootDir: string, requestUrl: string, expectedHost = APP_HOST): string | null {
  let url: URL;
  try {
    url = new URL(requestUrl);
  } catch {
    return null;
  }
  if (url.host !== expectedHost) return null;
  // The URL parser already folds `..` away; refuse the request outright if the raw path tried it.
  const rawPath = requestUrl.slice(requestUrl.indexOf(expectedHost) + expectedHost.length).split(/[?#]/, 1)[0] ?? '';
  let decoded: string;
  try {
    decoded = decodeURIComponent(url.pathname);
    if (decodeURIComponent(rawPath).split('/').some((s) => s === '..' || s === '.')) return null;
  } catch {
    return null;
  }
  if (decoded.includes('\0') || decoded.includes('\\')) return null;
  const segments = decoded.split('/').filter((s) => s.length > 0);
  if (segments.some((s) => s === '..' || s === '.' || /^[a-zA-Z]:$/.test(s))) return null;
  const relative = segments.length === 0 ? 'index.html' : segments.join('/');
  const root = path.resolve(rootDir);
  const resolved = path.resolve(root, relative);
  if (resolved !== root && !resolved.startsWith(root + path.sep)) return null;
  return resolved;
}
