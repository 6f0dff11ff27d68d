import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtemp, readFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { FuseV1Options, getCurrentFuseWire } from '@electron/fuses';
import { chromium, expect, test } from '@playwright/test';
import { parse } from 'yaml';
import { z } from 'zod';
import { packagedApp } from './hosts/packagedApp';

const REPO = path.resolve(import.meta.dirname, '../..');
/** A fuse's byte on the wire: ASCII '1' enabled, '0' disabled (@electron/fuses' FuseState, not exported). */
const FUSE_ENABLED = 0x31;
const FUSE_DISABLED = 0x30;

/** electron-builder.yml's fuse names, mapped to the wire positions @electron/fuses reads. */
const FUSE_OPTIONS = {
  runAsNode: FuseV1Options.RunAsNode,
  enableCookieEncryption: FuseV1Options.EnableCookieEncryption,
  enableNodeOptionsEnvironmentVariable: FuseV1Options.EnableNodeOptionsEnvironmentVariable,
  enableNodeCliInspectArguments: FuseV1Options.EnableNodeCliInspectArguments,
  enableEmbeddedAsarIntegrityValidation: FuseV1Options.EnableEmbeddedAsarIntegrityValidation,
  onlyLoadAppFromAsar: FuseV1Options.OnlyLoadAppFromAsar,
  loadBrowserProcessSpecificV8Snapshot: FuseV1Options.LoadBrowserProcessSpecificV8Snapshot,
  grantFileProtocolExtraPrivileges: FuseV1Options.GrantFileProtocolExtraPrivileges,
} as const;

const builderConfig = z.object({ electronFuses: z.record(z.enum(Object.keys(FUSE_OPTIONS) as [keyof typeof FUSE_OPTIONS]), z.boolean()) });

/** The packaged app, or the test is skipped (no installer build here) — except where CI demands it. */
function requirePackagedApp() {
  const app = packagedApp();
  if ('missing' in app && process.env.TAGWERK_REQUIRE_PACKAGED_APP) throw new Error(app.missing);
  test.skip('missing' in app, `packaged app skipped: ${'missing' in app ? app.missing : ''}`);
  return app as Exclude<typeof app, { missing: string }>;
}

/** Resolves with the DevTools websocket the started app prints, so Playwright can attach without --inspect (that fuse is off). */
function devToolsEndpoint(child: ChildProcess): Promise<string> {
  return new Promise((resolve, reject) => {
    let output = '';
    child.stderr?.on('data', (chunk: Buffer) => {
      output += chunk.toString('utf8');
      const match = /DevTools listening on (ws:\/\/\S+)/.exec(output);
      if (match?.[1]) resolve(match[1]);
    });
    child.on('exit', (code) => reject(new Error(`the packaged app exited (${String(code)}) before it could be attached to:\n${output}`)));
  });
}

test('the packaged app carries the fuses electron-builder.yml sets', async () => {
  const app = requirePackagedApp();
  const expected = builderConfig.parse(parse(await readFile(path.join(REPO, 'electron-builder.yml'), 'utf8'))).electronFuses;
  const wire = await getCurrentFuseWire(app.fuseTarget);
  for (const [name, enabled] of Object.entries(expected)) {
    const option = FUSE_OPTIONS[name as keyof typeof FUSE_OPTIONS];
    expect.soft(wire[option], name).toBe(enabled ? FUSE_ENABLED : FUSE_DISABLED);
  }
});

test('the packaged app starts and shows the built-in article', async () => {
  const app = requirePackagedApp();
  const dataDir = await mkdtemp(path.join(os.tmpdir(), 'tagwerk-packaged-'));
  const child = spawn(app.executable, [`--data-dir=${dataDir}`, '--remote-debugging-port=0', '--lang=en-US'], { stdio: ['ignore', 'ignore', 'pipe'] });
  try {
    const browser = await chromium.connectOverCDP(await devToolsEndpoint(child));
    const context = browser.contexts()[0];
    if (!context) throw new Error('the packaged app has no browser context');
    const page = context.pages()[0] ?? (await context.waitForEvent('page'));
    await expect(page.getByTestId('editor')).toContainText('Wladimir Putin', { timeout: 30_000 });
    await browser.close();
  } finally {
    child.kill();
  }
});
