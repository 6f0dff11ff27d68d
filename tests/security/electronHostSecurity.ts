import { mkdtemp } from 'node:fs/promises';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { _electron, expect, test, type ElectronApplication, type Page } from '@playwright/test';
import { CONTENT_SECURITY_POLICY } from '../../electron/main/security/contentSecurityPolicy';
import { BRIDGE_GLOBAL, BRIDGE_KEYS } from '@shared/ipc/bridge';
import { electronBinary } from '../e2e/hosts/launchElectronHost';

const REPO_ROOT = path.resolve(import.meta.dirname, '../..');
const MAIN_ENTRY = path.join(REPO_ROOT, 'out/main/index.js');
const APP_ENTRY = 'app://workbench/index.html';

/** Reads the fuse wire of a packaged Electron binary with @electron/fuses (electron-builder's own dependency). */
async function readFuseWire(binaryPath: string): Promise<Record<string, number>> {
  const builderRequire = createRequire(createRequire(path.join(REPO_ROOT, 'package.json')).resolve('app-builder-lib/package.json'));
  const fuses = builderRequire('@electron/fuses') as { getCurrentFuseWire(p: string): Promise<Record<string, number>> };
  return fuses.getCurrentFuseWire(binaryPath);
}

// @electron/fuses' FuseV1Options indices and FuseState bytes ('0' = off, '1' = on).
const FUSE = { runAsNode: '0', cookieEncryption: '1', nodeOptions: '2', nodeCliInspect: '3', asarIntegrity: '4', onlyFromAsar: '5', fileProtocolPrivileges: '7' };
const OFF = 48;
const ON = 49;

let binaryCache: ReturnType<typeof electronBinary> | undefined;
/** Looks for the Electron binary once per worker (the lookup may try a download). */
function cachedElectronBinary(): ReturnType<typeof electronBinary> {
  binaryCache ??= electronBinary();
  return binaryCache;
}

/**
 * The checklist items that need a real Electron (runtime CSP, no Node in the page, permission
 * answers, navigation, fuses of a packaged binary). Call it from a spec under tests/e2e; it runs on
 * the `electron` project and is skipped, with the reason, where there is no Electron binary.
 */
export function defineElectronHostSecurityTests(): void {
  test.describe('security in the real Electron app', () => {
    let app: ElectronApplication | undefined;
    let page: Page;

    test.beforeEach(async ({}, testInfo) => {
      test.skip(testInfo.project.name !== 'electron', 'needs the real Electron app: runs on the electron project');
      const binary = cachedElectronBinary();
      test.skip('missing' in binary, `electron host skipped: ${'missing' in binary ? binary.missing : ''}`);
      if ('missing' in binary) return;
      const dataDir = await mkdtemp(path.join(os.tmpdir(), 'tagwerk-e2e-security-'));
      app = await _electron.launch({ executablePath: binary.path, args: [MAIN_ENTRY, `--data-dir=${dataDir}`] });
      page = await app.firstWindow();
      await page.waitForLoadState('domcontentloaded');
    });

    test.afterEach(async () => {
      await app?.close();
      app = undefined;
    });

    test('the renderer has no Node and only the bridge with the contract methods and events', async () => {
      const globals = await page.evaluate((bridgeName) => {
        const w = window as unknown as Record<string, unknown>;
        return {
          require: typeof w.require,
          process: typeof w.process,
          module: typeof w.module,
          bridge: Object.keys((w[bridgeName] as object | undefined) ?? {}).sort(),
        };
      }, BRIDGE_GLOBAL);
      expect(globals).toEqual({ require: 'undefined', process: 'undefined', module: 'undefined', bridge: [...BRIDGE_KEYS].sort() });
    });

    test('the CSP header is served and blocks inline script and eval at run time', async () => {
      const outcome = await page.evaluate(async (entry) => {
        const w = window as unknown as Record<string, unknown>;
        const violations: string[] = [];
        document.addEventListener('securitypolicyviolation', (e) => violations.push(e.effectiveDirective));
        const script = document.createElement('script');
        script.textContent = 'window.__inlineRan = true';
        document.head.append(script);
        // Run eval later, outside the DevTools evaluation (which may be exempt from CSP).
        await new Promise<void>((resolve) =>
          setTimeout(() => {
            try {
              w.__evalRan = new Function('return 1')() === 1;
            } catch {
              w.__evalRan = false;
            }
            resolve();
          }, 0),
        );
        await new Promise((resolve) => setTimeout(resolve, 200));
        const response = await fetch(entry);
        return { inlineRan: w.__inlineRan === true, evalRan: w.__evalRan, violations, header: response.headers.get('content-security-policy') };
      }, APP_ENTRY);
      expect(outcome.header).toBe(CONTENT_SECURITY_POLICY);
      expect(outcome.inlineRan).toBe(false);
      expect(outcome.evalRan).toBe(false);
      expect(outcome.violations).toEqual(expect.arrayContaining(['script-src-elem']));
    });

    test('permissions are denied', async () => {
      const states = await page.evaluate(async () => ({
        notification: Notification.permission,
        geolocation: (await navigator.permissions.query({ name: 'geolocation' })).state,
        camera: await navigator.mediaDevices.getUserMedia({ video: true }).then(
          () => 'granted',
          () => 'refused',
        ),
      }));
      expect(states).toEqual({ notification: 'denied', geolocation: 'denied', camera: 'refused' });
    });

    test('window.open and navigation away from the UI are refused', async () => {
      expect(await page.evaluate(() => window.open('https://example.com/') === null)).toBe(true);
      for (const url of ['file:///etc/passwd', 'https://example.com/', 'app://workbench.evil/index.html']) {
        await page.evaluate((target) => {
          window.location.href = target;
        }, url);
        await page.waitForTimeout(300);
        expect(page.url()).toBe(APP_ENTRY);
      }
      expect(app?.windows()).toHaveLength(1);
    });
  });

  test.describe('fuses of the packaged app', () => {
    const packaged = process.env.TAGWERK_PACKAGED_ELECTRON;
    test('are burnt as electron-builder.yml says', async ({}, testInfo) => {
      test.skip(testInfo.project.name !== 'electron', 'reads a packaged Electron binary: runs on the electron project');
      test.skip(!packaged, 'no packaged app: build one with `npx electron-builder --dir` and set TAGWERK_PACKAGED_ELECTRON to its binary');
      const wire = await readFuseWire(packaged ?? '');
      expect(wire[FUSE.runAsNode]).toBe(OFF);
      expect(wire[FUSE.nodeOptions]).toBe(OFF);
      expect(wire[FUSE.nodeCliInspect]).toBe(OFF);
      expect(wire[FUSE.fileProtocolPrivileges]).toBe(OFF);
      expect(wire[FUSE.cookieEncryption]).toBe(ON);
      expect(wire[FUSE.asarIntegrity]).toBe(ON);
      expect(wire[FUSE.onlyFromAsar]).toBe(ON);
    });
  });
}
