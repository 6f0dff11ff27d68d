import { describe, expect, it } from 'vitest';
import type { Annotation } from '@shared/annotation/annotation';
import { alignAnnotations } from '@shared/review/alignAnnotations';
import { ARTICLE, JONAS, JONAS_DOCUMENT, MINE, annotationOn } from './reviewFixtures';

/** A row as "kind mine-id/theirs-id [start,end)" for readable expectations. */
function describeRow(row: ReturnType<typeof alignAnnotations>[number]): string {
  const sides = [row.mine, row.theirs].filter((a): a is Annotation => a !== undefined);
  const start = Math.min(...sides.map((a) => a.start));
  const end = Math.max(...sides.map((a) => a.end));
  return `${row.kind} ${row.mine?.id ?? '-'}/${row.theirs?.id ?? '-'} [${start},${end})`;
}

describe('alignAnnotations: my tags vs Jonas’s file', () => {
  it('is the same text (Jonas’s document is the built-in article)', () => {
    expect(JONAS_DOCUMENT.text).toBe(ARTICLE);
    expect(JONAS).toHaveLength(18);
  });

  it('gives the groups expected from reading the file, in text order', () => {
    // Offsets (code points = UTF-16 here, the article has no astral characters) read off the article.
    expect(alignAnnotations(MINE, JONAS).map(describeRow)).toEqual([
      'agree m-dvrk-lang/jonas-001 [4,37)',
      'agree m-dvrk/jonas-002 [39,43)',
      'agree m-russland/jonas-003 [49,57)',
      'boundary-conflict m-kcna/jonas-004 [146,192)', // Jonas includes " (KCNA)"
      'agree m-dienstag/jonas-005 [193,204)',
      'agree m-putin/jonas-006 [278,292)',
      'agree m-kim/jonas-007 [331,342)',
      'agree m-juni/jonas-008 [356,363)',
      'only-mine m-kim2/- [365,376)',
      'agree m-montag/jonas-009 [392,401)',
      'only-mine m-samstag/- [641,663)',
      'boundary-conflict m-datum/jonas-010 [738,754)', // "am 19. Juni 2024" vs "19. Juni 2024"
      'agree m-vertrag/jonas-011 [783,896)',
      'boundary-conflict m-artikel4/jonas-012 [1151,1424)', // Jonas includes the quotation marks
      'agree m-choe/jonas-013 [1535,1547)',
      'only-theirs -/jonas-014 [1824,1941)', // his claim; my "USA" inside it has another label
      'only-mine m-usa/- [1828,1831)',
      'agree m-nis/jonas-015 [1873,1876)',
      'label-conflict m-beweise/jonas-016 [1972,2077)', // a claim sentence he tagged as date
      'only-mine m-putin2/- [2201,2206)',
      'agree m-nebensja/jonas-017 [2359,2375)',
      'agree m-drittland/jonas-018 [2386,2513)',
    ]);
  });

  it('puts every annotation in exactly one row and reports the shared code points of boundary conflicts', () => {
    const rows = alignAnnotations(MINE, JONAS);
    const mineIds = rows.flatMap((r) => (r.mine ? [r.mine.id] : [])).sort();
    const theirIds = rows.flatMap((r) => (r.theirs ? [r.theirs.id] : [])).sort();
    expect(mineIds).toEqual(MINE.map((a) => a.id).sort());
    expect(theirIds).toEqual(JONAS.map((a) => a.id).sort());
    expect(new Set(rows.map((r) => r.id)).size).toBe(rows.length);
    const overlaps = rows.flatMap((r) => (r.kind === 'boundary-conflict' ? [r.overlap] : []));
    expect(overlaps).toEqual([185 - 146, 754 - 741, 1423 - 1152]);
  });

  it('is deterministic: input order does not matter and row ids are stable', () => {
    const a = alignAnnotations(MINE, JONAS);
    const b = alignAnnotations([...MINE].reverse(), [...JONAS].reverse());
    expect(b).toEqual(a);
  });
});

describe('alignAnnotations: matching rules', () => {
  // "😀 Köln: Bob sagt nein." — 0 😀 1 ␠ 2 K 3 ö 4 l 5 n 6 : 7 ␠ 8 B 9 o 10 b 11 ␠ 12 s 13 a 14 g 15 t …
  const text = '😀 Köln: Bob sagt nein.';
  const me = (id: string, label: string, quote: string): Annotation => annotationOn(text, id, label, quote, 'me');
  const them = (id: string, label: string, quote: string): Annotation => annotationOn(text, id, label, quote, 'jo');

  it('prefers a same-span label conflict over a same-label boundary conflict', () => {
    // mine actor "Bob"; theirs claim "Bob" (same span) and actor "Bob sagt" (same label, overlapping).
    const rows = alignAnnotations([me('m', 'actor', 'Bob')], [them('t1', 'claim', 'Bob'), them('t2', 'actor', 'Bob sagt')]);
    expect(rows.map(describeRow)).toEqual(['label-conflict m/t1 [8,11)', 'only-theirs -/t2 [8,16)']);
  });

  it('pairs one span with at most one boundary partner (largest overlap), the rest stay alone', () => {
    // mine claim "Köln: Bob sagt" [2,16); theirs claim "Köln" [2,6) (4) and "Bob sagt nein" [8,21) (8).
    const rows = alignAnnotations([me('m', 'claim', 'Köln: Bob sagt')], [them('a', 'claim', 'Köln'), them('b', 'claim', 'Bob sagt nein')]);
    expect(rows.map(describeRow)).toEqual(['only-theirs -/a [2,6)', 'boundary-conflict m/b [2,21)']);
  });

  it('does not call different label and different span a conflict', () => {
    const rows = alignAnnotations([me('m', 'actor', 'Köln')], [them('t', 'claim', 'Köln: Bob')]);
    expect(rows.map((r) => r.kind)).toEqual(['only-mine', 'only-theirs']); // [2,6) before [2,9)
  });

  it('matches duplicates at most once and rejects duplicate ids', () => {
    const dup = { ...me('m2', 'actor', 'Bob') };
    const rows = alignAnnotations([me('m1', 'actor', 'Bob'), dup], [them('t', 'actor', 'Bob')]);
    expect(rows.map(describeRow)).toEqual(['agree m1/t [8,11)', 'only-mine m2/- [8,11)']);
    expect(() => alignAnnotations([me('x', 'actor', 'Bob'), me('x', 'date', 'Köln')], [])).toThrow(/twice/);
  });

  it('never changes its inputs', () => {
    const mine = Object.freeze([Object.freeze(me('m', 'actor', 'Bob'))]);
    const theirs = Object.freeze([Object.freeze(them('t', 'claim', 'Bob'))]);
    expect(() => alignAnnotations(mine, theirs)).not.toThrow();
  });
});
