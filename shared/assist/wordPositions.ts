import { isWordChar } from './wordChars';

/** Finds whole-word occurrences of many strings in one text without scanning the text once per string. */
export interface WordPositions {
  /** UTF-16 ranges where `needle` occurs, starting and ending on word boundaries (case-sensitive). */
  find(needle: string): { start: number; end: number }[];
}

const TOKEN = /[\p{L}\p{M}\p{N}_]+|[^\s\p{L}\p{M}\p{N}_]/gu;

/**
 * Indexes where every token of `text` starts (a run of word characters, or one other visible
 * character such as „), once; a string is then found from the places its first token occurs,
 * so learning ten thousand strings in a 1M-character text costs lookups, not ten thousand scans.
 */
export function createWordPositions(text: string): WordPositions {
  const starts = new Map<string, number[]>();
  for (const m of text.matchAll(TOKEN)) {
    const list = starts.get(m[0]);
    if (list) list.push(m.index);
    else starts.set(m[0], [m.index]);
  }
  return {
    find(needle) {
      const first = new RegExp(TOKEN.source, 'u').exec(needle);
      if (!first || first.index !== 0) return [];
      const out: { start: number; end: number }[] = [];
      for (const at of starts.get(first[0]) ?? []) {
        const end = at + needle.length;
        if (text.startsWith(needle, at) && !(isWordChar(text, end - 1) && isWordChar(text, end))) out.push({ start: at, end });
      }
      return out;
    },
  };
}
