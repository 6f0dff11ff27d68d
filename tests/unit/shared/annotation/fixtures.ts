import { readFileSync } from 'node:fs';
import type { Annotation } from '@shared/annotation/annotation';
import { annotationFromSelection } from '@shared/annotation/annotationFromSelection';
import { createOffsetConverter } from '@shared/text/offsetConverter';

/** The built-in article, read from the repo copy with node fs (tests only). */
export const ARTICLE = readFileSync(new URL('../../../../shared/corpus/000_2010653594c6cf10.txt', import.meta.url), 'utf8');

/**
 * A small text where code points differ from UTF-16 (an emoji with skin tone before every span)
 * and one umlaut is decomposed (NFD "u\u0308" in "Mu\u0308ller").
 */
export const MIXED = '👍🏽 Putin traf Mu\u0308ller am 3. März 😀 in Moskau.';

export const NOW = '2025-01-01T00:00:00.000Z';
export const LATER = '2025-01-02T00:00:00.000Z';

/** An annotation over the first occurrence of `quote` in `text` (UTF-16 search), built by the real op. */
export function annotate(text: string, quote: string, label: string, id: string): Annotation {
  const start = text.indexOf(quote);
  if (start === -1) throw new Error(`fixture quote not found: ${quote}`);
  const result = annotationFromSelection({
    text,
    converter: createOffsetConverter(text),
    start,
    end: start + quote.length,
    label,
    annotator: 'tester',
    id,
    now: NOW,
    snapToWords: false,
  });
  if (!result.ok) throw new Error(`fixture selection rejected: ${result.reason}`);
  return result.annotation;
}

/** Deep-freezes a list so a mutating op throws in strict mode. */
export function frozen(list: readonly Annotation[]): readonly Annotation[] {
  return Object.freeze(list.map((a) => Object.freeze({ ...a })));
}
