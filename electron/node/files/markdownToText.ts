import { dropRawHtml, type RawHtmlState } from './dropRawHtml';
import { markdownInlineToText } from './markdownInlineToText';

const FENCE = /^ {0,3}(`{3,}|~{3,})/;
const ATX_HEADING = /^ {0,3}#{1,6}(?:[ \t]+(.*?))?(?:[ \t]+#+)?[ \t]*$/;
const SETEXT_UNDERLINE = /^ {0,3}(?:=+|-+)[ \t]*$/;
const THEMATIC_BREAK = /^ {0,3}([-*_])(?:[ \t]*\1){2,}[ \t]*$/;
const REFERENCE_DEFINITION = /^ {0,3}\[[^\]]+\]:[ \t]*\S+.*$/;
const BLOCKQUOTE = /^ {0,3}>[ \t]?/;
const BULLET_ITEM = /^[ \t]*[-+*][ \t]+(.*)$/;
const ORDERED_ITEM = /^[ \t]*(\d{1,9}[.)])[ \t]+(.*)$/;
const TABLE_DELIMITER = /^ {0,3}\|?[ \t]*:?-+:?[ \t]*(?:\|[ \t]*:?-+:?[ \t]*)*\|?[ \t]*$/;
const HARD_BREAK = /(?: {2,}|\\)$/;

function tableRow(line: string): string {
  const cells = line.trim().replace(/^\|/, '').replace(/(?<!\\)\|$/, '').split(/(?<!\\)\|/);
  return cells.map((cell) => markdownInlineToText(cell.trim())).join('\t');
}

/**
 * The text of a Markdown document with one paragraph per line: soft-wrapped lines of a
 * paragraph are joined with a space, headings, list items and table rows are paragraphs of
 * their own (bullets and `#` go, list numbers stay as text), fenced code keeps its lines,
 * inline syntax is removed (see markdownInlineToText), front matter, reference definitions,
 * HTML comments, scripts and styles are dropped, and blank lines collapse to one break.
 */
export function markdownToText(markdown: string): string {
  const output: string[] = [];
  let paragraph: string[] = [];
  let fence: { marker: string; length: number } | null = null;
  let inTable = false;
  const rawHtml: RawHtmlState = { closing: null };

  const push = (line: string): void => {
    for (const part of line.split('\n')) if (part.trim().length > 0) output.push(part.trim());
  };
  const flush = (): void => {
    if (paragraph.length === 0) return;
    const joined = paragraph
      .map((line, index) => {
        const last = index === paragraph.length - 1;
        const trimmed = line.trim();
        if (last || !HARD_BREAK.test(line)) return `${trimmed}${last ? '' : ' '}`;
        return `${trimmed.replace(/\\$/, '')}\n`;
      })
      .join('');
    push(markdownInlineToText(joined));
    paragraph = [];
  };

  const lines = markdown.split('\n');
  let start = 0;
  if (lines[0] === '---') {
    const end = lines.findIndex((line, index) => index > 0 && (line === '---' || line === '...'));
    if (end > 0) start = end + 1;
  }

  for (const rawLine of lines.slice(start)) {
    if (fence) {
      const closing = FENCE.exec(rawLine);
      if (closing && closing[1]![0] === fence.marker && closing[1]!.length >= fence.length && rawLine.trim() === closing[1]) {
        fence = null;
      } else if (rawLine.trim().length > 0) {
        output.push(rawLine.trimEnd());
      }
      continue;
    }
    const opening = FENCE.exec(rawLine);
    if (opening && !(opening[1]![0] === '`' && rawLine.slice(opening[0].length).includes('`'))) {
      flush();
      fence = { marker: opening[1]![0]!, length: opening[1]!.length };
      continue;
    }
    const withoutHtml = dropRawHtml(rawLine, rawHtml);
    if (withoutHtml === null) {
      flush(); // a comment, script or style block interrupts a paragraph, as in CommonMark
      continue;
    }
    let line = withoutHtml;
    while (BLOCKQUOTE.test(line)) line = line.replace(BLOCKQUOTE, '');

    if (line.trim().length === 0) {
      flush();
      inTable = false;
      continue;
    }
    if (inTable && line.includes('|')) {
      push(tableRow(line));
      continue;
    }
    inTable = false;
    if (paragraph.length === 1 && paragraph[0]!.includes('|') && TABLE_DELIMITER.test(line) && line.includes('-')) {
      push(tableRow(paragraph[0]!));
      paragraph = [];
      inTable = true;
      continue;
    }
    if (paragraph.length > 0 && SETEXT_UNDERLINE.test(line)) {
      flush();
      continue;
    }
    if (THEMATIC_BREAK.test(line)) {
      flush();
      continue;
    }
    const heading = ATX_HEADING.exec(line);
    if (heading) {
      flush();
      push(markdownInlineToText(heading[1] ?? ''));
      continue;
    }
    if (paragraph.length === 0 && REFERENCE_DEFINITION.test(line)) continue;
    const bullet = BULLET_ITEM.exec(line);
    const ordered = bullet ? null : ORDERED_ITEM.exec(line);
    if (bullet || ordered) {
      flush();
      paragraph.push(bullet ? bullet[1]! : `${ordered![1]} ${ordered![2]}`);
      continue;
    }
    paragraph.push(line);
  }
  flush();
  return output.join('\n');
}
