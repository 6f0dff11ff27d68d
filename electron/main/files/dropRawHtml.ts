/** Where an open comment, script or style started on an earlier line ends. */
export interface RawHtmlState {
  closing: string | null;
}

const OPENERS: { pattern: RegExp; closing: string }[] = [
  { pattern: /<!--/, closing: '-->' },
  { pattern: /<script\b/i, closing: '</script>' },
  { pattern: /<style\b/i, closing: '</style>' },
];

function firstOpener(line: string): { index: number; length: number; closing: string } | null {
  let best: { index: number; length: number; closing: string } | null = null;
  for (const { pattern, closing } of OPENERS) {
    const match = pattern.exec(line);
    if (match && (best === null || match.index < best.index)) best = { index: match.index, length: match[0].length, closing };
  }
  return best;
}

/**
 * Removes HTML comments, `<script>` and `<style>` elements from one line of a Markdown file,
 * carrying an unclosed one over to the next lines through `state`; null when nothing of the
 * line is left.
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
    kept += rest.slice(0, opener.index);
    rest = rest.slice(opener.index + opener.length);
    state.closing = opener.closing;
  }
  kept += rest;
  return kept === line || kept.trim().length > 0 ? kept : null;
}
