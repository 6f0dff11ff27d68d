import type { Annotation } from '@shared/annotation/annotation';

/** A stored tag on the first occurrence of `quote` in `text`, with code-point offsets as the store counts them (an emoji is one). */
export function storedTag(text: string, id: string, quote: string, label: string): Annotation {
  const start = Array.from(text.slice(0, text.indexOf(quote))).length;
  const end = start + Array.from(quote).length;
  return { id, label, start, end, text: Array.from(text).slice(start, end).join(''), annotator: 'tester' } as Annotation;
}
