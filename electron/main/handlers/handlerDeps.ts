import type { Notice, SaveState, ShellInfo } from '@shared/ipc/contract';
import type { EventName } from '@shared/ipc/events';
import type { AssistMemory } from '../../node/assist/createAssistMemory';
import type { SettingsNotice } from '../../node/settings/settingsNotice';
import type { SettingsPort } from '../../node/settings/settingsPort';
import type { Reanchorer } from '../../node/reanchor/createWorkerReanchorer';
import type { DocumentStore } from '../../node/store/createDocumentStore';
import type { StoreNotice } from '../../node/store/storeNotice';

/** A native file dialog request: title, filters and whether several files may be chosen. */
export interface OpenDialogRequest {
  title: string;
  filters: Array<{ name: string; extensions: string[] }>;
  multiple: boolean;
}

/** A native save dialog request. */
export interface SaveDialogRequest {
  title: string;
  defaultName: string;
  filters: Array<{ name: string; extensions: string[] }>;
}

/**
 * The native dialogs main may show; handlers call them themselves, so every file path they act
 * on came from a dialog main showed (the renderer never sends a path).
 */
export interface DialogPort {
  showOpen(request: OpenDialogRequest): Promise<string[] | null>;
  showSave(request: SaveDialogRequest): Promise<string | null>;
}

/** What the handlers need from the process around them; tests and the chromium host pass their own. */
export interface HandlerDeps {
  shellInfo(): ShellInfo;
  store: DocumentStore;
  settings: SettingsPort;
  dialogs: DialogPort;
  clock(): Date;
  startupNotices: StoreNotice[];
  /** Start-up work that waits until the first document is shown (the stale temp-file sweep); its notices come with the next opened document. */
  afterStart?: () => Promise<StoreNotice[]>;
  /** Sends an event to the window (no-op where there is none). */
  emit(event: EventName, payload: unknown): void;
  /** Receives the window's save state, so closing can flush first and ask after a failed save. */
  onSaveState(state: SaveState): void;
  /** Places a colleague's tags on my edited text; a worker thread in the app, so the window never waits on it (default: this thread). */
  reanchor?: Reanchorer;
  /** The assist's memory (learned strings, my rejections); tests that do not use the assist leave it out. */
  assist?: AssistMemory;
}

/** Narrows a store or settings notice to the plain data the renderer shows. */
export function toNotice(notice: StoreNotice | SettingsNotice): Notice {
  return {
    code: notice.code,
    severity: notice.severity,
    message: notice.message,
    ...('documentId' in notice && notice.documentId !== undefined ? { documentId: notice.documentId } : {}),
    ...('documentTitle' in notice && notice.documentTitle !== undefined ? { documentTitle: notice.documentTitle } : {}),
    ...('file' in notice && notice.file !== undefined ? { file: notice.file } : {}),
    ...(notice.movedTo !== undefined ? { movedTo: notice.movedTo } : {}),
    ...('annotator' in notice && notice.annotator !== undefined ? { annotator: notice.annotator } : {}),
    ...('fields' in notice && notice.fields !== undefined ? { fields: [...notice.fields] } : {}),
  };
}
