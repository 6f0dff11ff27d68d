import { mkdir, mkdtemp, symlink, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import type { Session } from 'electron';

const privileged: unknown[] = [];
vi.mock('electron', () => ({
  protocol: { registerSchemesAsPrivileged: (schemes: unknown[]) => privileged.push(...schemes) },
}));

const { registerAppProtocol, registerAppSchemePrivileges, APP_SCHEME } = await import('../../../electron/main/protocol/registerAppProtocol');
const { CONTENT_SECURITY_POLICY } = await import('../../../electron/main/security/contentSecurityPolicy');

type ProtocolHandler = (request: { url: string }) => Promise<Response>;

let handle: ProtocolHandler;
const registered = new Map<string, ProtocolHandler>();

beforeAll(async () => {
  const base = await mkdtemp(path.join(os.tmpdir(), 'tagwerk-protocol-'));
  const root = path.join(base, 'renderer');
  await mkdir(path.join(root, 'assets'), { recursive: true });
  await writeFile(path.join(root, 'index.html'), '<!doctype html><p>Mu\u0308ller 😀</p>');
  await writeFile(path.join(root, 'assets', 'index-1.js'), 'export {};');
  await writeFile(path.join(base, 'secret.txt'), 'secret');
  await symlink(path.join(base, 'secret.txt'), path.join(root, 'leak.txt'));
  const session = { protocol: { handle: (scheme: string, handler: ProtocolHandler) => registered.set(scheme, handler) } };
  registerAppProtocol(session as unknown as Session, root);
  const handler = registered.get(APP_SCHEME);
  if (!handler) throw new Error('registerAppProtocol did not register app://');
  handle = handler;
});

describe('the app:// protocol handler', () => {
  it('registers one handler, for app:// only', () => {
    expect([...registered.keys()]).toEqual(['app']);
  });

  it.each([
    ['app://workbench/', 200],
    ['app://workbench/index.html', 200],
    ['app://workbench/assets/index-1.js', 200],
    ['app://workbench/missing.js', 404],
    ['app://workbench/leak.txt', 404],
    ['app://workbench/%2e%2e/secret.txt', 404],
    ['app://workbench/../secret.txt', 404],
    ['app://workbench.evil/index.html', 404],
    ['app://workbench/M%C3%BCller%F0%9F%98%80.html', 404],
  ])('answers %s with %i and the CSP header', async (url, status) => {
    const response = await handle({ url });
    expect(response.status).toBe(status);
    expect(response.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
  });

  it('serves the page itself unchanged', async () => {
    const response = await handle({ url: 'app://workbench/index.html' });
    expect(response.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(await response.text()).toBe('<!doctype html><p>Mu\u0308ller 😀</p>');
  });

  it('declares app:// standard and secure without bypassing CSP or opening CORS and service workers', () => {
    privileged.length = 0;
    registerAppSchemePrivileges();
    expect(privileged).toHaveLength(1);
    const [entry] = privileged as Array<{ scheme: string; privileges: Record<string, boolean> }>;
    expect(entry?.scheme).toBe('app');
    expect(entry?.privileges).toMatchObject({ standard: true, secure: true });
    for (const risky of ['bypassCSP', 'corsEnabled', 'allowServiceWorkers']) expect(entry?.privileges[risky] ?? false).toBe(false);
  });
});
