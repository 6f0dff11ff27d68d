import { describe, expect, it, vi } from 'vitest';
import type { Relation } from '@shared/relation/relation';
import { alignRelations } from '@shared/review/alignRelations';
import { alignAnnotations } from '@shared/review/alignAnnotations';
import type { ColleagueSetView } from '@shared/ipc/methods/reviewMethods';
import { decideRelation } from '../../../../../renderer/features/relations/decideRelation';
import { createReviewStore, type ReviewApi } from '../../../../../renderer/features/review/createReviewStore';
import { resolutionOf } from '../../../../../renderer/features/review/resolutionLayer';
import { JONAS, JONAS_SET, articleSession } from './reviewTestKit';

const rel = (id: string, type: string, from: string, to: string): Relation => ({ id, type, from: `jonas-${from}`, to: `jonas-${to}`, annotator: 'jonas' });

/**
 * Jonas's relations against my six tags (reviewTestKit): his claim 014 (only his) → Putin (we
 * agree) and → NIS (only his) can be taken along once his tags are merged; his claim 018 → "19. Juni
 * 2024" (a boundary conflict with my "Juni 2024"), his quote 012 → Choe Son-hui (rejected below)
 * and his claim 014 → "am Dienstag" (a label conflict: my claim, his date) cannot.
 */
const JONAS_RELATIONS: Relation[] = [
  rel('jr1', 'target', '014', '006'),
  rel('jr2', 'source', '014', '015'),
  rel('jr3', 'time', '018', '010'),
  rel('jr4', 'source', '012', '013'),
  rel('jr5', 'time', '014', '005'),
];
const SET: ColleagueSetView = { ...JONAS_SET, relations: JONAS_RELATIONS };

async function openReview() {
  const { session } = articleSession();
  const api: ReviewApi = { resolveMigration: vi.fn(), listColleagueSets: vi.fn(async () => ({ sets: [SET], notices: [] })) };
  const review = createReviewStore(api, session);
  review.connect();
  review.setOpen(true);
  await vi.waitFor(() => expect(review.store.get().compareWith).toBe('jonas'));
  const textOf = (id: string) => session.annotations().find((a) => a.id === id)?.text.slice(0, 14);
  const relations = () => session.relations().map((r) => `${r.type}: ${textOf(r.from)} → ${textOf(r.to)}`).sort();
  const relationRows = () => alignRelations({ annotations: session.annotations(), relations: session.relations() }, SET);
  const spanRow = (text: string) => alignAnnotations(session.annotations(), JONAS).find((r) => (r.theirs ?? r.mine)?.text.startsWith(text))!;
  return { session, review, relations, relationRows, spanRow };
}

describe('"merge all from jonas" takes his relations along (a relation is merged when both its ends are)', () => {
  it('adds his tags and the relations whose ends are now mine in one undo step, records both layers, and says what it took and left', async () => {
    const { session, review, relations, relationRows, spanRow } = await openReview();
    review.act({ kind: 'decide', rowId: spanRow('Choe Son-hui').id, decision: 'reject' });
    const steps = session.getState().history.past.length;
    expect(review.act({ kind: 'merge-all', annotator: 'jonas' })).toBe(true);
    expect(session.getState().history.past.length).toBe(steps + 1);
    expect(session.annotations()).toHaveLength(6 + 12);
    expect(relations()).toEqual(['source: Die USA und de → NIS', 'target: Die USA und de → Wladimir Putin']);
    expect(session.relations().every((r) => r.annotator === 'tester')).toBe(true);
    expect(session.getState().message).toMatchObject({ key: 'review.status.mergedMissingEnd', values: { tags: 12, relations: 2, agreed: 1, left: 3 }, severity: 'warning' });
    // The three left are still open rows; the two taken agree now, their acceptance recorded with my relations.
    const rows = relationRows();
    expect(rows.map((r) => r.theirs?.id).sort()).toEqual(['jr3', 'jr4', 'jr5']);
    expect(rows.every((r) => r.kind === 'relation-only-theirs' && resolutionOf(review.relationLayer.at(session.relations()), r) === undefined)).toBe(true);
    const taken = alignRelations({ annotations: session.annotations(), relations: [] }, SET).find((r) => r.theirs?.id === 'jr1')!;
    expect(resolutionOf(review.relationLayer.at(session.relations()), taken)).toBe('accept-theirs');
    session.undo();
    expect(session.annotations()).toHaveLength(6);
    expect(session.relations()).toEqual([]);
    session.redo();
    expect(relations()).toHaveLength(2);
  });

  it('once a conflict is decided his way, merging again takes the relation on it — relations only, one more step', async () => {
    const { session, review, relations, spanRow } = await openReview();
    review.act({ kind: 'merge-all', annotator: 'jonas' });
    review.act({ kind: 'decide', rowId: spanRow('am Dienstag').id, decision: 'accept-theirs' });
    const tags = session.annotations();
    expect(review.act({ kind: 'merge-all', annotator: 'jonas' })).toBe(true);
    expect(session.annotations()).toBe(tags);
    expect(relations()).toContain('time: Die USA und de → am Dienstag');
    expect(session.getState().message).toMatchObject({ key: 'review.status.mergedMissingEnd', values: { tags: 0, relations: 1, left: 1 } });
    // Nothing more to take: no step, and the status says which relations stay and why.
    const steps = session.getState().history.past.length;
    expect(review.act({ kind: 'merge-all', annotator: 'jonas' })).toBe(false);
    expect(session.getState().history.past.length).toBe(steps);
    expect(session.getState().message).toMatchObject({ key: 'review.status.notMergedMissingEnd', values: { left: 1 } });
  });

  it('a relation row I rejected stays rejected', async () => {
    const { session, review, relations, relationRows } = await openReview();
    review.act({ kind: 'merge-all', annotator: 'jonas' });
    session.undo();
    review.act({ kind: 'decide', rowId: alignAnnotations(session.annotations(), JONAS).find((r) => r.theirs?.id === 'jonas-014')!.id, decision: 'accept-theirs' });
    review.act({ kind: 'decide', rowId: alignAnnotations(session.annotations(), JONAS).find((r) => r.theirs?.id === 'jonas-015')!.id, decision: 'accept-theirs' });
    const nis = relationRows().find((r) => r.theirs?.id === 'jr2')!;
    decideRelation(session, review.relationLayer, JONAS, nis, 'reject');
    review.act({ kind: 'merge-all', annotator: 'jonas' });
    expect(relations()).toEqual(['source: “Wenn eine der → Choe Son-hui', 'target: Die USA und de → Wladimir Putin']);
    expect(resolutionOf(review.relationLayer.at(session.relations()), nis)).toBe('reject');
  });

  it('"accept all agreeing" takes no relation (theirs that I lack are differences, not agreements)', async () => {
    const { session, review } = await openReview();
    review.act({ kind: 'accept-all-agreeing' });
    expect(session.relations()).toEqual([]);
  });
});
