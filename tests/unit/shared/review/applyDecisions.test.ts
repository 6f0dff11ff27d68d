import { describe, expect, it } from 'vitest';
import type { Annotation } from '@shared/annotation/annotation';
import { commitHistory, createHistory, undoHistory } from '@shared/annotation/history';
import { alignAnnotations } from '@shared/review/alignAnnotations';
import { applyDecisions, type ApplyDecisionsOptions } from '@shared/review/applyDecisions';
import { acceptAllAgreeing, decisionFor, mergeAllFrom, setDecision, type ReviewDecision, type ReviewDecisions } from '@shared/review/reviewDecisions';
import type { ReviewRowKind } from '@shared/review/reviewRow';
import { JONAS, MINE, annotationOn } from './reviewFixtures';

const NOW = '2026-11-21T08:00:00.000Z';
const OPTIONS: ApplyDecisionsOptions = { newId: (source) => `anna-from-${source.id}`, now: NOW, annotator: 'anna' };

/** An annotation as "id label [start,end) text" so expectations read like the difference list. */
const brief = (a: Annotation): string => `${a.id} ${a.label} [${a.start},${a.end}) ${a.text}`;

function deepFreeze<T>(value: T): T {
  if (typeof value === 'object' && value !== null) {
    Object.values(value).forEach(deepFreeze);
    Object.freeze(value);
  }
  return value;
}

describe('applyDecisions: every row kind × decision (emoji before the spans)', () => {
  // 0 😀 1 ␠ 2 A 3 n 4 n 5 a 6 ␠ 7 t … 12 t 13 ␠ 14 B 15 o 16 b 17 ␠ 18 i 19 n 20 ␠ 21 K 22 ö 23 l 24 n 25 .
  const text = '😀 Anna trifft Bob in Köln.';
  const me = (id: string, label: string, quote: string): Annotation => ({ ...annotationOn(text, id, label, quote, 'me'), createdAt: 'c0', updatedAt: 'u0', note: 'mine' });
  const them = (id: string, label: string, quote: string): Annotation => ({ ...annotationOn(text, id, label, quote, 'jo'), createdAt: 'c1', updatedAt: 'u1', prefix: 'p', suffix: 's', note: 'theirs' });
  const mine = deepFreeze([me('m1', 'actor', 'Anna'), me('m2', 'actor', 'Bob'), me('m3', 'actor', 'Köln'), me('m4', 'claim', 'trifft')]);
  const theirs = deepFreeze([them('t1', 'actor', 'Anna'), them('t2', 'claim', 'Bob'), them('t3', 'actor', 'in Köln'), them('t5', 'quote', 'Anna trifft')]);
  const rows = alignAnnotations(mine, theirs);
  const untouched = ['m1 actor [2,6) Anna', 'm2 actor [14,17) Bob', 'm3 actor [21,25) Köln', 'm4 claim [7,13) trifft'];

  it('aligns into one row of each kind', () => {
    expect(rows.map((r) => r.kind)).toEqual(['agree', 'only-theirs', 'only-mine', 'label-conflict', 'boundary-conflict']);
  });

  const table: [ReviewRowKind, ReviewDecision | undefined, string[]][] = [
    ['agree', 'accept-theirs', untouched],
    ['agree', 'keep-mine', untouched],
    ['agree', 'reject', untouched.filter((a) => !a.startsWith('m1'))],
    ['label-conflict', 'accept-theirs', untouched.map((a) => (a.startsWith('m2') ? 'm2 claim [14,17) Bob' : a))],
    ['label-conflict', 'keep-mine', untouched],
    ['label-conflict', 'reject', untouched.filter((a) => !a.startsWith('m2'))],
    ['boundary-conflict', 'accept-theirs', ['m1 actor [2,6) Anna', 'm4 claim [7,13) trifft', 'm2 actor [14,17) Bob', 'm3 actor [18,25) in Köln']],
    ['boundary-conflict', 'keep-mine', untouched],
    ['boundary-conflict', 'reject', untouched.filter((a) => !a.startsWith('m3'))],
    ['only-mine', 'accept-theirs', untouched.filter((a) => !a.startsWith('m4'))],
    ['only-mine', 'keep-mine', untouched],
    ['only-mine', 'reject', untouched.filter((a) => !a.startsWith('m4'))],
    ['only-theirs', 'accept-theirs', ['m1 actor [2,6) Anna', 'anna-from-t5 quote [2,13) Anna trifft', ...untouched.slice(1)]],
    ['only-theirs', 'keep-mine', untouched],
    ['only-theirs', 'reject', untouched],
    ['agree', undefined, untouched],
  ];

  it.each(table)('%s + %s', (kind, decision, expected) => {
    const row = rows.find((r) => r.kind === kind);
    if (row === undefined) throw new Error(kind);
    const result = applyDecisions(mine, rows, setDecision({}, row.id, decision), OPTIONS);
    expect(result.map(brief).sort()).toEqual([...expected].sort());
  });

  it('retag and move keep my id, annotator, note and createdAt; a move takes their text and context', () => {
    const label = rows.find((r) => r.kind === 'label-conflict');
    const boundary = rows.find((r) => r.kind === 'boundary-conflict');
    if (!label || !boundary) throw new Error('rows');
    const decisions = setDecision(setDecision({}, label.id, 'accept-theirs'), boundary.id, 'accept-theirs');
    const result = applyDecisions(mine, rows, decisions, OPTIONS);
    expect(result.find((a) => a.id === 'm2')).toEqual({ ...mine[1], label: 'claim', updatedAt: NOW });
    expect(result.find((a) => a.id === 'm3')).toEqual({ ...mine[2], start: 18, end: 25, text: 'in Köln', prefix: 'p', suffix: 's', updatedAt: NOW });
  });

  it('a copy of theirs gets a new id, my name and now; their note and context come along', () => {
    const only = rows.find((r) => r.kind === 'only-theirs');
    if (!only) throw new Error('row');
    const [copy] = applyDecisions(mine, rows, setDecision({}, only.id, 'accept-theirs'), OPTIONS).filter((a) => a.id.startsWith('anna-'));
    expect(copy).toEqual({ id: 'anna-from-t5', label: 'quote', start: 2, end: 13, text: 'Anna trifft', prefix: 'p', suffix: 's', note: 'theirs', annotator: 'anna', createdAt: NOW, updatedAt: NOW });
  });

  it('throws on stale rows and on a new id that is already taken', () => {
    const agree = rows.find((r) => r.kind === 'agree');
    if (!agree) throw new Error('row');
    expect(() => applyDecisions(mine.slice(1), rows, {}, OPTIONS)).toThrow(/stale/);
    const only = rows.find((r) => r.kind === 'only-theirs');
    if (!only) throw new Error('row');
    expect(() => applyDecisions(mine, rows, setDecision({}, only.id, 'accept-theirs'), { ...OPTIONS, newId: () => 'm1' })).toThrow(/already uses/);
  });
});

describe('review of Jonas’s file: accept one, merge all, undo', () => {
  const jonas = deepFreeze(structuredClone([...JONAS]));
  const mine = deepFreeze(structuredClone([...MINE]));
  const rows = alignAnnotations(mine, jonas);
  const rowOf = (theirsId: string) => {
    const row = rows.find((r) => r.theirs?.id === theirsId);
    if (!row) throw new Error(theirsId);
    return row;
  };

  it('accepting Jonas’s KCNA boundary, merging all from jonas, then undoing both', () => {
    let history = createHistory<ReviewDecisions>({});
    const result = (): Annotation[] => applyDecisions(mine, rows, history.present, OPTIONS);
    const before = result();
    expect(before).toEqual([...mine].sort((a, b) => a.start - b.start || a.end - b.end));

    // 1. accept one: my "Koreanische Zentrale Nachrichtenagentur" grows to Jonas's span with " (KCNA)".
    history = commitHistory(history, setDecision(history.present, rowOf('jonas-004').id, 'accept-theirs'), 'accept theirs');
    const afterOne = result();
    expect(afterOne.find((a) => a.id === 'm-kcna')).toMatchObject({ start: 146, end: 192, text: 'Koreanische Zentrale Nachrichtenagentur (KCNA)', annotator: 'anna' });
    expect(afterOne).toHaveLength(mine.length);

    // 2. merge all from jonas: 13 agree rows marked, his only-theirs claim added; the three
    //    remaining conflicts (datum, Artikel 4, the date-tagged sentence) wait for me.
    history = commitHistory(history, mergeAllFrom(rows, history.present, 'jonas'), 'merge all from jonas');
    expect(Object.keys(history.present)).toHaveLength(1 + 13 + 1);
    const undecided = rows.filter((r) => !Object.hasOwn(history.present, r.id)).map((r) => `${r.kind} ${r.mine?.id ?? '-'}`);
    expect(undecided).toEqual([
      'only-mine m-kim2', 'only-mine m-samstag', 'boundary-conflict m-datum', 'boundary-conflict m-artikel4',
      'only-mine m-usa', 'label-conflict m-beweise', 'only-mine m-putin2',
    ]);
    const merged = result();
    expect(merged).toHaveLength(mine.length + 1);
    expect(merged.filter((a) => !mine.some((m) => m.id === a.id)).map(brief)).toEqual([
      'anna-from-jonas-014 claim [1824,1941) Die USA und der südkoreanische Nachrichtendienst NIS berichteten von nordkoreanischen Soldatentransfers nach Russland',
    ]);
    expect(merged.find((a) => a.id === 'm-kcna')?.end).toBe(192); // the explicit decision survived the bulk op

    // 3. undo the merge, then the single accept: back to exactly my set.
    history = undoHistory(history);
    expect(result()).toEqual(afterOne);
    history = undoHistory(history);
    expect(result()).toEqual(before);

    // Imported and own sets were never changed (they are deep-frozen, and still equal the fixtures).
    expect(jonas).toEqual(JONAS);
    expect(mine).toEqual(MINE);
  });

  it('merge all with conflicts: accept-theirs lets Jonas win the conflicts too, yet keeps my only-mine spans', () => {
    const decisions = mergeAllFrom(rows, {}, 'jonas', { conflicts: 'accept-theirs' });
    const result = applyDecisions(mine, rows, decisions, OPTIONS);
    expect(result.find((a) => a.id === 'm-beweise')?.label).toBe('date');
    expect(result.find((a) => a.id === 'm-datum')?.text).toBe('19. Juni 2024');
    for (const id of ['m-kim2', 'm-samstag', 'm-usa', 'm-putin2']) expect(result.some((a) => a.id === id)).toBe(true);
    expect(result.map((a) => a.text).sort()).toEqual([...JONAS.map((a) => a.text), ...['m-kim2', 'm-samstag', 'm-usa', 'm-putin2'].map((id) => MINE.find((m) => m.id === id)?.text)].sort());
  });
});

describe('decision maps', () => {
  const rows = alignAnnotations(MINE, JONAS);

  it('setDecision returns a new map, or the same map when nothing changes; undefined clears', () => {
    const empty: ReviewDecisions = Object.freeze({});
    const one = setDecision(empty, 'r', 'reject');
    expect(one).toEqual({ r: 'reject' });
    expect(empty).toEqual({});
    expect(setDecision(one, 'r', 'reject')).toBe(one);
    expect(setDecision(one, 'r', undefined)).toEqual({});
    expect(setDecision(empty, 'x', undefined)).toBe(empty);
  });

  it('treats row ids like "__proto__" and "constructor" as plain keys', () => {
    const d = setDecision(setDecision({}, '__proto__', 'keep-mine'), 'constructor', 'reject');
    expect(Object.keys(d)).toEqual(['__proto__', 'constructor']);
    // Prototype-free: nothing inherited can pass for a decision, and "__proto__" set nothing's prototype.
    expect(Object.getPrototypeOf(d)).toBeNull();
    expect(decisionFor(d, 'toString')).toBeUndefined();
    expect(decisionFor(d, '__proto__')).toBe('keep-mine');
  });

  it('acceptAllAgreeing marks undecided agree rows only and never overrides a decision', () => {
    const firstAgree = rows.find((r) => r.kind === 'agree');
    if (!firstAgree) throw new Error('row');
    const start = setDecision({}, firstAgree.id, 'reject');
    const next = acceptAllAgreeing(rows, start);
    expect(next[firstAgree.id]).toBe('reject');
    expect(Object.keys(next)).toHaveLength(13);
    expect(Object.entries(next).filter(([id]) => id !== firstAgree.id).every(([, d]) => d === 'accept-theirs')).toBe(true);
    expect(acceptAllAgreeing(rows, next)).toBe(next);
  });

  it('mergeAllFrom ignores rows of another annotator', () => {
    expect(mergeAllFrom(rows, {}, 'someone-else')).toEqual({});
  });
});
