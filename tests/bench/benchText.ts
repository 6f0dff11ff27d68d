import type { Annotation } from '../../shared/annotation/annotation';
import { BUILTIN_ARTICLE_TEXT } from '../../shared/corpus/builtinArticle';
import { createOffsetConverter } from '../../shared/text/offsetConverter';

/**
 * A long German text for benchmarks: the built-in article repeated (with an emoji and an NFD-free
 * umlaut line between copies, so code points and UTF-16 differ) up to `chars` UTF-16 units.
 */
export function longText(chars: number): string {
  const unit = `${BUILTIN_ARTICLE_TEXT}\nEilmeldung 📰: Müller sagt „nein“.\n`;
  return unit.repeat(Math.ceil(chars / unit.length)).slice(0, chars);
}

/** `count` deterministic annotations over `text` (word-ish spans every few hundred characters, some nested). */
export function manyAnnotations(text: string, count: number): Annotation[] {
  const converter = createOffsetConverter(text);
  const labels = ['claim', 'quote', 'date', 'actor'];
  const step = Math.floor(text.length / count);
  const out: Annotation[] = [];
  for (let i = 0; i < count; i++) {
    let start = i * step;
    if (text.charCodeAt(start) >= 0xdc00 && text.charCodeAt(start) <= 0xdfff) start++;
    let end = Math.min(text.length, start + 12 + (i % 5) * 7);
    if (text.charCodeAt(end) >= 0xdc00 && text.charCodeAt(end) <= 0xdfff) end++;
    const cpStart = converter.utf16ToCodePoint(start);
    const cpEnd = converter.utf16ToCodePoint(end);
    if (cpEnd <= cpStart) continue;
    out.push({ id: `a${i}`, label: labels[i % 4] as string, start: cpStart, end: cpEnd, text: text.slice(start, end), annotator: 'bench' });
  }
  return out;
}
