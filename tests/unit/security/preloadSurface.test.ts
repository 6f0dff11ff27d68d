import { describe, expect, it, vi } from 'vitest';
import { channelOf, METHOD_NAMES } from '@shared/ipc/contract';
import { EVENT_NAMES, eventChannelOf, type EventName, type EventPayload } from '@shared/ipc/events';

// Complements tests/unit/electron/preload/preload.test.ts (exact key set, frozen, no generic names)
// with what an attacker in the page would try: choosing a channel, and reaching `event.sender`.
const exposed = new Map<string, unknown>();
const listeners = new Map<string, Set<(event: unknown, payload: unknown) => void>>();
const ipcRenderer = {
  invoke: vi.fn(async (..._args: unknown[]) => ({ ok: true, value: null })),
  send: vi.fn(),
  sendSync: vi.fn(),
  on: vi.fn((channel: string, listener: (event: unknown, payload: unknown) => void) => {
    listeners.set(channel, (listeners.get(channel) ?? new Set()).add(listener));
  }),
  removeListener: vi.fn((channel: string, listener: (event: unknown, payload: unknown) => void) => {
    listeners.get(channel)?.delete(listener);
  }),
};

vi.mock('electron', () => ({
  contextBridge: { exposeInMainWorld: (name: string, api: unknown) => exposed.set(name, api) },
  ipcRenderer,
}));

await import('../../../electron/preload/index');
const bridge = exposed.get('tagwerk') as Record<string, (...args: unknown[]) => unknown>;
/** One valid payload per event; a new event fails to compile here until it has one. */
const VALID_EVENT: { [E in EventName]: EventPayload<E> } = {
  menuCommand: { command: 'save' },
  flushRequest: null,
  documentsChanged: { openDocumentId: 'sha256:' + 'ab'.repeat(32) },
  exportProgress: { done: 3, total: 12 },
  reanchorProgress: { annotator: 'Jonas', done: 1200, total: 5000 },
};
const subscriberOf = (event: string) => `on${event.charAt(0).toUpperCase()}${event.slice(1)}`;

describe('the preload bridge, seen from a hostile page', () => {
  it('exposes one global: the contract methods plus one on<Event> per event, no Electron object', () => {
    expect([...exposed.keys()]).toEqual(['tagwerk']);
    expect(Object.keys(bridge).sort()).toEqual([...METHOD_NAMES, ...EVENT_NAMES.map(subscriberOf)].sort());
    for (const value of Object.values(bridge)) {
      expect(typeof value).toBe('function');
      expect(Object.values(ipcRenderer)).not.toContain(value);
    }
  });

  it.each(METHOD_NAMES)('%s always invokes its own channel, whatever extra arguments the page passes', async (method) => {
    ipcRenderer.invoke.mockClear();
    await bridge[method]?.({ x: 'Mu\u0308ller 😀' }, 'tagwerk:saveAnnotations', { channel: 'evil' });
    expect(ipcRenderer.invoke).toHaveBeenCalledExactlyOnceWith(channelOf(method), { x: 'Mu\u0308ller 😀' });
    expect(ipcRenderer.send).not.toHaveBeenCalled();
    expect(ipcRenderer.sendSync).not.toHaveBeenCalled();
  });

  it.each(EVENT_NAMES)('%s: listeners get the parsed payload only, never the IPC event (whose sender is ipcRenderer)', (event) => {
    const received: unknown[][] = [];
    const unsubscribe = bridge[subscriberOf(event)]?.((...args: unknown[]) => received.push(args)) as () => void;
    const channel = eventChannelOf(event);
    expect(listeners.get(channel)?.size).toBe(1);
    const deliver = (payload: unknown) => {
      for (const listener of listeners.get(channel) ?? []) listener({ sender: ipcRenderer, senderFrame: {}, ports: [] }, payload);
    };
    deliver(VALID_EVENT[event]);
    deliver({ unexpected: ['Mu\u0308ller', '😀'] });
    expect(received).toEqual([[VALID_EVENT[event]]]);
    unsubscribe();
    expect(listeners.get(channel)?.size).toBe(0);
    deliver(VALID_EVENT[event]);
    expect(received).toHaveLength(1);
  });
});
