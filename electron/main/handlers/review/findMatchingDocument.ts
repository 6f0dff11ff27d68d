import type { DocumentMeta } from '../../../node/store/documentMeta';

/** A stored document that a colleague's document of another text is taken to be a version of. */
export interface DocumentMatch {
  readonly meta: DocumentMeta;
  readonly matchedBy: 'title' | 'source';
}

/** A source's file name without `builtin:` or any folder, so `builtin:a.txt` and `a.txt` name the same file. */
export function sourceFileName(source: string): string {
  const name = source.replace(/^builtin:/, '');
  return name.slice(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1).normalize('NFC');
}

function sameTitle(x: string, y: string): boolean {
  const a = x.trim().normalize('NFC');
  return a !== '' && a === y.trim().normalize('NFC');
}

/**
 * The stored document a colleague's document (whose text is not stored) is most likely a
 * version of: one with the same title or the same source file name (`builtin:` ignored).
 * Preference: both match, then title, then source; among equals the most recently updated.
 * Undefined when none matches, so the caller never re-anchors onto an unrelated text.
 */
export function findMatchingDocument(stored: readonly DocumentMeta[], theirs: { title: string; source: string }): DocumentMatch | undefined {
  const theirSource = sourceFileName(theirs.source);
  const ranked = stored
    .map((meta) => {
      const title = sameTitle(meta.title, theirs.title);
      const source = theirSource !== '' && sourceFileName(meta.source) === theirSource;
      return { meta, title, source, rank: (title ? 2 : 0) + (source ? 1 : 0) };
    })
    .filter((m) => m.rank > 0)
    .sort((x, y) => y.rank - x.rank || (x.meta.updatedAt < y.meta.updatedAt ? 1 : x.meta.updatedAt > y.meta.updatedAt ? -1 : 0));
  const best = ranked[0];
  return best === undefined ? undefined : { meta: best.meta, matchedBy: best.title ? 'title' : 'source' };
}
