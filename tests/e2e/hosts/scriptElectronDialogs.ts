import type { ElectronApplication } from '@playwright/test';
import type { ScriptedDialogs } from './types';

/** A dialog the app asked for and that is waiting for the script's answer. */
interface PendingDialog {
  id: number;
  kind: 'open' | 'save';
  request: unknown;
}

const POLL_MS = 100;

/**
 * Scripts the real app's native file dialogs: Electron's `dialog.showOpenDialog`/`showSaveDialog`
 * in the main process are replaced by stubs that queue the request (in the DialogPort's shape, as
 * the chromium host passes it) until this test process answers it with `dialogs.open`/`save`.
 * Returns a stop for when the app closes.
 */
export async function scriptElectronDialogs(app: ElectronApplication, dialogs: ScriptedDialogs): Promise<() => void> {
  await app.evaluate(({ dialog }) => {
    type Answer = (value: unknown) => void;
    const pending = new Map<number, { kind: 'open' | 'save'; request: unknown; answer: Answer }>();
    let next = 0;
    const ask = (kind: 'open' | 'save', request: unknown) => new Promise<unknown>((answer) => pending.set(++next, { kind, request, answer }));
    // The adapter calls (window, options) or (options): the options are the last argument.
    const optionsOf = (args: unknown[]) => (args[args.length - 1] ?? {}) as { title?: string; filters?: unknown; properties?: string[]; defaultPath?: string };
    Object.assign(globalThis, { __tagwerkDialogs: pending });
    dialog.showOpenDialog = (async (...args: unknown[]) => {
      const options = optionsOf(args);
      const paths = (await ask('open', { title: options.title, filters: options.filters, multiple: options.properties?.includes('multiSelections') ?? false })) as string[] | null;
      return paths ? { canceled: false, filePaths: paths } : { canceled: true, filePaths: [] };
    }) as typeof dialog.showOpenDialog;
    dialog.showSaveDialog = (async (...args: unknown[]) => {
      const options = optionsOf(args);
      const file = (await ask('save', { title: options.title, defaultName: options.defaultPath, filters: options.filters })) as string | null;
      return file ? { canceled: false, filePath: file } : { canceled: true, filePath: '' };
    }) as typeof dialog.showSaveDialog;
  });
  let stopped = false;
  const answerPending = async () => {
    while (!stopped) {
      const waiting = await app
        .evaluate(() => {
          const pending = (globalThis as { __tagwerkDialogs?: Map<number, { kind: 'open' | 'save'; request: unknown }> }).__tagwerkDialogs;
          return [...(pending ?? new Map()).entries()].map(([id, entry]) => ({ id, kind: entry.kind, request: entry.request }));
        })
        .catch(() => null);
      if (waiting === null) return;
      for (const dialog of waiting as PendingDialog[]) {
        const answer = dialog.kind === 'open' ? (dialogs.open?.(dialog.request) ?? null) : (dialogs.save?.(dialog.request) ?? null);
        await app
          .evaluate((_electron, [id, value]) => {
            const pending = (globalThis as { __tagwerkDialogs?: Map<number, { answer(value: unknown): void }> }).__tagwerkDialogs;
            pending?.get(id)?.answer(value);
            pending?.delete(id);
          }, [dialog.id, answer] as const)
          .catch(() => undefined);
      }
      await new Promise((resolve) => setTimeout(resolve, POLL_MS));
    }
  };
  void answerPending();
  return () => {
    stopped = true;
  };
}
