import type { FailureCause } from '@shared/ipc/failureSentence';
import type { Annotation } from '@shared/annotation/annotation';
import type { History } from '@shared/annotation/history';
import type { KeySelection, LabelKeyAction } from '@shared/annotation/labelKeyAction';
import type { TagKeyTarget } from '@shared/annotation/tagKeyTarget';
import type { OpenedDocument } from '@shared/ipc/contract';
import type { Relation } from '@shared/relation/relation';
import type { TaggedDocument } from '@shared/relation/relationList';
import type { OffsetConverter } from '@shared/text/offsetConverter';
import type { TextIndex } from '@shared/text/textIndex';
import type { TextRange } from '@shared/text/selectionRange';
import type { SaveStatus } from './createAutosave';
import type { Schedule } from './createPublication';

/** A message for the status line: an i18n key with its values. */
export interface StatusMessage {
  key: string;
  values?: Record<string, string | number>;
  severity: 'info' | 'warning' | 'error';
}

/** Everything the UI renders about one open document. */
export interface SessionState {
  /** My tags and the relations between them: one history, so every undo step restores both. */
  history: History<TaggedDocument>;
  selectedId: string | null;
  rev: number;
  save: SaveStatus;
  saveError: FailureCause | null;
  message: StatusMessage | null;
  /** Labels the filter hides: not drawn in the text, not listed, skipped by J/K and clicks. */
  hiddenLabels: readonly string[];
}

/** What the window keeps of a document it leaves, so coming back restores its undo history. */
export interface SessionMemory {
  rev: number;
  history: History<TaggedDocument>;
}

/** What a session needs: who is annotating, ids, clock and the save call to main. */
export interface SessionDeps {
  opened: OpenedDocument;
  annotator(): string;
  snapToWords(): boolean;
  newId(): string;
  now(): string;
  /** Saves my annotations (sent as one JSON array string, see `annotationsJson`) and relations. */
  saveAnnotations(request: { documentId: string; baseRev: number; annotations: string; relations: Relation[] }): Promise<{ rev: number }>;
  isConflict(error: unknown): boolean;
  /** The undo history this document had when it was last open in this window, if its file is unchanged since. */
  previous?: SessionMemory | undefined;
  /** When React learns of changes (default: after the next painted frame, see `afterPaint`). */
  schedulePublication?: Schedule | undefined;
  /** Runs a publication so that React has rendered it when this returns (the app's react-dom `flushSync`; default: just runs it). */
  renderNow?: ((publish: () => void) => void) | undefined;
}

/** What a bulk change may use: who is annotating, the time, and fresh annotation ids. */
export interface BulkTools {
  readonly annotator: string;
  readonly now: string;
  newId(): string;
}

/** Reading a session: a state snapshot and its parts, and change notification (for useSyncExternalStore). */
export interface SessionSelectors {
  /** The whole state as it is now (actions, keys, the editor); a new object after every change, the same object otherwise. */
  getState(): SessionState;
  /** Calls `listener` synchronously after every change (the editor's binding); returns the unsubscribe. */
  subscribe(listener: () => void): () => void;
  /**
   * The state as React shows it: published once after the frame that paints a change (many changes
   * in a frame, one publication), so a key press never renders React inside its own task.
   */
  readonly published: {
    get(): SessionState;
    subscribe(listener: () => void): () => void;
  };
  /**
   * Publishes a pending change now and has React render it before returning, for a key whose handler
   * needs React's output at once (focusing the new tag's note field, a list key acting on rows); with
   * nothing pending it does nothing, so such a key costs no render of its own.
   */
  publishNow(): void;
  /** My annotations as they are now (the present of the undo history). */
  annotations(): readonly Annotation[];
  /** My relations between those annotations, as they are now. */
  relations(): readonly Relation[];
  selectedId(): string | null;
  /** The selected annotation, or null when none is selected. */
  selected(): Annotation | null;
  saveStatus(): SaveStatus;
  /** True while an edit is not yet saved (unsaved, saving, failed or a conflict). */
  isDirty(): boolean;
  /** The rev and undo history, for the window to keep when it leaves the document. */
  memory(): SessionMemory;
}

/** The tagging actions; each change is one undo step and autosaves. */
export interface SessionActions {
  /**
   * A label key or palette button: does what `labelKeyAction` decides for the visible text
   * selection (null: none) and the selected tag — create, retag or select the existing twin —
   * names the tag in the status line, and returns the decision so the caller can clear the selection.
   */
  applyLabel(selection: KeySelection | null, labelId: string): LabelKeyAction;
  /** `applyLabel` for a visible UTF-16 selection; returns the tag it created, else null. */
  tagRange(utf16Start: number, utf16End: number, labelId: string): Annotation | null;
  deleteSelected(): void;
  setNote(id: string, note: string): void;
  /** Tags every hit of `query` with `labelId` as one step; `hits`: `findMatches(text, query)` when the caller has them (the search bar draws them), so the text is not searched again. */
  tagAll(query: string, labelId: string, hits?: readonly TextRange[]): number;
  /**
   * Makes `update(current, tools)` my annotations as ONE undo step — always a step, even when the
   * list is unchanged, so a review decision that only marks rows as reviewed undoes too; `null`
   * from `update` changes nothing. The selection is kept if its annotation is still there.
   * Returns whether a step was made (false also when the document is read-only).
   */
  replaceAnnotations(update: (current: readonly Annotation[], tools: BulkTools) => readonly Annotation[] | null, label: string, message?: StatusMessage): boolean;
  undo(): void;
  redo(): void;
}

/** Moving the selection and the label filter; none of these changes the annotations. */
export interface SessionNavigation {
  /** Shows or hides a label in the text, the list and J/K; hiding the selected tag's label deselects it. */
  toggleLabel(labelId: string): void;
  /** False for annotations whose label the filter hides. */
  isShown(annotation: Annotation): boolean;
  select(id: string | null): void;
  selectNeighbour(direction: 1 | -1): Annotation | null;
  cycleAt(ids: readonly string[]): string | null;
  cycleOverlapping(): string | null;
  /**
   * Selects the tag Delete, Enter or C act on by `tagKeyTarget` for the visible text selection
   * (null: none); a refusal is said in the status line. Returns the decision so the caller can
   * clear the text selection it used, or leave the key to the browser when there is nothing.
   */
  selectKeyTarget(selection: KeySelection | null): TagKeyTarget;
  say(message: StatusMessage | null): void;
}

/** The relation changes; each is one undo step shared with the tags, refused with a message when a rule forbids it. */
export interface SessionRelations {
  /** Relates tag `fromId` to tag `toId` with type `typeId`; false (and a message) when refused. */
  addRelation(fromId: string, toId: string, typeId: string): boolean;
  retypeRelation(id: string, typeId: string): boolean;
  deleteRelation(id: string): boolean;
  /**
   * Makes `update(current, tools)` my tags and relations as ONE undo step (a review decision on a
   * relation); `undefined` or `current` itself from `update` changes nothing. Returns whether a step was made.
   */
  replaceDocument(update: (current: TaggedDocument, tools: BulkTools) => TaggedDocument | undefined, label: string, message?: StatusMessage): boolean;
}

/** One open document: its text helpers, selectors, every tagging and relation action, saving and disposal. */
export interface DocumentSession extends SessionSelectors, SessionActions, SessionNavigation, SessionRelations {
  readonly documentId: string;
  readonly text: string;
  readonly converter: OffsetConverter;
  readonly textIndex: TextIndex;
  readonly readOnly: boolean;
  /** Saves now (Ctrl+S, blur, close, before a switch); resolves when the save has settled. */
  flush(): Promise<void>;
  /** Ends the session when the window leaves it: saves what is unsaved, then stops autosave's timers. */
  dispose(): void;
}
