import { isWordChar } from './wordChars';

/** Finds whole-word occurrences of many strings in one text without scanning the text once per string. */
export interface WordPositions {
  /** UTF-16 ranges where `needle` occurs, starting and ending on word boundaries (case-sensitive). */
  find(needle: string): { start: number; end: number }[];
}

/** A word index built a part of the text at a time, so building it for 1M characters never makes one long task. */
export interface WordPositionsBuilder {
  /** Indexes the tokens that start in the next `chars` UTF-16 units; returns the index once the whole text is in, else null. */
  advance(chars: number): WordPositions | null;
}

const TOKEN = /[\p{L}\p{M}\p{N}_]+|[^\s\p{L}\p{M}\p{N}_]/gu;

/**
 * Starts indexing where every token of `text` starts (a run of word characters, or one other
 * visible character such as „); a string is then found from the places its rarest token occurs,
 * so learning ten thousand strings in a 1M-character text costs lookups, not ten thousand scans.
 */
export function buildWordPositions(text: string): WordPositionsBuilder {
  const starts = new Map<string, number[]>();
  const token = new RegExp(TOKEN.source, 'gu');
  let done: WordPositions | null = null;
  const index: WordPositions = {
    find(needle) {
      const tokens = [...needle.matchAll(new RegExp(TOKEN.source, 'gu'))];
      if (tokens[0]?.index !== 0) return [];
      // Looked up where the needle's rarest token stands: "die Regierung" costs the "Regierung"s, not 20,000 "die"s of a 1M text.
      let anchor = tokens[0];
      let list = starts.get(anchor[0]) ?? [];
      for (const token of tokens) {
        const at = starts.get(token[0]) ?? [];
        if (at.length < list.length) [anchor, list] = [token, at];
      }
      const offset = anchor.index;
      const out: { start: number; end: number }[] = [];
      for (const found of list) {
        const at = found - offset;
        const end = at + needle.length;
        if (at >= 0 && text.startsWith(needle, at) && !(isWordChar(text, at - 1) && isWordChar(text, at)) && !(isWordChar(text, end - 1) && isWordChar(text, end))) out.push({ start: at, end });
      }
      return out;
    },
  };
  return {
    advance(chars) {
      if (done) return done;
      // Tokens are matched whole from where the last part stopped, so one never straddles two parts.
      const until = token.lastIndex + Math.max(1, chars);
      for (let m = token.exec(text); m; m = token.exec(text)) {
        const list = starts.get(m[0]);
        if (list) list.push(m.index);
        else starts.set(m[0], [m.index]);
        if (token.lastIndex >= until) return null;
      }
      done = index;
      return done;
    },
  };
}

/** The word index of the whole of `text`, built at once (for texts short enough, and tests). */
export function createWordPositions(text: string): WordPositions {
  return buildWordPositions(text).advance(Number.MAX_SAFE_INTEGER) as WordPositions;
}
