import { app, dialog } from 'electron';
import type { Translate } from '../../node/i18n/createTranslator';

/** The start-up step that was running: each has its own sentence in the failure message. */
export type StartStage = 'lock' | 'settings' | 'store' | 'window';

/** What a guarded start-up needs besides Electron: where the data is, a log, a translator, and what to release on failure. */
export interface StartupGuardDeps {
  readonly dataDir: string;
  readonly logFile: string;
  readonly log: { error(message: string, error?: unknown): void };
  readonly translate: () => Translate;
  /** Releases what the start had taken (the store lock), so a failed start leaves nothing held. */
  readonly release: () => Promise<void>;
}

/** A failure that already says what is wrong in the user's words (the lock held by another process). */
export class StartFailure extends Error {}

/**
 * Runs the main process's start-up; when a step throws (the lock cannot be taken, settings cannot
 * be read, the store cannot be opened) it shows one native error box naming the step, the data
 * folder and the reason, releases what was taken and exits with code 1 — instead of an unhandled
 * rejection that leaves no window and no word.
 */
export async function guardStartup(deps: StartupGuardDeps, start: (enter: (stage: StartStage) => void) => Promise<void>): Promise<boolean> {
  let stage: StartStage = 'lock';
  try {
    await start((next) => {
      stage = next;
    });
    return true;
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    deps.log.error(`start-up failed at ${stage}`, error);
    let t: Translate | null = null;
    try {
      t = deps.translate();
    } catch {
      t = null;
    }
    const title = t ? t('main.startFailure.title') : 'Tagwerk could not start';
    const detail = t ? `${t(`main.startFailure.${stage}`)}\n\n${t('main.startFailure.detail', { dataDir: deps.dataDir, reason, logFile: deps.logFile })}` : `Data folder: ${deps.dataDir}\n\n${reason}`;
    dialog.showErrorBox(title, detail);
    try {
      await deps.release();
    } catch (releaseError) {
      deps.log.error('releasing the store lock after a failed start failed', releaseError);
    }
    app.exit(1);
    return false;
  }
}
