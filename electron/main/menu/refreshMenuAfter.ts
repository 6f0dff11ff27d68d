import type { Handlers } from '../ipc/createIpcRouter';

/** The handlers after which the menu may have changed: the File menu's recent documents, or the language setting. */
export const MENU_CHANGING_METHODS = [
  'updateSettings',
  'openStartDocument',
  'openDocument',
  'openFiles',
  'openDroppedFiles',
  'updateDocument',
  'removeDocument',
  'restoreDocument',
  'restoreBuiltinDocument',
  'reopenWithEncoding',
] as const satisfies ReadonlyArray<keyof Handlers>;

/** Wraps the handlers so the application menu is rebuilt (not awaited) after each call that may change recent documents or the language. */
export function refreshMenuAfter(handlers: Handlers, refresh: () => Promise<void>): Handlers {
  const wrapped: Record<string, unknown> = { ...handlers };
  for (const name of MENU_CHANGING_METHODS) {
    const handler = handlers[name] as (request: unknown) => unknown;
    wrapped[name] = async (request: unknown) => {
      const result = await handler(request);
      void refresh().catch(() => undefined);
      return result;
    };
  }
  return wrapped as Handlers;
}
