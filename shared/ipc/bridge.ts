import { METHOD_NAMES, type MethodName, type RequestOf, type ResponseOf } from './contract';
import type { Result } from './result';

/** The renderer's view of main: exactly one async function per contract method. */
export type Bridge = {
  [M in MethodName]: RequestOf<M> extends undefined
    ? () => Promise<Result<ResponseOf<M>>>
    : (request: RequestOf<M>) => Promise<Result<ResponseOf<M>>>;
};

/** How a bridge reaches main: the preload passes ipcRenderer.invoke, the test host a page binding. */
export type Transport = (method: MethodName, request: unknown) => Promise<unknown>;

/** The global name under which the preload exposes the bridge. */
export const BRIDGE_GLOBAL = 'tagwerk';

/** Builds a frozen bridge with exactly the contract's named methods and nothing generic. */
export function createBridge(transport: Transport): Bridge {
  const bridge: Record<string, (request?: unknown) => Promise<unknown>> = {};
  for (const method of METHOD_NAMES) {
    bridge[method] = (request?: unknown) => transport(method, request);
  }
  return Object.freeze(bridge) as unknown as Bridge;
}
