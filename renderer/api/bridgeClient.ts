import { BRIDGE_GLOBAL, type Bridge } from '../../shared/ipc/bridge';
import type { MethodName, ResponseOf } from '../../shared/ipc/contract';
import type { IpcError, Result } from '../../shared/ipc/result';

/** A failed call to main, carrying the typed error code the handler chose. */
export class ApiError extends Error {
  constructor(readonly code: IpcError['code'], message: string) {
    super(message);
    this.name = 'ApiError';
  }
}

/** The renderer's typed client: each contract method, unwrapped to its value or an ApiError. */
export type ApiClient = {
  [M in MethodName]: (...args: Parameters<Bridge[M]>) => Promise<ResponseOf<M>>;
};

/** Reads the bridge the preload (or the test host) exposed; the only module touching `window`'s bridge. */
export function getBridge(): Bridge {
  const bridge = (window as unknown as Record<string, Bridge | undefined>)[BRIDGE_GLOBAL];
  if (!bridge) throw new Error('Tagwerk bridge missing: the window was not opened by Tagwerk.');
  return bridge;
}

/** Wraps a bridge so callers get values or ApiErrors instead of Result objects. */
export function createApiClient(bridge: Bridge): ApiClient {
  const client: Record<string, (...args: unknown[]) => Promise<unknown>> = {};
  for (const method of Object.keys(bridge) as MethodName[]) {
    client[method] = async (...args: unknown[]) => {
      const call = bridge[method] as (...a: unknown[]) => Promise<Result<unknown>>;
      const result = await call(...args);
      if (!result.ok) throw new ApiError(result.error.code, result.error.message);
      return result.value;
    };
  }
  return client as ApiClient;
}
