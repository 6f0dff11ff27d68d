import http from 'node:http';
import path from 'node:path';
import { chromium, type Page } from '@playwright/test';
import { METHOD_NAMES } from '@shared/ipc/contract';
import { EVENT_NAMES, subscriberNameOf, type EventName } from '@shared/ipc/events';
import { BRIDGE_GLOBAL } from '@shared/ipc/bridge';
import { createMainServices } from '../../../electron/main/createMainServices';
import { createConfSettings } from '../../../electron/node/settings/createConfSettings';
import { createIpcRouter } from '../../../electron/main/ipc/createIpcRouter';
import { createCloseGuard } from '../../../electron/main/lifecycle/createCloseGuard';
import { createAppFileResponder } from '../../../electron/main/protocol/createAppFileResponder';
import { isTrustedUrl } from '../../../electron/main/security/trustedOrigins';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from './chromiumExecutable';
import { createRequestChannel, REQUEST_WORKER_PATH, RESPONSE_MARK, RESPONSE_PATH, RESPONSE_STREAM_PATH, STREAM_MARK, type RequestChannel } from './createRequestChannel';
import type { HostCallStamps, LaunchedApp, ScriptedDialogs } from './types';

const RENDERER_DIR = path.resolve(import.meta.dirname, '../../../out/renderer');
const BINDING = '__tagwerkIpc';
/** Responses longer than this (JSON characters) are fetched by the page instead of crossing the binding. */
const LARGE_RESPONSE = 65_536;

/** Serves the built renderer on 127.0.0.1 through the app's own file responder (same CSP, same guards). */
async function serveRenderer(channel: RequestChannel): Promise<{ origin: string; host: string; close(): Promise<void> }> {
  let respond: ReturnType<typeof createAppFileResponder> | null = null;
  const server = http.createServer((request, response) => {
    if (channel.serve(request, response)) return;
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
    // The bridges' response streams stay open until ended: end them, or the server never closes.
    close: () => new Promise<void>((resolve) => (channel.close(), server.close(() => resolve()))),
  };
}

/**
 * Runs the built renderer in Debian's Chromium with its bridge wired, through a page binding, to
 * the real main-process services running in this test process; only native dialogs are scripted.
 */
export async function launchChromiumHost(options: {
  dataDir: string;
  locale: string;
  annotator: string | null;
  dialogs: ScriptedDialogs;
  /** Runs on the new page before the app loads (the benchmark installs its probe here). */
  beforeStart?: (page: Page) => Promise<void>;
  /**
   * Told how long main's services took to start and how long main spent in each call; the page
   * then also marks each call's round trip as a `ipc <method>` performance measure (the bench splits the start with these).
   */
  observe?: { started(ms: number): void; call(method: string, ms: number, stamps?: HostCallStamps): void };
}): Promise<LaunchedApp> {
  const settings = createConfSettings({ dataDir: options.dataDir });
  // Events reach the page once it exists; until then there is no window to tell.
  let emit: (event: EventName, payload: unknown) => Promise<void> = async () => undefined;
  if (options.annotator !== null && settings.get().annotator === '') settings.update({ annotator: options.annotator });
  const startedAt = performance.now();
  const services = await createMainServices({
    dataDir: options.dataDir,
    locale: () => options.locale,
    userName: () => 'analyst',
    platform: process.platform,
    version: 'e2e',
    settings,
    dialogs: {
      showOpen: async (request) => options.dialogs.open?.(request) ?? null,
      showSave: async (request) => options.dialogs.save?.(request) ?? null,
    },
    emit: (event, payload) => void emit(event, payload).catch(() => undefined),
    // Re-anchoring runs in a worker thread, as in the app, so a large one never holds up the window's calls.
    reanchorWorker: new URL('../../../electron/node/reanchor/reanchorWorker.ts', import.meta.url),
  });
  options.observe?.started(performance.now() - startedAt);
  const channel = createRequestChannel();
  const server = await serveRenderer(channel);
  const router = createIpcRouter(services.handlers, {
    isTrustedUrl: (url) => isTrustedUrl(url, [{ protocol: 'http:', host: server.host }]),
  });
  const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: [...CHROMIUM_ARGS, `--lang=${options.locale}`] });
  const context = await browser.newContext({ locale: options.locale, viewport: { width: 1280, height: 860 } });
  const page = await context.newPage();
  // Results cross as JSON text, parsed in the page: Playwright's own value serialization costs
  // seconds per 10,000 objects (the corpus list, a 1M document's tags), where Electron's structured
  // clone costs milliseconds, so the host would measure itself instead of the app. Every response
  // is JSON data (checked by its zod schema); only requests carry bytes, and they keep Playwright's.
  // A large request (a document's tags on autosave) would cost tens of milliseconds of Playwright's
  // serialization on the page's thread, where Electron's structured clone costs about one: its body
  // goes to a worker by postMessage (the same structured clone) and from there to this host; the
  // call itself still crosses the binding, so the router judges the calling frame as before.
  // A large response (a 1M document's text and tags: ~2 MB of JSON) crossing the binding costs the
  // page's thread ~100–200 ms of DevTools-protocol parsing that Electron's IPC never pays. Each bridge
  // keeps one response stream open (a long-lived fetch): the host writes the JSON text there as one
  // frame and the call answers with the frame's number; the page decodes and parses it on its thread,
  // as Electron deserializes there. A fetch per answer paid ~50 ms more at 1M for the request and its
  // transfer through the network service (the host's cost, not the app's); a call made before the
  // stream is open still answers with a token the page fetches.
  await page.exposeBinding(BINDING, async (source, method: string, payload: unknown, bodyToken?: string, streamId?: string) => {
    const at = performance.now();
    const request = typeof bodyToken === 'string' ? channel.take(bodyToken) : payload;
    const answer = await router.dispatch(method, { url: source.frame.url(), isMainFrame: source.frame === source.page.mainFrame() }, request);
    const handled = performance.now();
    const json = JSON.stringify(answer);
    const epoch = performance.timeOrigin;
    options.observe?.call(method, handled - at, { entered: epoch + at, handled: epoch + handled, stringified: epoch + performance.now(), chars: json.length });
    return json.length > LARGE_RESPONSE ? (channel.push(streamId, json) ?? channel.hold(json)) : json;
  });
  // Mirrors the preload: a frozen object with exactly the contract's methods and event
  // subscriptions; the raw binding is hidden, and the host delivers events through a symbol.
  await page.addInitScript(
    ({ methods, subscribers, globalName, binding, measureCalls, workerPath, responseMark, responsePath, streamMark, streamPath }) => {
      const w = window as unknown as Record<string, unknown>;
      // No named function here: the test runner's transform would wrap it in a helper the page lacks.
      const binder = w[binding] as (method: string, payload: unknown, bodyToken?: string, streamId?: string) => Promise<string>;
      delete w[binding];
      // This bridge's response stream: frames of [number, byte length] (uint32 LE each) and UTF-8 JSON text, matched to calls by number.
      const streamId = crypto.randomUUID();
      const framed = new Map<number, { resolve: (text: string) => void; reject: (error: Error) => void }>();
      const early = new Map<number, string>();
      let broken: Error | null = null;
      void fetch(streamPath + streamId, { cache: 'no-store' })
        .then(async (response) => {
          if (!response.ok || !response.body) throw new Error(`the test host's response stream answered ${response.status}`);
          const reader = response.body.getReader();
          const decoder = new TextDecoder('utf-8', { fatal: true });
          const head = new Uint8Array(8);
          let headFill = 0;
          let frame: Uint8Array | null = null;
          let frameFill = 0;
          let number = 0;
          for (;;) {
            const { value, done } = await reader.read();
            if (done) throw new Error('the test host ended its response stream');
            let at = 0;
            while (at < value.length) {
              if (frame === null) {
                const n = Math.min(8 - headFill, value.length - at);
                head.set(value.subarray(at, at + n), headFill);
                headFill += n;
                at += n;
                if (headFill < 8) break;
                const view = new DataView(head.buffer);
                number = view.getUint32(0, true);
                frame = new Uint8Array(view.getUint32(4, true));
                frameFill = 0;
                headFill = 0;
              }
              const n = Math.min(frame.length - frameFill, value.length - at);
              frame.set(value.subarray(at, at + n), frameFill);
              frameFill += n;
              at += n;
              if (frameFill < frame.length) continue;
              const text = decoder.decode(frame);
              frame = null;
              const waiting = framed.get(number);
              framed.delete(number);
              if (waiting) waiting.resolve(text);
              else early.set(number, text);
            }
          }
        })
        .catch((error: unknown) => {
          broken = error instanceof Error ? error : new Error(String(error));
          for (const waiting of framed.values()) waiting.reject(broken);
          framed.clear();
        });
      const listeners = new Map<string, Set<(payload: unknown) => void>>();
      const bridge: Record<string, unknown> = {};
      // Requests with a long string or list go through the worker (created on first use, in the app's own frame).
      let worker: Worker | null = null;
      const posted = new Map<string, (ok: boolean) => void>();
      for (const method of methods) {
        bridge[method] = (payload?: unknown) => {
          const start = performance.now();
          const large = typeof payload === 'object' && payload !== null && Object.values(payload).some((v) => (typeof v === 'string' && v.length > 16_384) || (Array.isArray(v) && v.length > 256));
          let sent: Promise<string>;
          if (large) {
            if (worker === null) {
              worker = new Worker(workerPath);
              worker.onmessage = (event: MessageEvent<{ token: string; ok: boolean }>) => posted.get(event.data.token)?.(event.data.ok);
            }
            const token = crypto.randomUUID();
            const arrived = new Promise<boolean>((resolve) => posted.set(token, resolve));
            worker.postMessage({ token, request: payload });
            sent = arrived.then((ok) => {
              posted.delete(token);
              if (!ok) throw new Error(`the test host did not receive the ${method} request`);
              return binder(method, undefined, token, streamId);
            });
          } else sent = binder(method, payload, undefined, streamId);
          // A large answer comes down this bridge's stream (or, before the stream is open, is fetched) and is parsed here.
          let returned = 0;
          const answered = sent.then((text) => {
            returned = performance.now();
            if (text.startsWith(streamMark)) {
              const number = Number(text.slice(streamMark.length));
              const arrived = early.get(number);
              early.delete(number);
              if (arrived !== undefined) return arrived;
              if (broken) throw broken;
              return new Promise<string>((resolve, reject) => framed.set(number, { resolve, reject }));
            }
            return text.startsWith(responseMark) ? fetch(responsePath + text.slice(responseMark.length)).then((r) => r.text()) : text;
          });
          return answered.then((text) => {
            const fetched = performance.now();
            const value = JSON.parse(text) as unknown;
            // With one clock (epoch ms) the bench lines these up against the host's stamps of the same call.
            const origin = performance.timeOrigin;
            if (measureCalls) performance.measure(`ipc ${method}`, { start, detail: { sent: origin + start, returned: origin + returned, fetched: origin + fetched, parsed: origin + performance.now() } });
            return value;
          });
        };
      }
      for (const [event, name] of subscribers) {
        bridge[name] = (listener: (payload: unknown) => void) => {
          const set = listeners.get(event) ?? new Set();
          listeners.set(event, set);
          set.add(listener);
          return () => set.delete(listener);
        };
      }
      Object.defineProperty(window, globalName, { value: Object.freeze(bridge), enumerable: false });
      Object.defineProperty(window, Symbol.for('tagwerk.e2e.emit'), {
        value: (event: string, payload: unknown) => listeners.get(event)?.forEach((listener) => listener(payload)),
      });
    },
    {
      methods: METHOD_NAMES as string[],
      subscribers: EVENT_NAMES.map((event) => [event, subscriberNameOf(event)] as [string, string]),
      globalName: BRIDGE_GLOBAL,
      binding: BINDING,
      measureCalls: options.observe !== undefined,
      workerPath: REQUEST_WORKER_PATH,
      responseMark: RESPONSE_MARK,
      responsePath: RESPONSE_PATH,
      streamMark: STREAM_MARK,
      streamPath: RESPONSE_STREAM_PATH,
    },
  );
  await options.beforeStart?.(page);
  await page.goto(`${server.origin}/index.html`);
  let closed = false;
  emit = (event: EventName, payload: unknown) =>
    page.evaluate(([name, value]) => {
      const deliver = (window as unknown as Record<symbol, (event: string, payload: unknown) => void>)[Symbol.for('tagwerk.e2e.emit')];
      deliver?.(name as string, value);
    }, [event, payload] as const);
  return {
    page,
    dataDir: options.dataDir,
    emit,
    async close() {
      if (closed) return;
      closed = true;
      // Like a real quit: ask the window to save, wait (bounded) for it, then flush the store.
      const mayClose = createCloseGuard({
        saveState: () => services.saveState(),
        requestFlush: () => void emit('flushRequest', null).catch(() => undefined),
        askCloseUnsaved: async () => true,
        sleep: (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
        now: () => Date.now(),
      });
      await mayClose();
      await page.close({ runBeforeUnload: true }).catch(() => undefined);
      await services.close();
      await browser.close();
      await server.close();
    },
  };
}
