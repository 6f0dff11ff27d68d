import { contract, type MethodName, type MethodSpec, type ParsedRequestOf, type ResponseOf } from '@shared/ipc/contract';
import type { FailureFacts } from '@shared/ipc/failureFacts';
import { fail, ok, type IpcError, type Result } from '@shared/ipc/result';

/** Who sent an IPC message: the frame's URL and whether it is our window's main frame. */
export interface SenderInfo {
  url: string;
  isMainFrame: boolean;
}

/** One handler per contract method, receiving the schema-parsed request. */
export type Handlers = {
  [M in MethodName]: (request: ParsedRequestOf<M>) => Promise<ResponseOf<M>> | ResponseOf<M>;
};

/** An expected failure a handler throws to send a typed error code to the renderer, with the facts the window words it from. */
export class IpcFailure extends Error {
  constructor(
    readonly code: IpcError['code'],
    message: string,
    readonly facts?: FailureFacts,
  ) {
    super(message);
    this.name = 'IpcFailure';
  }
}

/** Options of the router: which sender URLs count as our own UI. */
export interface IpcRouterOptions {
  isTrustedUrl(url: string): boolean;
  onError?(method: string, error: unknown): void;
}

/** Dispatches one message: rejects foreign senders, parses the request, returns a typed Result (its value parsed by the response schema unless the contract says the handler's data is parsed already). */
export interface IpcRouter {
  dispatch(method: string, sender: SenderInfo, payload: unknown): Promise<Result<unknown>>;
}

/**
 * Creates the one wrapper every handler runs behind, shared by Electron's ipcMain and the
 * chromium test host, so both enforce the same sender check and request schemas.
 */
export function createIpcRouter(handlers: Handlers, options: IpcRouterOptions): IpcRouter {
  return {
    async dispatch(method, sender, payload) {
      if (!Object.hasOwn(contract, method)) return fail('unknown-method', `Unknown method ${method}`, { code: 'unknownMethod' });
      if (!sender.isMainFrame || !options.isTrustedUrl(sender.url)) {
        return fail('forbidden', `Refused ${method} from a frame that is not Tagwerk's window`, { code: 'forbidden' });
      }
      const name = method as MethodName;
      const parsed = contract[name].request.safeParse(payload);
      if (!parsed.success) {
        return fail('bad-request', `Invalid request for ${name}: ${parsed.error.issues.map((i) => i.message).join('; ')}`, { code: 'invalidRequest' });
      }
      try {
        const handler = handlers[name] as (request: unknown) => unknown;
        const value = await handler(parsed.data);
        const spec: MethodSpec = contract[name];
        const answer = spec.answersParsed ? value : spec.response.parse(value);
        return ok(spec.wire ? (spec.wire.encode as (answer: unknown) => unknown)(answer) : answer);
      } catch (error) {
        if (error instanceof IpcFailure) return fail(error.code, error.message, error.facts);
        options.onError?.(name, error);
        return fail('failed', error instanceof Error ? error.message : String(error));
      }
    },
  };
}
