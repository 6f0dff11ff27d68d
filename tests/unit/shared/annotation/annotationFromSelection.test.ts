import { describe, expect, it } from 'vitest';
import { AnnotationSchema } from '@shared/annotation/annotation';
import { annotationFromSelection } from '@shared/annotation/annotationFromSelection';
import { createOffsetConverter } from '@shared/text/offsetConverter';
import { ARTICLE, MIXED, NOW } from './fixtures';

function select(text: string, start: number, end: number, snapToWords = false) {
  return annotationFromSelection({
    text,
    converter: createOffsetConverter(text),
    start,
    end,
    label: 'actor',
    annotator: 'anna',
    id: 'id-1',
    now: NOW,
    snapToWords,
  });
}

/** Code-point offsets of the first occurrence of `quote`, computed independently via Array.from. */
function cpSpan(text: string, quote: string): [number, number] {
  const i = text.indexOf(quote);
  const start = Array.from(text.slice(0, i)).length;
  return [start, start + Array.from(quote).length];
}

describe('annotationFromSelection', () => {
  it('tags "Wladimir Putin" in the built-in article at code points 278–292', () => {
    const start = ARTICLE.indexOf('Wladimir Putin');
    const result = select(ARTICLE, start, start + 'Wladimir Putin'.length);
    expect(result).toMatchObject({ ok: true, annotation: { start: 278, end: 292, text: 'Wladimir Putin', label: 'actor' } });
    if (!result.ok) return;
    expect(result.annotation.prefix).toBe(ARTICLE.slice(278 - 32, 278));
    expect(result.annotation.suffix).toBe(ARTICLE.slice(292, 292 + 32));
    expect(AnnotationSchema.safeParse(result.annotation).success).toBe(true);
  });

  const table: Array<{ name: string; text: string; from: string; to?: string; quote: string; snap?: boolean }> = [
    { name: 'after an astral emoji with skin tone', text: MIXED, from: 'Putin', quote: 'Putin' },
    { name: 'NFD umlaut word', text: MIXED, from: 'Mu\u0308ller', quote: 'Mu\u0308ller' },
    { name: 'after the emoji following März', text: MIXED, from: 'in Moskau', quote: 'in Moskau' },
    { name: 'surrounding whitespace trimmed', text: MIXED, from: ' Putin ', quote: 'Putin' },
    { name: 'selection ending between u and its combining diaeresis grows over the mark', text: MIXED, from: 'Mu', quote: 'Mu\u0308' },
    { name: 'word snapping grows a cut word (NFD)', text: MIXED, from: 'u\u0308ll', quote: 'Mu\u0308ller', snap: true },
    { name: 'without snapping a cut word stays cut', text: MIXED, from: 'ller', quote: 'ller' },
    { name: 'the emoji itself, skin tone included', text: MIXED, from: '👍', quote: '👍🏽' },
    { name: 'a selection crossing paragraphs keeps the line break', text: 'Erster Absatz.\n\nZweiter 😀 Absatz.', from: 'Absatz.\n\nZweiter', quote: 'Absatz.\n\nZweiter' },
  ];

  it.each(table)('$name', ({ text, from, quote, snap }) => {
    const start = text.indexOf(from);
    const result = select(text, start, start + from.length, snap === true);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const [cpStart, cpEnd] = cpSpan(text, quote);
    expect(result.annotation).toMatchObject({ start: cpStart, end: cpEnd, text: quote });
    expect(Array.from(text).slice(cpStart, cpEnd).join('')).toBe(result.annotation.text);
  });

  it('accepts a backwards selection (focus before anchor)', () => {
    const start = MIXED.indexOf('Moskau');
    const result = select(MIXED, start + 'Moskau'.length, start);
    expect(result).toMatchObject({ ok: true, annotation: { text: 'Moskau' } });
  });

  it('fills prefix and suffix with up to 32 code points, never cutting a surrogate pair', () => {
    const text = `${'😀'.repeat(40)}Kern${'😀'.repeat(40)}`;
    const start = text.indexOf('Kern');
    const result = select(text, start, start + 4);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.annotation).toMatchObject({ start: 40, end: 44, prefix: '😀'.repeat(32), suffix: '😀'.repeat(32) });
  });

  it('stamps id, annotator, createdAt and updatedAt from the input', () => {
    const start = MIXED.indexOf('Putin');
    const result = select(MIXED, start, start + 5);
    expect(result).toMatchObject({ ok: true, annotation: { id: 'id-1', annotator: 'anna', createdAt: NOW, updatedAt: NOW } });
  });

  it.each([
    { name: 'empty', start: 3, end: 3, reason: 'empty' },
    { name: 'whitespace only (incl. line break)', text: 'a \n b', start: 1, end: 4, reason: 'whitespace' },
    { name: 'beyond the text', start: 0, end: MIXED.length + 1, reason: 'out-of-range' },
    { name: 'negative', start: -1, end: 2, reason: 'out-of-range' },
    { name: 'not an integer', start: 0.5, end: 2, reason: 'out-of-range' },
  ])('rejects $name with reason $reason', ({ text, start, end, reason }) => {
    expect(select(text ?? MIXED, start, end)).toEqual({ ok: false, reason });
  });
});
