import type { Page } from '@playwright/test';
import type { EventName } from '@shared/ipc/events';

/** Scripted native dialogs: each returns what the user would have picked, or null for cancel. */
export interface ScriptedDialogs {
  open?: (request: unknown) => string[] | null;
  save?: (request: unknown) => string | null;
}

/** Options every host accepts. */
export interface LaunchOptions {
  dataDir?: string;
  host?: 'chromium' | 'electron';
  locale?: string;
  /** The annotator name preset in settings before start (default 'tester'); null meets the first-start prompt. */
  annotator?: string | null;
  dialogs?: ScriptedDialogs;
}

/** A running Tagwerk under test: its page, its data folder, and a close that flushes like a quit. */
export interface LaunchedApp {
  page: Page;
  dataDir: string;
  /** Delivers a main-to-window event (a menu command, a flush request) as main would. */
  emit(event: EventName, payload: unknown): Promise<void>;
  close(): Promise<void>;
}

/** When the test host saw one call, in epoch ms (`performance.timeOrigin + now()`, the page's clock too): entered its binding, the handler answered, the answer was JSON text of `chars`. */
export interface HostCallStamps {
  entered: number;
  handled: number;
  stringified: number;
  chars: number;
}
