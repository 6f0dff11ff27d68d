/** Fewest characters (code points) a run without spaces needs to count as an id or hash rather than a word. */
export const LONG_TOKEN = 25;

/** A piece of a sentence: prose, or one long unbroken token such as a document id. */
export interface TextPiece {
  readonly text: string;
  readonly long: boolean;
}

// Runs of anything but spaces, brackets, quotes and separating punctuation (a trailing ".", ":" is stripped below).
const RUN = /[^\s()[\]{}„“”"'«»‹›,;]+/gu;

/**
 * Splits `text` into prose and long unbroken tokens (ids, hashes, paths of LONG_TOKEN code points
 * or more, without a sentence's trailing "." or ":"), so a view can keep each such token on one
 * line instead of letting it wrap mid-string. Joining the pieces gives `text` back.
 */
export function splitLongTokens(text: string): TextPiece[] {
  const pieces: TextPiece[] = [];
  let at = 0;
  for (const match of text.matchAll(RUN)) {
    const token = match[0].replace(/[.:]+$/u, '');
    if (Array.from(token).length < LONG_TOKEN) continue;
    if (match.index > at) pieces.push({ text: text.slice(at, match.index), long: false });
    pieces.push({ text: token, long: true });
    at = match.index + token.length;
  }
  if (at < text.length) pieces.push({ text: text.slice(at), long: false });
  return pieces;
}
