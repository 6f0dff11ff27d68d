import { randomUUID } from 'node:crypto';
import type http from 'node:http';

/** Where the page's transport worker is served, and where it posts a large request's body. */
export const REQUEST_WORKER_PATH = '/__tagwerk-e2e/request-worker.js';
const BODY_PATH = '/__tagwerk-e2e/request/';
/** Where the page fetches a large response's JSON text (once), by the token its call answered with. */
export const RESPONSE_PATH = '/__tagwerk-e2e/response/';
/** What a call answers instead of a large response's JSON text: never the start of JSON, then the token. */
export const RESPONSE_MARK = '@response:';
/** Where a page's bridge opens its one long-lived response stream (then its stream id); large answers are written to it as frames. */
export const RESPONSE_STREAM_PATH = '/__tagwerk-e2e/responses/';
/** What a call answers when its large response went down the calling bridge's stream: never the start of JSON, then the frame's number. */
export const STREAM_MARK = '@stream:';

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

/** Large requests' and responses' bodies, carried beside the page binding: the worker posts a request's, the page fetches a response's, by token. */
export interface RequestChannel {
  /** Answers the worker's script, its posts and the page's fetches of held responses; false for every other request (the renderer's files). */
  serve(request: http.IncomingMessage, response: http.ServerResponse): boolean;
  /** The request body posted under `token`, once; rejects when none was posted. */
  take(token: string): unknown;
  /** Holds a response's JSON text for the page to fetch once; returns what the call answers instead (RESPONSE_MARK + token). */
  hold(json: string): string;
  /**
   * Writes a response's JSON text as one frame (number and byte length, 32-bit little-endian each, then its UTF-8) to the
   * stream the bridge `streamId` opened; returns what the call answers instead (STREAM_MARK + number), or null when that stream is not open.
   */
  push(streamId: unknown, json: string): string | null;
  /** Ends every open response stream (the host closes). */
  close(): void;
}

/** Creates the channel that keeps a large request's or response's transport off the page's thread, as Electron's IPC does. */
export function createRequestChannel(): RequestChannel {
  const bodies = new Map<string, { body: unknown; timer: ReturnType<typeof setTimeout> }>();
  const responses = new Map<string, { json: string; timer: ReturnType<typeof setTimeout> }>();
  const streams = new Map<string, http.ServerResponse>();
  let frames = 0;
  return {
    serve(request, response) {
      const url = request.url ?? '';
      if (request.method === 'GET' && url.startsWith(RESPONSE_STREAM_PATH)) {
        const streamId = url.slice(RESPONSE_STREAM_PATH.length);
        if (streamId === '' || streams.has(streamId)) return (response.writeHead(409).end(), true);
        response.writeHead(200, { 'Content-Type': 'application/octet-stream', 'Cache-Control': 'no-store' });
        response.flushHeaders();
        streams.set(streamId, response);
        response.on('close', () => streams.get(streamId) === response && streams.delete(streamId));
        return true;
      }
      if (request.method === 'GET' && url.startsWith(RESPONSE_PATH)) {
        const token = url.slice(RESPONSE_PATH.length);
        const held = responses.get(token);
        responses.delete(token);
        if (held) clearTimeout(held.timer);
        if (held) response.writeHead(200, { 'Content-Type': 'application/json; charset=utf-8', 'Cache-Control': 'no-store' }).end(held.json);
        else response.writeHead(404).end();
        return true;
      }
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
    hold(json) {
      const token = randomUUID();
      responses.set(token, { json, timer: setTimeout(() => responses.delete(token), MAX_WAIT_MS) });
      return RESPONSE_MARK + token;
    },
    push(streamId, json) {
      const stream = typeof streamId === 'string' ? streams.get(streamId) : undefined;
      if (!stream || !stream.writable) return null;
      frames = (frames + 1) % 0x1_0000_0000;
      const head = Buffer.alloc(8);
      head.writeUInt32LE(frames, 0);
      head.writeUInt32LE(Buffer.byteLength(json, 'utf8'), 4);
      stream.write(head);
      stream.write(json, 'utf8');
      return STREAM_MARK + String(frames);
    },
    close() {
      for (const stream of streams.values()) stream.end();
      streams.clear();
    },
  };
}
