import type { MethodName, RequestOf, WireResponseOf } from './contract';
import { METHOD_NAMES } from './methodNames';
import { EVENT_NAMES, events, subscriberNameOf, type EventName, type EventPayload } from './events';
import type { Result } from './result';

/** The renderer's calls into main: exactly one async function per contract method. */
export type BridgeMethods = {
  [M in MethodName]: RequestOf<M> extends undefined
    ? () => Promise<Result<WireResponseOf<M>>>
    : (request: RequestOf<M>) => Promise<Result<WireResponseOf<M>>>;
};

/** The renderer's subscriptions to main's events: `onMenuCommand(listener)` returns an unsubscribe. */
export type BridgeEvents = {
  [E in EventName as `on${Capitalize<E>}`]: (listener: (payload: EventPayload<E>) => void) => () => void;
};

/** The whole bridge the preload exposes: the contract's methods and event subscriptions, nothing generic. */
export type Bridge = BridgeMethods & BridgeEvents;

/** How a bridge reaches main: the preload passes ipcRenderer.invoke, the test host a page binding. */
export type Transport = (method: MethodName, request: unknown) => Promise<unknown>;

/** How a bridge hears main: subscribe to one event's raw payloads; returns an unsubscribe. */
export type Subscribe = (event: EventName, listener: (payload: unknown) => void) => () => void;

/** The global name under which the preload exposes the bridge. */
export const BRIDGE_GLOBAL = 'tagwerk';

/** The names a bridge exposes: every method, then `on<Event>` for every event. */
export const BRIDGE_KEYS: readonly string[] = [...METHOD_NAMES, ...EVENT_NAMES.map(subscriberNameOf)];

/**
 * Builds a frozen bridge with exactly the contract's named methods and event subscriptions;
 * event payloads that fail their schema are dropped, never passed on.
 */
export function createBridge(transport: Transport, subscribe: Subscribe): Bridge {
  const bridge: Record<string, unknown> = {};
  for (const method of METHOD_NAMES) {
    bridge[method] = (request?: unknown) => transport(method, request);
  }
  for (const event of EVENT_NAMES) {
    bridge[subscriberNameOf(event)] = (listener: (payload: unknown) => void) =>
      subscribe(event, (payload) => {
        const parsed = events[event].payload.safeParse(payload);
        if (parsed.success) listener(parsed.data);
      });
  }
  return Object.freeze(bridge) as Bridge;
}
