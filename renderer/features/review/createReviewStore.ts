import type { ColleagueSetView, Migration, MigrationOutcome, MigrationRow, StoredColleagueSet } from '@shared/ipc/methods/reviewMethods';
import type { Notice } from '@shared/ipc/schemas';
import type { DocumentSession } from '../../state/createDocumentSession';
import type { FailureCause } from '@shared/ipc/failureSentence';
import { causeOf } from '../../api/failureText';
import { createStore, type Store } from '../../state/createStore';
import type { Relation } from '@shared/relation/relation';
import type { TaggedDocument } from '@shared/relation/relationList';
import type { Annotation } from '@shared/annotation/annotation';
import { createRelationResolutionLayer, createResolutionLayer, type ResolutionLayer, type Resolutions } from './resolutionLayer';
import { reviewDecide, type ReviewAction } from './reviewDecide';
import { mergeAllStep, type MergeAllOutcome } from './mergeAllStep';
import { replaceWithinLimit } from './replaceWithinLimit';

/** A row of a migration that was not stored (rejected by the user, or with no place in my text). */
export interface NotStoredRow {
  readonly annotator: string;
  readonly documentTitle: string;
  readonly row: MigrationRow;
  readonly reason: 'rejected' | 'orphaned';
}

/** What the last import did, as the summary shows it: sets stored, migrations resolved, rows not stored. */
export interface ImportSummary {
  readonly file: string;
  readonly stored: readonly StoredColleagueSet[];
  readonly resolved: readonly MigrationOutcome[];
  readonly notStored: readonly NotStoredRow[];
  readonly skippedOwn: number;
  readonly problems: ReadonlyArray<{ path: string; message: string }>;
}

/** Everything the review UI shows for the open document. */
export interface ReviewState {
  readonly open: boolean;
  readonly colleagues: readonly ColleagueSetView[];
  /** Colleague sets of this document that could not be read: kept aside (quarantined) or written by a newer Tagwerk. */
  readonly unreadable: readonly Notice[];
  /** Whose differences the list shows (one colleague at a time). */
  readonly compareWith: string | null;
  readonly hideMine: boolean;
  readonly hidden: readonly string[];
  readonly tab: 'differences' | 'agreement';
  readonly busy: boolean;
  /** Migrations of the last import still waiting for the user's accept/reject. */
  readonly migrations: readonly Migration[];
  readonly summary: ImportSummary | null;
  readonly error: FailureCause | null;
}

/** The calls to main the review makes (a colleague's file is imported through Import…, see `receiveMigrations`). */
export interface ReviewApi {
  resolveMigration(request: { migrationId: string; accept: number[] }): Promise<MigrationOutcome>;
  listColleagueSets(request: { documentId: string }): Promise<{ sets: ColleagueSetView[]; notices: Notice[] }>;
}

/** The review of one open document: state, import, and decisions applied to my set through the session. */
export interface ReviewStore {
  readonly store: Store<ReviewState>;
  readonly layer: ResolutionLayer;
  /** The decisions on relation rows, tied to the states of my relations as `layer` ties span decisions to my tags. */
  readonly relationLayer: ResolutionLayer<readonly Relation[]>;
  setOpen(open: boolean): void;
  toggle(): void;
  reload(): Promise<void>;
  setTab(tab: ReviewState['tab']): void;
  setCompareWith(annotator: string): void;
  setVisible(annotator: string | null, visible: boolean): void;
  /** Takes the migrations an Import… of a colleague's file opened (their tags on an edited copy): review opens and asks about each. */
  receiveMigrations(file: string, migrations: readonly Migration[]): void;
  resolveMigration(migrationId: string, accept: readonly number[]): Promise<void>;
  dismissSummary(): void;
  /** The colleague set the difference list compares with, if any. */
  theirs(): ColleagueSetView | undefined;
  /** The recorded decisions of my current list. */
  resolutions(): Resolutions;
  act(action: ReviewAction): boolean;
  /** Follows the session's changes (so every list gets its resolutions); returns the disconnect. Call from an effect. */
  connect(): () => void;
}

const INITIAL: ReviewState = { open: false, colleagues: [], unreadable: [], compareWith: null, hideMine: false, hidden: [], tab: 'differences', busy: false, migrations: [], summary: null, error: null };

const ACTION_LABELS: Record<ReviewAction['kind'], string> = { decide: 'review-decision', 'accept-all-agreeing': 'review-accept-agreeing', 'merge-all': 'review-merge-all' };


/**
 * Creates the review of a session's document. Colleague sets come from main and are never
 * changed; each decision (or bulk operation) becomes one undo step of my annotations through
 * `session.replaceAnnotations` (merge-all: `session.replaceDocument`), with the save limit checked
 * and its resolutions tied to that step (see resolutionLayer, replaceWithinLimit).
 */
export function createReviewStore(api: ReviewApi, session: DocumentSession): ReviewStore {
  const store = createStore<ReviewState>(INITIAL);
  const layer = createResolutionLayer();
  layer.at(session.annotations());
  const relationLayer = createRelationResolutionLayer();
  relationLayer.at(session.relations());
  const patch = (p: Partial<ReviewState>) => store.set((s) => ({ ...s, ...p }));

  const reload = async () => {
    try {
      const { sets, notices } = await api.listColleagueSets({ documentId: session.documentId });
      const unreadable = notices.filter((n) => n.code === 'quarantined' || n.code === 'future-version');
      store.set((s) => {
        const names = sets.map((set) => set.annotator);
        const compareWith = s.compareWith !== null && names.includes(s.compareWith) ? s.compareWith : (names[0] ?? null);
        return { ...s, colleagues: sets, unreadable, compareWith, error: null };
      });
    } catch (error) {
      patch({ error: causeOf(error) });
    }
  };

  /** "Merge all" as one undo step of my tags and relations, both layers' resolutions recorded with it; the status line says what it took and left. */
  const mergeAll = (set: ColleagueSetView): boolean => {
    let outcome: MergeAllOutcome | undefined;
    const replaced = replaceWithinLimit<TaggedDocument>(
      session,
      (update, label) => session.replaceDocument(update, label),
      (next) => next.annotations.length,
      (current, tools) => {
        const made = mergeAllStep(current, set, { tags: layer, relations: relationLayer }, tools);
        outcome = made;
        if (made.next === current) return undefined;
        return {
          next: made.next,
          record() {
            if (made.resolutions !== undefined) layer.record(made.next.annotations, made.resolutions);
            if (made.relationResolutions !== undefined) relationLayer.record(made.next.relations, made.relationResolutions);
          },
        };
      },
      ACTION_LABELS['merge-all'],
    );
    if (replaced === 'stopped') return false;
    const changed = replaced === 'changed';
    const done: MergeAllOutcome | undefined = outcome;
    const left = done === undefined ? 0 : done.missingEnd + done.refused;
    if (done === undefined || (!changed && left === 0)) {
      session.say({ key: 'review.status.nothingToDecide', severity: 'info' });
      return false;
    }
    const reason = done.refused === 0 ? 'MissingEnd' : 'Left';
    const key = !changed ? `review.status.notMerged${reason}` : left === 0 ? 'review.status.merged' : `review.status.merged${reason}`;
    session.say({ key, values: { tags: done.tags, agreed: done.agreed, relations: done.relations, left }, severity: left === 0 ? 'info' : 'warning' });
    return changed;
  };

  const theirs = () => {
    const { colleagues, compareWith } = store.get();
    return colleagues.find((c) => c.annotator === compareWith);
  };

  return {
    store,
    layer,
    relationLayer,
    setOpen(open) {
      patch({ open });
      if (open) void reload();
    },
    toggle() {
      this.setOpen(!store.get().open);
    },
    reload,
    setTab: (tab) => patch({ tab }),
    setCompareWith: (annotator) => patch({ compareWith: annotator }),
    setVisible(annotator, visible) {
      if (annotator === null) return patch({ hideMine: !visible });
      const hidden = store.get().hidden.filter((a) => a !== annotator);
      patch({ hidden: visible ? hidden : [...hidden, annotator] });
    },
    receiveMigrations(file, migrations) {
      if (migrations.length === 0) return;
      store.set((s) => ({ ...s, open: true, migrations: [...s.migrations, ...migrations], summary: { file, stored: [], resolved: [], notStored: [], skippedOwn: 0, problems: [] } }));
      void reload();
    },
    async resolveMigration(migrationId, accept) {
      const migration = store.get().migrations.find((m) => m.migrationId === migrationId);
      if (migration === undefined) return;
      patch({ busy: true, error: null });
      try {
        const outcome = await api.resolveMigration({ migrationId, accept: [...accept] });
        const accepted = new Set(accept);
        const notStored: NotStoredRow[] = migration.rows
          .filter((row) => row.status === 'orphaned' || !accepted.has(row.index))
          .map((row) => ({ annotator: migration.annotator, documentTitle: migration.documentTitle, row, reason: row.status === 'orphaned' ? 'orphaned' : 'rejected' }));
        store.set((s) => ({
          ...s,
          busy: false,
          migrations: s.migrations.filter((m) => m.migrationId !== migrationId),
          summary: s.summary === null ? null : { ...s.summary, resolved: [...s.summary.resolved, outcome], notStored: [...s.summary.notStored, ...notStored] },
        }));
        if (outcome.documentId === session.documentId && outcome.stored > 0) {
          await reload();
          patch({ compareWith: outcome.annotator });
        }
      } catch (error) {
        patch({ busy: false, error: causeOf(error) });
      }
    },
    dismissSummary: () => patch({ summary: null }),
    theirs,
    resolutions: () => layer.at(session.annotations()),
    act(action) {
      const set = theirs();
      if (set === undefined) return false;
      if (action.kind === 'merge-all') return mergeAll(set);
      let decided = 0;
      const replaced = replaceWithinLimit<readonly Annotation[]>(
        session,
        (update, label) => session.replaceAnnotations((current, tools) => update(current, tools) ?? null, label),
        (next) => next.length,
        (current, tools) => {
          const outcome = reviewDecide(current, set.annotations, layer.at(current), action, tools);
          if (outcome === undefined) return undefined;
          decided = outcome.decided;
          return { next: outcome.next, record: () => layer.record(outcome.next, outcome.resolutions) };
        },
        ACTION_LABELS[action.kind],
      );
      if (replaced === 'stopped') return false;
      const changed = replaced === 'changed';
      session.say(changed ? { key: 'review.status.decided', values: { count: decided }, severity: 'info' } : { key: 'review.status.nothingToDecide', severity: 'info' });
      return changed;
    },
    connect() {
      // Every list the session shows gets its resolutions, including ones made while review is closed.
      layer.at(session.annotations());
      relationLayer.at(session.relations());
      return session.subscribe(() => {
        layer.at(session.annotations());
        relationLayer.at(session.relations());
      });
    },
  };
}
