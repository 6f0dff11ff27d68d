import { BRIDGE_GLOBAL, type Bridge, type BridgeEvents, type BridgeMethods } from '@shared/ipc/bridge';
import type { MethodName, ResponseOf } from '@shared/ipc/contract';
import { METHOD_NAMES } from '@shared/ipc/methodNames';
import { WIRE_DECODERS } from '@shared/ipc/wireDecoders';
import { EVENT_NAMES, subscriberNameOf } from '@shared/ipc/events';
import type { IpcError, Result } from '@shared/ipc/result';

/** A failed call to main, carrying the typed error code the handler chose and the facts the window words it from (main's English message is the detail). */
export class ApiError extends Error {
  constructor(
    readonly code: IpcError['code'],
    message: string,
    readonly facts?: unknown,
  ) {
    super(message);
    this.name = 'ApiError';
  }
}

/** The renderer's typed client: each contract method unwrapped to its value or an ApiError, plus event subscriptions. */
export type ApiClient = {
  [M in MethodName]: (...args: Parameters<BridgeMethods[M]>) => Promise<ResponseOf<M>>;
} & { events: BridgeEvents };

/** Reads the bridge the preload (or the test host) exposed; the only module touching `window`'s bridge. */
export function getBridge(): Bridge {
  const bridge = (window as unknown as Record<string, Bridge | undefined>)[BRIDGE_GLOBAL];
  if (!bridge) throw new Error('Tagwerk bridge missing: the window was not opened by Tagwerk.');
  return bridge;
}

/** Wraps a bridge so callers get values (decoded from their wire shape where the contract has one) or ApiErrors instead of Result objects. */
export function createApiClient(bridge: Bridge): ApiClient {
  const client: Record<string, unknown> = {};
  for (const method of METHOD_NAMES) {
    client[method] = async (...args: unknown[]) => {
      const call = bridge[method] as (...a: unknown[]) => Promise<Result<unknown>>;
      const decode = WIRE_DECODERS[method] as ((wire: unknown) => unknown) | undefined;
      const result = await call(...args);
      if (!result.ok) throw new ApiError(result.error.code, result.error.message, result.error.facts);
      return decode ? decode(result.value) : result.value;
    };
  }
  const events: Record<string, unknown> = {};
  for (const event of EVENT_NAMES) events[subscriberNameOf(event)] = bridge[subscriberNameOf(event)];
  client.events = events;
  return client as ApiClient;
}
