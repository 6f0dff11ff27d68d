/**
 * A readable document title from its text: the first non-empty line, cut at a word boundary
 * near `max` characters with an ellipsis, so long lead sentences still fit a header.
 */
export function titleFromText(text: string, max = 80): string {
  const line = text.split('\n').find((l) => l.trim().length > 0)?.trim() ?? '';
  const chars = Array.from(line);
  if (chars.length <= max) return line;
  const head = chars.slice(0, max).join('');
  const cut = head.lastIndexOf(' ');
  return `${(cut > max / 2 ? head.slice(0, cut) : head).replace(/[\s,;:.–-]+$/u, '')}…`;
}
