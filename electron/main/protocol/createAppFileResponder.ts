import { promises as fsp } from 'node:fs';
import path from 'node:path';
import { CONTENT_SECURITY_POLICY } from '../security/contentSecurityPolicy';
import { resolveAppPath } from './resolveAppPath';

/** A served file: status, body and headers (the CSP header is always present). */
export interface AppFileResponse {
  status: number;
  body: Uint8Array | string;
  headers: Record<string, string>;
}

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.cjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
  '.ico': 'image/x-icon',
};

/**
 * Creates the one file server behind both the app:// protocol and the chromium test host, so both
 * refuse traversal and symlinks out of the bundle the same way and both send the CSP header.
 */
export function createAppFileResponder(rootDir: string, expectedHost?: string) {
  const headersFor = (contentType: string): Record<string, string> => ({
    'content-type': contentType,
    'content-security-policy': CONTENT_SECURITY_POLICY,
    'x-content-type-options': 'nosniff',
  });
  const notFound = (): AppFileResponse => ({ status: 404, body: 'Not found', headers: headersFor('text/plain; charset=utf-8') });

  return async function respond(requestUrl: string): Promise<AppFileResponse> {
    const filePath = resolveAppPath(rootDir, requestUrl, expectedHost);
    if (!filePath) return notFound();
    try {
      const [realRoot, realFile] = await Promise.all([fsp.realpath(rootDir), fsp.realpath(filePath)]);
      if (!realFile.startsWith(realRoot + path.sep)) return notFound();
      const body = await fsp.readFile(realFile);
      const type = CONTENT_TYPES[path.extname(realFile).toLowerCase()] ?? 'application/octet-stream';
      return { status: 200, body: new Uint8Array(body), headers: headersFor(type) };
    } catch {
      return notFound();
    }
  };
}
