import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Annotation } from '@shared/annotation/annotation';
import { DEFAULT_MIN_REANCHOR_SCORE, reanchorAnnotations, type ReanchorResult } from '@shared/review/reanchor';
import { reanchoredAnnotation } from '@shared/review/reanchoredAnnotation';
import { codePointLength, codePointSlice } from '@shared/text/offsetConverter';
import { ARTICLE, JONAS, MINE, annotationOn, cpIndexOf } from './reviewFixtures';

/*
 * The edited copy: "📰 Eilmeldung: Kim Jong-un empfängt erneut eine Delegation aus Moskau. " (70 code
 * points, 71 UTF-16 units — the emoji is astral) inserted at the start, and "bewaffneten" →
 * "militärischen" (+2 code points) inside Article 4, the quote Jonas tagged as jonas-012.
 */
const EDITED = readFileSync(fileURLToPath(new URL('../../../fixtures/review/000_2010653594c6cf10.edited.txt', import.meta.url)), 'utf8');
const INSERTED = 70;
const CHANGED_AT = ARTICLE.indexOf('bewaffneten'); // 1189, before it spans shift by 70, after it by 72

const slice = (text: string, r: ReanchorResult): string => codePointSlice(text, r.start ?? 0, r.end ?? 0);

describe('re-anchoring Jonas’s tags on the edited article', () => {
  it('the fixture is what the comment says', () => {
    expect(EDITED.startsWith('📰 Eilmeldung: Kim Jong-un')).toBe(true);
    expect(codePointLength(EDITED)).toBe(codePointLength(ARTICLE) + INSERTED + 2);
    expect(EDITED.slice(71 + 1)).toBe(ARTICLE.slice(1).replace('bewaffneten', 'militärischen'));
  });

  it.each([
    ['with the old text as context (Jonas’s file has no prefix/suffix)', { oldText: ARTICLE }],
    ['without any context (nearest occurrence)', {}],
  ])('%s: 17 spans move by 70 or 72 code points, the changed quote is placed fuzzily', (_name, options) => {
    const results = reanchorAnnotations(JONAS, EDITED, options);
    expect(results.map((r) => r.annotation)).toEqual(JONAS); // one result per span, in order, nothing dropped
    for (const r of results) {
      const a = r.annotation;
      const shift = a.start < CHANGED_AT ? INSERTED : INSERTED + 2;
      if (a.id === 'jonas-012') {
        expect(r).toMatchObject({ status: 'fuzzy', start: 1151 + INSERTED, end: 1424 + INSERTED + 2 });
        expect(slice(EDITED, r)).toBe(a.text.replace('bewaffneten', 'militärischen'));
        // By hand: quote 273 units, Levenshtein(bewaffneten, militärischen) = 11 → q = 1 − 11/273;
        // prefix and suffix intact → 1 each; position 1 − 70/2690 (new text: 2690 code points).
        // score = (50·(262/273) + 20 + 20 + 2·(2620/2690)) / 92 = 0.977536
        expect(r.score).toBeCloseTo((50 * (262 / 273) + 40 + 2 * (2620 / 2690)) / 92, 6);
      } else {
        expect(r.status, a.id).toBe('moved');
        expect([r.start, r.end]).toEqual([a.start + shift, a.end + shift]);
        expect(slice(EDITED, r)).toBe(a.text);
        // exact quote, context intact (or unknown → 1): score = (50 + 20 + 20 + 2·(1 − shift/2690)) / 92
        expect(r.score).toBeCloseTo((90 + 2 * (1 - shift / 2690)) / 92, 9);
      }
    }
  });

  it('places my second "Kim Jong-un" on its own occurrence, not on the nearer first one, thanks to context', () => {
    // Old offset 365; in the new text "Kim Jong-un" is at 16 (inserted), 401 (first) and 435 (mine):
    // 401 is nearer to 365, so only the context ("…in Pjöngjang im Juni.\n" / " unterzeichnete…") decides.
    const results = reanchorAnnotations(MINE, EDITED, { oldText: ARTICLE });
    const kim2 = results.find((r) => r.annotation.id === 'm-kim2');
    expect(kim2).toMatchObject({ status: 'moved', start: cpIndexOf(EDITED, 'Kim Jong-un', 2) });
    expect(cpIndexOf(EDITED, 'Kim Jong-un', 2)).toBe(365 + INSERTED);
    for (const r of results) {
      if (r.annotation.id === 'm-artikel4') {
        expect(r.status).toBe('fuzzy');
        expect(slice(EDITED, r)).toBe(r.annotation.text.replace('bewaffneten', 'militärischen'));
      } else {
        expect(r.status, r.annotation.id).toBe('moved');
        expect(slice(EDITED, r)).toBe(r.annotation.text);
      }
    }
  });

  it('lists what cannot be placed as orphaned, with the best score found when there was a candidate', () => {
    const gone = annotationOn(ARTICLE, 'x-word', 'actor', 'bewaffneten', 'jonas');
    const never = { ...annotationOn(ARTICLE, 'x-none', 'actor', 'Russland', 'jonas'), text: 'Zebrastreifen' };
    const [word, none] = reanchorAnnotations([gone, never], EDITED, { oldText: ARTICLE });
    expect(word?.status).toBe('orphaned');
    expect(word && ('start' in word || 'end' in word)).toBe(false);
    expect(word?.score).toBeLessThan(DEFAULT_MIN_REANCHOR_SCORE);
    expect(word?.score).toBeGreaterThan(0);
    expect(none).toEqual({ annotation: never, status: 'orphaned' });
  });

  it('minScore decides: the fuzzy Article 4 becomes an orphan above its score, with the same score', () => {
    const [loose] = reanchorAnnotations(JONAS.filter((a) => a.id === 'jonas-012'), EDITED);
    const [strict] = reanchorAnnotations(JONAS.filter((a) => a.id === 'jonas-012'), EDITED, { minScore: 0.99 });
    expect(loose?.status).toBe('fuzzy');
    expect(strict).toEqual({ annotation: loose?.annotation, status: 'orphaned', score: loose?.score });
  });

  it('on the unchanged text every span is exact with score 1', () => {
    const results = reanchorAnnotations(JONAS, ARTICLE, { oldText: ARTICLE });
    expect(results.every((r) => r.status === 'exact' && r.start === r.annotation.start && r.end === r.annotation.end && r.score === 1)).toBe(true);
  });

  it('builds the placed annotation from the new text (fuzzy quotes what is really there); orphans give undefined', () => {
    const [fuzzy] = reanchorAnnotations(JONAS.filter((a) => a.id === 'jonas-012'), EDITED);
    const placed = fuzzy && reanchoredAnnotation(fuzzy, EDITED);
    expect(placed).toMatchObject({ id: 'jonas-012', label: 'quote', annotator: 'jonas', start: 1221, end: 1496 });
    expect(placed?.text).toContain('einem militärischen Angriff');
    expect(placed?.prefix).toBe('Artikel 4 des Vertrages spezifiziert: '.slice(-32));
    expect(placed?.suffix).toBe('\nDieses gegenseitige Bekenntnis wurde verstärkt'.slice(0, 32));
    expect(reanchoredAnnotation({ annotation: JONAS[0] as Annotation, status: 'orphaned' }, EDITED)).toBeUndefined();
  });
});

describe('reanchorAnnotations: code points, graphemes, context', () => {
  const at = (text: string, id: string, quote: string, occurrence = 0, extra: Partial<Annotation> = {}): Annotation =>
    ({ ...annotationOn(text, id, 'actor', quote, 'jo', occurrence), ...extra });

  it('reports code-point offsets when astral characters precede the span', () => {
    // A0 n1 n2 a3 ␠4 👍5 🏽6 ␠7 l8 o9 b10 t11 ␠12 B13 — "Bob" is [13,16) in code points, [15,18) in UTF-16.
    const old = 'Anna 👍🏽 lobt Bob.';
    const edited = '😀😀 ' + old; // +3 code points, +5 UTF-16 units
    const [r] = reanchorAnnotations([at(old, 'b', 'Bob')], edited, { oldText: old });
    expect(r).toMatchObject({ status: 'moved', start: 13 + 3, end: 16 + 3 });
    expect(slice(edited, r as ReanchorResult)).toBe('Bob');
  });

  it('places an NFD quote on its NFC spelling fuzzily, covering the whole character', () => {
    const old = 'Heute kommt Mu\u0308ller nach Bonn.';
    const edited = 'Heute kommt Müller nach Bonn.';
    const [r] = reanchorAnnotations([at(old, 'm', 'Mu\u0308ller')], edited, { oldText: old });
    expect(r?.status).toBe('fuzzy');
    expect(slice(edited, r as ReanchorResult)).toBe('Müller');
  });

  it('prefers an occurrence whose stored prefix/suffix match over a nearer one', () => {
    const edited = 'Bob ging. Dann kam Bob.';
    const bob = { id: 'b', label: 'actor', start: 0, end: 3, text: 'Bob', annotator: 'jo', prefix: 'Dann kam ', suffix: '.' };
    const [r] = reanchorAnnotations([bob], edited);
    expect(r).toMatchObject({ status: 'moved', start: 19, end: 22 });
  });

  it('does not take an exact quote whose context is entirely different when context is known', () => {
    // "Bob" still occurs, but in a different sentence; the annotated sentence is gone.
    const bob = { id: 'b', label: 'actor', start: 40, end: 43, text: 'Bob', annotator: 'jo', prefix: 'Gestern traf die Delegation ', suffix: ' im Kanzleramt zu Gesprächen' };
    const [r] = reanchorAnnotations([bob], 'Heute regnet es. Bob hat Urlaub und keine Termine.');
    expect(r?.status).toBe('orphaned');
  });

  it('never returns a place that splits a surrogate pair or grapheme cluster, and every input gets a row (property)', () => {
    const TOKENS = ['a', 'b', 'c', 'ü', 'u\u0308', '😀', '👍🏽', ' ', '\n', 'Bo', 'nn'];
    const segmenter = new Intl.Segmenter('de', { granularity: 'grapheme' });
    const boundaries = (text: string): Set<number> => {
      const out = new Set<number>([codePointLength(text)]);
      for (const s of segmenter.segment(text)) out.add(codePointLength(text.slice(0, s.index)));
      return out;
    };
    const arb = fc.record({
      tokens: fc.array(fc.constantFrom(...TOKENS), { minLength: 3, maxLength: 40 }),
      spans: fc.array(fc.tuple(fc.nat(), fc.integer({ min: 1, max: 8 })), { minLength: 1, maxLength: 5 }),
      edits: fc.array(fc.tuple(fc.nat(), fc.nat(3), fc.constantFrom(...TOKENS)), { maxLength: 4 }),
    });
    const seen = new Map<string, number>();
    fc.assert(fc.property(arb, ({ tokens, spans, edits }) => {
      const old = tokens.join('');
      const cpAt = (i: number): number => codePointLength(tokens.slice(0, i).join(''));
      const annotations: Annotation[] = spans.flatMap(([s, len], k) => {
        const from = s % tokens.length;
        const to = Math.min(tokens.length, from + len);
        const start = cpAt(from);
        const end = cpAt(to);
        const text = codePointSlice(old, start, end);
        return text.trim() === '' ? [] : [{ id: `s${k}`, label: 'actor', start, end, text, annotator: 'jo' }];
      });
      const next = [...tokens];
      for (const [pos, kind, token] of edits) {
        const i = pos % (next.length + 1);
        if (kind === 0) next.splice(i, 0, token);
        else if (kind === 1) next.splice(i, 1);
        else next.splice(i, 1, token);
      }
      const edited = next.join('');
      const results = reanchorAnnotations(annotations, edited, { oldText: old });
      expect(results.map((r) => r.annotation)).toEqual(annotations);
      const ok = boundaries(edited);
      for (const r of results) {
        seen.set(r.status, (seen.get(r.status) ?? 0) + 1);
        if (r.status === 'orphaned') {
          expect(r.start).toBeUndefined();
          continue;
        }
        const { start = -1, end = -1 } = r;
        expect(ok.has(start) && ok.has(end) && start < end).toBe(true);
        expect(r.score).toBeGreaterThanOrEqual(DEFAULT_MIN_REANCHOR_SCORE);
        const quoted = codePointSlice(edited, start, end);
        if (r.status === 'fuzzy') expect(quoted).not.toBe(r.annotation.text);
        else expect(quoted).toBe(r.annotation.text);
        if (r.status === 'exact') expect([start, end]).toEqual([r.annotation.start, r.annotation.end]);
      }
      if (edits.length === 0) expect(results.every((r) => r.status === 'exact')).toBe(true);
    }), { numRuns: 300, seed: 7 });
    // The property is not vacuous: every outcome occurred in these runs.
    expect([...seen.keys()].sort()).toEqual(['exact', 'fuzzy', 'moved', 'orphaned']);
  });
});
