import type http from 'node:http';

/** Where the page's transport worker is served, and where it posts a large request's body. */
export const REQUEST_WORKER_PATH = '/__tagwerk-e2e/request-worker.js';
const BODY_PATH = '/__tagwerk-e2e/request/';

/** Longest request body held while its call is awaited; a page that never calls leaves nothing behind. */
const MAX_WAIT_MS = 60_000;

/**
 * The test host's worker: receives a request by postMessage (structured clone, as Electron's
 * ipcRenderer.invoke serializes on the page's thread), turns it into JSON off the page's thread
 * and posts it to the host. Plain JavaScript text: it is served as the worker's script.
 */
const WORKER_SOURCE = `onmessage = (event) => {
  const { token, request } = event.data;
  fetch('${BODY_PATH}' + token, { method: 'POST', body: JSON.stringify(request) }).then(
    (response) => postMessage({ token, ok: response.ok }),
    (error) => postMessage({ token, ok: false, error: String(error) }),
  );
};`;

/** Large requests' bodies, carried beside the page binding: the worker posts them, the binding's call takes them by token. */
export interface RequestChannel {
  /** Answers the worker's script and its posts; false for every other request (the renderer's files). */
  serve(request: http.IncomingMessage, response: http.ServerResponse): boolean;
  /** The request body posted under `token`, once; rejects when none was posted. */
  take(token: string): unknown;
}

/** Creates the channel that keeps a large request's serialization off the page's thread, as Electron's IPC does. */
export function createRequestChannel(): RequestChannel {
  const bodies = new Map<string, { body: unknown; timer: ReturnType<typeof setTimeout> }>();
  return {
    serve(request, response) {
      const url = request.url ?? '';
      if (request.method === 'GET' && url === REQUEST_WORKER_PATH) {
        response.writeHead(200, { 'Content-Type': 'text/javascript; charset=utf-8', 'Cache-Control': 'no-store' });
        response.end(WORKER_SOURCE);
        return true;
      }
      if (request.method !== 'POST' || !url.startsWith(BODY_PATH)) return false;
      const token = url.slice(BODY_PATH.length);
      const chunks: Buffer[] = [];
      request.on('data', (chunk: Buffer) => chunks.push(chunk));
      request.on('end', () => {
        try {
          const body = JSON.parse(Buffer.concat(chunks).toString('utf8')) as unknown;
          bodies.set(token, { body, timer: setTimeout(() => bodies.delete(token), MAX_WAIT_MS) });
          response.writeHead(204).end();
        } catch {
          response.writeHead(400).end();
        }
      });
      return true;
    },
    take(token) {
      const held = bodies.get(token);
      if (!held) throw new Error(`no request body posted under ${token}`);
      bodies.delete(token);
      clearTimeout(held.timer);
      return held.body;
    },
  };
}
