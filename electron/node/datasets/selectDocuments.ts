import type { DocumentMeta } from '../store/documentMeta';

/**
 * The stored documents an export covers: all of them (ordered by source, then id, so the same
 * store always exports in the same order), or those named by `--document` selectors — a full
 * id `sha256:<hex>` or a unique prefix of its hex (with or without `sha256:`, at least 4 digits).
 * An unknown or ambiguous selector is a problem line, never silently skipped.
 */
export function selectDocuments(documents: readonly DocumentMeta[], selectors: readonly string[]): { selected: DocumentMeta[]; problems: string[] } {
  const ordered = [...documents].sort((a, b) => (a.source < b.source ? -1 : a.source > b.source ? 1 : a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  if (selectors.length === 0) return { selected: ordered, problems: [] };
  const chosen = new Set<string>();
  const problems: string[] = [];
  for (const selector of selectors) {
    const hex = selector.trim().toLowerCase().replace(/^sha256:/, '');
    if (!/^[0-9a-f]{4,64}$/.test(hex)) {
      problems.push(`--document ${selector}: not a document id (sha256:<hex>, or at least 4 hex digits of it)`);
      continue;
    }
    const matches = ordered.filter((d) => d.id.slice('sha256:'.length).startsWith(hex));
    if (matches.length === 0) problems.push(`--document ${selector}: no such document in the store`);
    else if (matches.length > 1) problems.push(`--document ${selector}: matches ${matches.length} documents (${matches.map((d) => d.id.slice(0, 19)).join(', ')}); give more digits`);
    else chosen.add((matches[0] as DocumentMeta).id);
  }
  return { selected: ordered.filter((d) => chosen.has(d.id)), problems };
}
