import { mkdtemp, mkdir, symlink, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { resolveAppPath } from '../../../../../electron/main/protocol/resolveAppPath';
import { createAppFileResponder } from '../../../../../electron/main/protocol/createAppFileResponder';

const ROOT = '/app/out/renderer';

describe('resolveAppPath', () => {
  it.each([
    ['app://workbench/index.html', '/app/out/renderer/index.html'],
    ['app://workbench/', '/app/out/renderer/index.html'],
    ['app://workbench/assets/index-abc.js', '/app/out/renderer/assets/index-abc.js'],
    ['app://workbench/assets/M%C3%BCller%F0%9F%98%80.png', '/app/out/renderer/assets/Müller😀.png'],
    ['app://workbench/assets/Mu%CC%88ller.css', '/app/out/renderer/assets/Mu\u0308ller.css'],
  ])('maps %s inside the bundle', (url, expected) => {
    expect(resolveAppPath(ROOT, url)).toBe(expected);
  });

  it.each([
    'app://workbench/../../etc/passwd',
    'app://workbench/%2e%2e/%2e%2e/etc/passwd',
    'app://workbench/assets/%2E%2E/%2E%2E/secret',
    'app://workbench/..%2f..%2fetc%2fpasswd',
    'app://workbench/%2fetc%2fpasswd/..',
    'app://workbench/..%5c..%5cwindows',
    'app://workbench/C:/Windows/win.ini',
    'app://workbench/index.html%00.js',
    'app://evil/index.html',
    'app://workbench.evil/index.html',
    'app://workbench/%E0%A4%A',
    'not a url',
  ])('refuses %s', (url) => {
    expect(resolveAppPath(ROOT, url)).toBeNull();
  });
});

describe('createAppFileResponder', () => {
  it('serves files with the CSP header and refuses a symlink that leads out of the bundle', async () => {
    const base = await mkdtemp(path.join(os.tmpdir(), 'tagwerk-responder-'));
    const root = path.join(base, 'renderer');
    await mkdir(root);
    await writeFile(path.join(root, 'index.html'), '<p>Ä😀</p>');
    await writeFile(path.join(base, 'secret.txt'), 'secret');
    await symlink(path.join(base, 'secret.txt'), path.join(root, 'leak.txt'));
    const respond = createAppFileResponder(root, 'workbench');
    const page = await respond('app://workbench/index.html');
    expect(page.status).toBe(200);
    expect(Buffer.from(page.body as Uint8Array).toString('utf8')).toBe('<p>Ä😀</p>');
    expect(page.headers['content-security-policy']).toContain("script-src 'self'");
    expect(page.headers['content-security-policy']).not.toContain('unsafe-eval');
    const leak = await respond('app://workbench/leak.txt');
    expect(leak.status).toBe(404);
    expect(leak.headers['content-security-policy']).toBeDefined();
    expect((await respond('app://workbench/missing.js')).status).toBe(404);
  });
});
