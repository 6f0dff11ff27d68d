import http from 'node:http';
import path from 'node:path';
import { chromium } from '@playwright/test';
import { METHOD_NAMES } from '../../../shared/ipc/contract';
import { BRIDGE_GLOBAL } from '../../../shared/ipc/bridge';
import { createMainServices } from '../../../electron/main/createMainServices';
import { createConfSettings } from '../../../electron/main/settings/createConfSettings';
import { createIpcRouter } from '../../../electron/main/ipc/createIpcRouter';
import { createAppFileResponder } from '../../../electron/main/protocol/createAppFileResponder';
import { isTrustedUrl } from '../../../electron/main/security/trustedOrigins';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from './chromiumExecutable';
import type { LaunchedApp } from './types';

const RENDERER_DIR = path.resolve(import.meta.dirname, '../../../out/renderer');
const BINDING = '__tagwerkIpc';

/** Serves the built renderer on 127.0.0.1 through the app's own file responder (same CSP, same guards). */
async function serveRenderer(): Promise<{ origin: string; host: string; close(): Promise<void> }> {
  let respond: ReturnType<typeof createAppFileResponder> | null = null;
  const server = http.createServer((request, response) => {
    const url = `http://${request.headers.host ?? ''}${request.url ?? '/'}`;
    void (respond ? respond(url) : Promise.resolve({ status: 503, body: '', headers: {} })).then((r) => {
      response.writeHead(r.status, r.headers);
      response.end(r.body);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  if (!address || typeof address === 'string') throw new Error('renderer server has no port');
  const host = `127.0.0.1:${address.port}`;
  respond = createAppFileResponder(RENDERER_DIR, host);
  return {
    origin: `http://${host}`,
    host,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

/**
 * Runs the built renderer in Debian's Chromium with its bridge wired, through a page binding, to
 * the real main-process services running in this test process; only native dialogs are scripted.
 */
export async function launchChromiumHost(options: { dataDir: string; locale: string; annotator: string | null }): Promise<LaunchedApp> {
  const settings = createConfSettings({ dataDir: options.dataDir });
  if (options.annotator !== null && settings.get().annotator === '') settings.update({ annotator: options.annotator });
  const services = await createMainServices({
    dataDir: options.dataDir,
    locale: () => options.locale,
    userName: () => 'analyst',
    platform: process.platform,
    version: 'e2e',
    settings,
  });
  const server = await serveRenderer();
  const router = createIpcRouter(services.handlers, {
    isTrustedUrl: (url) => isTrustedUrl(url, [{ protocol: 'http:', host: server.host }]),
  });
  const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: [...CHROMIUM_ARGS, `--lang=${options.locale}`] });
  const context = await browser.newContext({ locale: options.locale, viewport: { width: 1280, height: 860 } });
  const page = await context.newPage();
  await page.exposeBinding(BINDING, (source, method: string, payload: unknown) =>
    router.dispatch(method, { url: source.frame.url(), isMainFrame: source.frame === source.page.mainFrame() }, payload),
  );
  // Mirrors the preload: a frozen object with exactly the contract's methods; the raw binding is hidden.
  await page.addInitScript(
    ({ methods, globalName, binding }) => {
      const w = window as unknown as Record<string, unknown>;
      const invoke = w[binding] as (method: string, payload: unknown) => Promise<unknown>;
      delete w[binding];
      const bridge: Record<string, (payload?: unknown) => Promise<unknown>> = {};
      for (const method of methods) bridge[method] = (payload?: unknown) => invoke(method, payload);
      Object.defineProperty(window, globalName, { value: Object.freeze(bridge), enumerable: false });
    },
    { methods: METHOD_NAMES as string[], globalName: BRIDGE_GLOBAL, binding: BINDING },
  );
  await page.goto(`${server.origin}/index.html`);
  let closed = false;
  return {
    page,
    dataDir: options.dataDir,
    async close() {
      if (closed) return;
      closed = true;
      await page.close({ runBeforeUnload: true }).catch(() => undefined);
      await services.close();
      await browser.close();
      await server.close();
    },
  };
}
