import http from 'node:http';
import { afterEach, describe, expect, it } from 'vitest';
import { createRequestChannel, RESPONSE_MARK, RESPONSE_PATH, RESPONSE_STREAM_PATH, STREAM_MARK, type RequestChannel } from '../../../e2e/hosts/createRequestChannel';

/** A server that answers only through the channel, as the test host's renderer server does first. */
async function serve(channel: RequestChannel): Promise<{ origin: string; close(): Promise<void> }> {
  const server = http.createServer((request, response) => {
    if (!channel.serve(request, response)) response.writeHead(404).end();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  if (!address || typeof address === 'string') throw new Error('no port');
  return { origin: `http://127.0.0.1:${address.port}`, close: () => new Promise<void>((resolve) => (channel.close(), server.close(() => resolve()))) };
}

/** Reads `count` frames off a response stream: [number, byte length] as uint32 LE, then UTF-8 text. */
async function readFrames(body: ReadableStream<Uint8Array>, count: number): Promise<{ number: number; text: string }[]> {
  const reader = body.getReader();
  let buffered = new Uint8Array(0);
  const frames: { number: number; text: string }[] = [];
  while (frames.length < count) {
    const { value, done } = await reader.read();
    if (done) throw new Error('stream ended early');
    const joined = new Uint8Array(buffered.length + value.length);
    joined.set(buffered);
    joined.set(value, buffered.length);
    buffered = joined;
    while (buffered.length >= 8) {
      const view = new DataView(buffered.buffer, buffered.byteOffset);
      const length = view.getUint32(4, true);
      if (buffered.length < 8 + length) break;
      frames.push({ number: view.getUint32(0, true), text: new TextDecoder('utf-8', { fatal: true }).decode(buffered.subarray(8, 8 + length)) });
      buffered = buffered.slice(8 + length);
    }
  }
  reader.releaseLock();
  return frames;
}

// An emoji (two UTF-16 units, four UTF-8 bytes) and an NFD umlaut (u + combining diaeresis): byte length ≠ string length.
const answer = (n: number) => JSON.stringify({ text: `Grüße 😀 Mu\u0308ller ${'x'.repeat(70_000)}`, n });

describe('createRequestChannel', () => {
  let closeServer: (() => Promise<void>) | null = null;
  afterEach(async () => {
    await closeServer?.();
    closeServer = null;
  });

  it('writes each pushed answer as one frame, numbered as the call answered, on the stream its bridge opened', async () => {
    const channel = createRequestChannel();
    const server = await serve(channel);
    closeServer = server.close;
    const response = await fetch(`${server.origin}${RESPONSE_STREAM_PATH}bridge-1`);
    expect(response.status).toBe(200);
    const first = channel.push('bridge-1', answer(1));
    const second = channel.push('bridge-1', answer(2));
    expect(first?.startsWith(STREAM_MARK)).toBe(true);
    const frames = await readFrames(response.body as ReadableStream<Uint8Array>, 2);
    expect(frames.map((f) => STREAM_MARK + String(f.number))).toEqual([first, second]);
    expect(frames.map((f) => f.text)).toEqual([answer(1), answer(2)]);
  });

  it('pushes nothing to a bridge whose stream is not open, so the call falls back to a held answer fetched once', async () => {
    const channel = createRequestChannel();
    const server = await serve(channel);
    closeServer = server.close;
    expect(channel.push('never-opened', answer(3))).toBeNull();
    expect(channel.push(undefined, answer(3))).toBeNull();
    const held = channel.hold(answer(3));
    expect(held.startsWith(RESPONSE_MARK)).toBe(true);
    const url = `${server.origin}${RESPONSE_PATH}${held.slice(RESPONSE_MARK.length)}`;
    expect(await (await fetch(url)).text()).toBe(answer(3));
    expect((await fetch(url)).status).toBe(404);
  });

  it('refuses a second stream under the same id and forgets a stream once its page closed it', async () => {
    const channel = createRequestChannel();
    const server = await serve(channel);
    closeServer = server.close;
    const controller = new AbortController();
    const open = await fetch(`${server.origin}${RESPONSE_STREAM_PATH}bridge-2`, { signal: controller.signal });
    expect(open.status).toBe(200);
    expect((await fetch(`${server.origin}${RESPONSE_STREAM_PATH}bridge-2`)).status).toBe(409);
    controller.abort();
    await expect.poll(() => channel.push('bridge-2', answer(4))).toBeNull();
  });

  it('ends open streams on close, so the server can close', async () => {
    const channel = createRequestChannel();
    const server = await serve(channel);
    const response = await fetch(`${server.origin}${RESPONSE_STREAM_PATH}bridge-3`);
    await server.close();
    const reader = (response.body as ReadableStream<Uint8Array>).getReader();
    expect((await reader.read()).done).toBe(true);
    expect(channel.push('bridge-3', answer(5))).toBeNull();
  });
});
