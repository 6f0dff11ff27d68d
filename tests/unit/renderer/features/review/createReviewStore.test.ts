import { describe, expect, it, vi } from 'vitest';
import type { Annotation } from '@shared/annotation/annotation';
import { sortAnnotations } from '@shared/annotation/annotationList';
import { alignAnnotations } from '@shared/review/alignAnnotations';
import type { ColleagueSetView, Migration } from '@shared/ipc/methods/reviewMethods';
import type { Notice } from '@shared/ipc/schemas';
import { createReviewStore, type ReviewApi } from '../../../../../renderer/features/review/createReviewStore';
import { reviewGroups } from '../../../../../renderer/features/review/reviewGroups';
import { ARTICLE_ID, JONAS, JONAS_SET, MY_TAGS, articleSession, mine } from './reviewTestKit';

function fakeApi(sets: ColleagueSetView[] = [JONAS_SET], notices: Notice[] = []) {
  const stored: ColleagueSetView[] = [...sets];
  const api: ReviewApi = {
    resolveMigration: vi.fn(async ({ migrationId, accept }) => ({ documentId: ARTICLE_ID, annotator: 'mara', stored: accept.length, rejected: 1, orphaned: 1, relations: 0, orphanedRelations: [], migrationId })),
    listColleagueSets: vi.fn(async () => ({ sets: stored, notices })),
  };
  return { api, stored };
}

async function openReview(annotations: readonly Annotation[] = MY_TAGS) {
  const { session, save } = articleSession(annotations);
  const { api, stored } = fakeApi();
  const review = createReviewStore(api, session);
  review.connect();
  review.setOpen(true);
  await vi.waitFor(() => expect(review.store.get().compareWith).toBe('jonas'));
  const groups = () => reviewGroups(alignAnnotations(session.annotations(), JONAS), review.resolutions());
  const count = (kind: string) => groups().find((g) => g.kind === kind)?.items.length;
  const rowOf = (kind: string, text: string) => {
    const item = groups().find((g) => g.kind === kind)?.items.find((i) => (i.row.mine ?? i.row.theirs)?.text.startsWith(text));
    if (!item) throw new Error(`no ${kind} row for ${text}`);
    return item;
  };
  return { session, save, review, api, stored, groups, count, rowOf };
}

describe('the difference groups against jonas', () => {
  it('with my six tags: 1 agree, 2 label conflicts, 2 boundary conflicts, 1 only mine, 13 only theirs', async () => {
    const { groups } = await openReview();
    expect(groups().map((g) => [g.kind, g.items.length, g.open])).toEqual([
      ['agree', 1, 1],
      ['label-conflict', 2, 2],
      ['boundary-conflict', 2, 2],
      ['only-mine', 1, 1],
      ['only-theirs', 13, 13],
    ]);
  });

  it('with no tags of mine, all 18 of his are only theirs', async () => {
    const { count } = await openReview([]);
    expect(count('only-theirs')).toBe(18);
    expect(count('agree')).toBe(0);
  });
});

describe('decisions', () => {
  it('accept theirs on a label conflict retags my span (same id) and the row becomes an accepted agree row; one undo step', async () => {
    const { session, review, rowOf, count } = await openReview();
    const steps = session.getState().history.past.length;
    expect(review.act({ kind: 'decide', rowId: rowOf('label-conflict', 'am Dienstag').row.id, decision: 'accept-theirs' })).toBe(true);
    expect(session.annotations().find((a) => a.id === 'm-dienstag')).toMatchObject({ label: 'date', updatedAt: '2026-11-27T10:00:00.000Z' });
    expect(count('label-conflict')).toBe(1);
    expect(rowOf('agree', 'am Dienstag').decision).toBe('accept-theirs');
    expect(session.getState().history.past.length).toBe(steps + 1);
    expect(session.getState().message).toMatchObject({ key: 'review.status.decided', values: { count: 1 } });
    session.undo();
    expect(session.annotations().find((a) => a.id === 'm-dienstag')?.label).toBe('claim');
    expect(rowOf('label-conflict', 'am Dienstag').decision).toBeUndefined();
    session.redo();
    expect(rowOf('agree', 'am Dienstag').decision).toBe('accept-theirs');
  });

  it('keep mine changes nothing in my set but is recorded, and undoes as its own step', async () => {
    const { session, review, rowOf } = await openReview();
    const before = session.annotations();
    review.act({ kind: 'decide', rowId: rowOf('boundary-conflict', 'Koreanische').row.id, decision: 'keep-mine' });
    expect(session.annotations()).not.toBe(before);
    expect(sortAnnotations(session.annotations())).toEqual(sortAnnotations(before));
    expect(rowOf('boundary-conflict', 'Koreanische').decision).toBe('keep-mine');
    session.undo();
    expect(session.annotations()).toBe(before);
    expect(rowOf('boundary-conflict', 'Koreanische').decision).toBeUndefined();
  });

  it('reject on a conflict removes my span and leaves theirs out: the row turns into a rejected only-theirs row', async () => {
    const { session, review, rowOf } = await openReview();
    review.act({ kind: 'decide', rowId: rowOf('boundary-conflict', 'Juni 2024').row.id, decision: 'reject' });
    expect(session.annotations().some((a) => a.id === 'm-juni')).toBe(false);
    expect(rowOf('only-theirs', '19. Juni 2024').decision).toBe('reject');
  });

  it('accept theirs on an only-theirs row adds a copy under my name with a new id; their set is untouched', async () => {
    const { session, review, rowOf } = await openReview();
    const copyOfJonas = JSON.stringify(JONAS);
    review.act({ kind: 'decide', rowId: rowOf('only-theirs', 'Choe Son-hui').row.id, decision: 'accept-theirs' });
    expect(session.annotations().find((a) => a.text === 'Choe Son-hui')).toMatchObject({ id: 'new1', annotator: 'tester', label: 'actor', start: 1535, end: 1547 });
    expect(JSON.stringify(JONAS)).toBe(copyOfJonas);
    expect(rowOf('agree', 'Choe Son-hui').decision).toBe('accept-theirs');
  });

  it('accept all agreeing marks agree rows only; merge all from jonas adds every undecided only-theirs span but leaves conflicts, my only-mine span and rejected rows alone; each is one undo step', async () => {
    const { session, review, rowOf, count, groups } = await openReview();
    review.act({ kind: 'decide', rowId: rowOf('only-theirs', 'Choe Son-hui').row.id, decision: 'reject' });
    review.act({ kind: 'accept-all-agreeing' });
    expect(rowOf('agree', 'Wladimir Putin').decision).toBe('accept-theirs');
    expect(session.annotations()).toHaveLength(6);
    const steps = session.getState().history.past.length;
    review.act({ kind: 'merge-all', annotator: 'jonas' });
    expect(session.getState().history.past.length).toBe(steps + 1);
    expect(session.annotations()).toHaveLength(6 + 12);
    expect(session.annotations().some((a) => a.text === 'Choe Son-hui')).toBe(false);
    expect(count('only-theirs')).toBe(1);
    expect(count('label-conflict')).toBe(2);
    expect(count('boundary-conflict')).toBe(2);
    expect(rowOf('only-mine', 'Moskau').decision).toBeUndefined();
    expect(groups().find((g) => g.kind === 'agree')?.open).toBe(0);
    // Nothing left to merge: no empty undo step, and the user is told.
    expect(review.act({ kind: 'merge-all', annotator: 'jonas' })).toBe(false);
    expect(session.getState().history.past.length).toBe(steps + 1);
    expect(session.getState().message?.key).toBe('review.status.nothingToDecide');
    session.undo();
    expect(session.annotations()).toHaveLength(6);
    expect(count('only-theirs')).toBe(13);
  });

  it('an ordinary edit after a decision keeps the decisions; undoing the edit and the decision restores each state', async () => {
    const { session, review, rowOf } = await openReview();
    review.act({ kind: 'decide', rowId: rowOf('only-mine', 'Moskau').row.id, decision: 'keep-mine' });
    const kim = mine('x', 'Kim Jong-un', 'actor', 1);
    session.tagRange(kim.start, kim.end, 'actor'); // no emoji before it: UTF-16 = code points here
    expect(rowOf('only-mine', 'Moskau').decision).toBe('keep-mine');
    session.undo();
    expect(rowOf('only-mine', 'Moskau').decision).toBe('keep-mine');
    session.undo();
    expect(rowOf('only-mine', 'Moskau').decision).toBeUndefined();
  });

  it('a read-only document refuses decisions and says so', async () => {
    const { session: base } = articleSession();
    const { api } = fakeApi();
    const { createDocumentSession } = await import('../../../../../renderer/state/createDocumentSession');
    const readOnly = createDocumentSession({
      opened: { document: { id: ARTICLE_ID, title: 't', source: 's', text: base.text }, annotations: [...MY_TAGS], rev: 3, readOnly: true, notices: [] },
      annotator: () => 'tester',
      snapToWords: () => true,
      newId: () => 'x',
      now: () => '2026-11-27T10:00:00.000Z',
      saveAnnotations: async () => ({ rev: 4 }),
      isConflict: () => false,
    });
    const review = createReviewStore(api, readOnly);
    await review.reload();
    expect(review.act({ kind: 'merge-all', annotator: 'jonas' })).toBe(false);
    expect(readOnly.annotations()).toHaveLength(6);
    expect(readOnly.getState().message?.key).toBe('status.readOnly');
  });
});

describe('import', () => {
  const migration: Migration = {
    migrationId: 'migration-1', documentId: ARTICLE_ID, documentTitle: 'DVRK', annotator: 'mara', theirTitle: 'DVRK', theirSource: 'x.txt', matchedBy: 'source',
    rows: [
      { index: 0, label: 'actor', status: 'moved', score: 0.99, oldStart: 348, oldEnd: 362, oldText: 'Wladimir Putin', start: 278, end: 292, text: 'Wladimir Putin' },
      { index: 1, label: 'actor', status: 'fuzzy', score: 0.8, oldStart: 4, oldEnd: 9, oldText: 'Demo', start: 4, end: 9, text: 'Demok' },
      { index: 2, label: 'actor', status: 'orphaned', oldStart: 47, oldEnd: 68, oldText: 'Delegation aus Moskau' },
    ],
  };

  it('takes the migrations an Import… opened, opens review, keeps them until resolved, then lists the rejected and orphaned rows in the summary', async () => {
    const { session } = articleSession();
    const { api } = fakeApi([JONAS_SET]);
    const review = createReviewStore(api, session);
    review.receiveMigrations('mara 😀.json', []);
    expect(review.store.get()).toMatchObject({ open: false, migrations: [], summary: null });
    review.receiveMigrations('mara 😀.json', [migration]);
    expect(review.store.get().open).toBe(true);
    expect(review.store.get().migrations).toEqual([migration]);
    expect(review.store.get().summary).toMatchObject({ file: 'mara 😀.json' });
    await review.resolveMigration('migration-1', [0]);
    expect(api.resolveMigration).toHaveBeenCalledWith({ migrationId: 'migration-1', accept: [0] });
    const state = review.store.get();
    expect(state.migrations).toEqual([]);
    expect(state.summary?.notStored.map((n) => [n.row.oldText, n.reason])).toEqual([['Demo', 'rejected'], ['Delegation aus Moskau', 'orphaned']]);
  });

  it('visibility: my layer and each colleague can be hidden and shown again', async () => {
    const { review } = await openReview();
    review.setVisible(null, false);
    review.setVisible('jonas', false);
    expect(review.store.get()).toMatchObject({ hideMine: true, hidden: ['jonas'] });
    review.setVisible('jonas', true);
    review.setVisible(null, true);
    expect(review.store.get()).toMatchObject({ hideMine: false, hidden: [] });
  });
});

describe('colleague sets that could not be read', () => {
  it('keeps the kept-aside and newer-version notices of this document (whose, where) and no other notice', async () => {
    const { session } = articleSession();
    const keptAside: Notice = { code: 'quarantined', severity: 'warning', message: 'x', documentId: ARTICLE_ID, annotator: 'Mu\u0308ller 😀', file: 'documents/x/colleagues/a.json', movedTo: 'documents/x/colleagues/a.corrupt-2026.json' };
    const newer: Notice = { code: 'future-version', severity: 'warning', message: 'y', documentId: ARTICLE_ID, file: 'documents/x/colleagues/b.json' };
    const other: Notice = { code: 'stale-temp-removed', severity: 'info', message: 'z' };
    const { api } = fakeApi([], [keptAside, other, newer]);
    const review = createReviewStore(api, session);
    review.setOpen(true);
    await vi.waitFor(() => expect(review.store.get().unreadable).toEqual([keptAside, newer]));
    expect(review.store.get().colleagues).toEqual([]);
  });
});

describe('the save limit', () => {
  it('"merge all" that would take my set past 200,000 tags is refused with the count and the limit, and changes nothing (no undo step)', async () => {
    // 199,990 tags of mine (copies of one, with their own ids) plus jonas's 13 only-theirs spans would be 200,003.
    const many = Array.from({ length: 199_990 }, (_, i) => ({ ...MY_TAGS[0]!, id: `m${i}` }));
    const { session, review } = await openReview(many);
    const before = session.annotations();
    const steps = session.getState().history.past.length;
    expect(review.act({ kind: 'merge-all', annotator: 'jonas' })).toBe(false);
    expect(session.annotations()).toBe(before);
    expect(session.getState().history.past.length).toBe(steps);
    expect(session.getState().message).toMatchObject({ key: 'review.status.tooMany', values: { count: 199_990 + 17, limit: 200_000 }, severity: 'error' });
  }, 60_000);

  it('accepting one of jonas\'s tags with my set at 200,000 is refused alike: the count and the limit, nothing changed, no undo step', async () => {
    const many = Array.from({ length: 200_000 }, (_, i) => ({ ...MY_TAGS[0]!, id: `m${i}` }));
    const { session, review, groups } = await openReview(many);
    const row = groups().find((g) => g.kind === 'only-theirs')?.items[0];
    if (row === undefined) throw new Error('no only-theirs row');
    const before = session.annotations();
    const steps = session.getState().history.past.length;
    expect(review.act({ kind: 'decide', rowId: row.row.id, decision: 'accept-theirs' })).toBe(false);
    expect(session.annotations()).toBe(before);
    expect(session.getState().history.past.length).toBe(steps);
    expect(session.getState().message).toMatchObject({ key: 'review.status.tooMany', values: { count: 200_001, limit: 200_000 }, severity: 'error' });
  }, 60_000);
});
