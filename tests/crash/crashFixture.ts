import type { Annotation } from '@shared/annotation/annotation';
import { BUILTIN_ARTICLE_TEXT } from '@shared/corpus/builtinArticle';

/** The crash test's document: the built-in article 20 times plus an astral line (~55 kB), canonical as every stored text (a combining mark NFC keeps). */
export const CRASH_TEXT = `${Array.from({ length: 20 }, () => BUILTIN_ARTICLE_TEXT).join('\n\n')}\n\nGut gemacht 👍🏽 – Mu\u0308ller (NFD) und Q\u0308 am 3. Mai.`.normalize('NFC');

const LABELS = ['claim', 'quote', 'date', 'actor'] as const;

/**
 * A deterministic annotation set over CRASH_TEXT of about `targetBytes` when saved (every word
 * of four or more letters, cycled with different labels until big enough), with quote and
 * 32-code-point context, so saves are as heavy as a long real session's.
 */
export function crashAnnotations(targetBytes = 2_000_000): Annotation[] {
  const cps = [...CRASH_TEXT];
  const words: Array<[number, number]> = [];
  let start = -1;
  cps.forEach((ch, i) => {
    const letter = /\p{L}/u.test(ch);
    if (letter && start < 0) start = i;
    if (!letter && start >= 0) {
      if (i - start >= 4) words.push([start, i]);
      start = -1;
    }
  });
  const annotations: Annotation[] = [];
  let bytes = 0;
  for (let round = 0; bytes < targetBytes; round++) {
    for (const [s, e] of words) {
      const a: Annotation = {
        id: `c${annotations.length}`,
        label: LABELS[(annotations.length + round) % LABELS.length]!,
        start: s,
        end: e,
        text: cps.slice(s, e).join(''),
        prefix: cps.slice(Math.max(0, s - 32), s).join(''),
        suffix: cps.slice(e, e + 32).join(''),
        annotator: 'crash',
        createdAt: '2026-11-20T10:00:00.000Z',
      };
      annotations.push(a);
      bytes += JSON.stringify(a, null, 2).length + 6;
      if (bytes >= targetBytes) break;
    }
  }
  return annotations;
}
