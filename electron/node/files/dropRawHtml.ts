/** Where an open comment, script or style started on an earlier line ends. */
export interface RawHtmlState {
  closing: string | null;
}

const OPENERS: { pattern: RegExp; closing: string }[] = [
  { pattern: /<!--/, closing: '-->' },
  { pattern: /<script\b/i, closing: '</script>' },
  { pattern: /<style\b/i, closing: '</style>' },
];

/** Hides code spans (`<script>` written as code is text, not markup) without moving indices. */
function maskCodeSpans(line: string): string {
  return line.replace(/(`+)[^`][\s\S]*?\1/g, (span) => 'x'.repeat(span.length));
}

function firstOpener(line: string): { index: number; length: number; closing: string } | null {
  const searchable = maskCodeSpans(line);
  let best: { index: number; length: number; closing: string } | null = null;
  for (const { pattern, closing } of OPENERS) {
    const match = pattern.exec(searchable);
    if (match && (best === null || match.index < best.index)) best = { index: match.index, length: match[0].length, closing };
  }
  return best;
}

/**
 * Removes HTML comments, `<script>` and `<style>` elements from one line of a Markdown file.
 * One that starts a line and is not closed on it runs on over the next lines (an HTML block)
 * through `state`; one left open in mid-line stays as text, so a stray `<!--` cannot swallow
 * the rest of the document. Returns null when nothing of the line is left.
 */
export function dropRawHtml(line: string, state: RawHtmlState): string | null {
  let rest = line;
  let kept = '';
  for (;;) {
    if (state.closing !== null) {
      const end = rest.toLowerCase().indexOf(state.closing);
      if (end === -1) return kept.trim().length > 0 ? kept : null;
      rest = rest.slice(end + state.closing.length);
      state.closing = null;
    }
    const opener = firstOpener(rest);
    if (opener === null) break;
    const afterOpener = rest.slice(opener.index + opener.length);
    const startsLine = `${kept}${rest.slice(0, opener.index)}`.trim().length === 0;
    if (!startsLine && !afterOpener.toLowerCase().includes(opener.closing)) break;
    kept += rest.slice(0, opener.index);
    rest = afterOpener;
    state.closing = opener.closing;
  }
  kept += rest;
  return kept === line || kept.trim().length > 0 ? kept : null;
}
