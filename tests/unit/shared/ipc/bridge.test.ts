import { describe, expect, it } from 'vitest';
import { BRIDGE_KEYS, createBridge } from '@shared/ipc/bridge';
import { contract, METHOD_NAMES } from '@shared/ipc/contract';
import { EVENT_NAMES } from '@shared/ipc/events';

/** A bridge whose event transport the test drives: `deliver` hands a raw payload to the last subscription. */
function listening() {
  let listener: ((payload: unknown) => void) | null = null;
  const bridge = createBridge(
    async () => null,
    (_event, l) => {
      listener = l;
      return () => undefined;
    },
  );
  return { bridge, deliver: (payload: unknown) => listener?.(payload) };
}

describe('createBridge', () => {
  it('builds exactly the contract methods and one subscription per event, frozen, each forwarding its own name', async () => {
    const calls: Array<[string, unknown]> = [];
    const bridge = createBridge(
      async (method, request) => {
        calls.push([method, request]);
        return { ok: true, value: null };
      },
      () => () => undefined,
    );
    expect(Object.keys(bridge)).toEqual([...Object.keys(contract), 'onMenuCommand', 'onFlushRequest', 'onDocumentsChanged', 'onExportProgress', 'onReanchorProgress']);
    expect(Object.keys(bridge)).toEqual(BRIDGE_KEYS);
    expect(Object.isFrozen(bridge)).toBe(true);
    for (const method of METHOD_NAMES) await (bridge[method] as (r?: unknown) => Promise<unknown>)('Ä😀');
    expect(calls).toEqual(METHOD_NAMES.map((m) => [m, 'Ä😀']));
    expect(EVENT_NAMES).toHaveLength(5);
  });

  it('passes on event payloads that match the schema and drops the rest', () => {
    const { bridge, deliver } = listening();
    const received: unknown[] = [];
    bridge.onMenuCommand((command) => received.push(command));
    deliver({ command: 'find' });
    deliver({ command: 'rm -rf', extra: 'Mu\u0308ller 😀' });
    deliver('not an object');
    expect(received).toEqual([{ command: 'find' }]);
  });

  it('passes on re-anchoring progress only when it is whole counts with done ≤ total and an annotator', () => {
    const { bridge, deliver } = listening();
    const received: unknown[] = [];
    bridge.onReanchorProgress((progress) => received.push(progress));
    const good = [
      { annotator: 'Jonas', done: 1200, total: 5000 },
      { annotator: 'Mu\u0308ller', done: 0, total: 0 },
      { annotator: 'Zoë 😀', done: 2000, total: 2000 },
    ];
    for (const payload of good) deliver(payload);
    for (const payload of [
      { annotator: 'Jonas', done: 5001, total: 5000 },
      { annotator: 'Jonas', done: -1, total: 5000 },
      { annotator: 'Jonas', done: 1.5, total: 5000 },
      { annotator: '', done: 1, total: 2 },
      { done: 1, total: 2 },
      { annotator: 'Jonas', done: 1, total: 2, extra: true },
      null,
    ])
      deliver(payload);
    expect(received).toEqual(good);
  });
});
