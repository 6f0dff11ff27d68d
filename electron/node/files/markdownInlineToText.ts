import { decodeHTML } from 'entities';

/** Escaped punctuation is parked in Supplementary Private Use Area-A while markup is removed, then restored. */
const PARK_BASE = 0xf0000;
const ESCAPABLE = /\\([!"#$%&'()*+,\-./:;<=>?@[\\\]^_`{|}~])/g;
const PARKED = /[\u{F0000}-\u{F007F}]/gu;

function park(text: string): string {
  return text.replace(ESCAPABLE, (_, char: string) => String.fromCodePoint(PARK_BASE + char.charCodeAt(0)));
}

function unpark(text: string, keepBackslash: boolean): string {
  return text.replace(PARKED, (char) => `${keepBackslash ? '\\' : ''}${String.fromCharCode(char.codePointAt(0)! - PARK_BASE)}`);
}

const NOT_WORD_BEFORE = '(?<![\\p{L}\\p{N}_])';
const NOT_WORD_AFTER = '(?![\\p{L}\\p{N}_])';

const STAR_EMPHASIS = /(\*{1,3})(?=[^\s*])([^*\n]*?[^\s*])\1(?!\*)/g;
const UNDERSCORE_EMPHASIS = new RegExp(`${NOT_WORD_BEFORE}(_{1,3})(?=[^\\s_])([^_\\n]*?[^\\s_])\\1${NOT_WORD_AFTER}`, 'gu');
const STRIKE = /~~(?=\S)([^~\n]*?\S)~~/g;

/** Emphasis and strike-through: the markers go, the words stay; `_` only at word edges, so snake_case stays. */
function stripEmphasis(text: string): string {
  let current = text;
  for (let pass = 0; pass < 3; pass += 1) {
    const next = current.replace(STAR_EMPHASIS, '$2').replace(UNDERSCORE_EMPHASIS, '$2').replace(STRIKE, '$1');
    if (next === current) break;
    current = next;
  }
  return current;
}

/** Removes inline markup from a run of text that holds no code span. */
function stripMarkup(text: string): string {
  return stripEmphasis(
    text
      // Images are dropped; links keep their text (inline, reference and autolinks).
      .replace(/!\[[^\]]*\]\((?:[^()]|\([^()]*\))*\)/g, '')
      .replace(/!\[[^\]]*\]\[[^\]]*\]/g, '')
      .replace(/\[([^\]]*)\]\((?:[^()]|\([^()]*\))*\)/g, '$1')
      .replace(/\[([^\]]+)\]\[[^\]]*\]/g, '$1')
      .replace(/<((?:https?|mailto|ftp):[^<>\s]+|[^<>\s@]+@[^<>\s@]+\.[^<>\s@]+)>/gi, '$1')
      // Inline HTML: <br> breaks the line, other tags go, their text stays.
      .replace(/<br\s*\/?>/gi, '\n')
      .replace(/<\/?[A-Za-z][A-Za-z0-9-]*(?:\s(?:[^<>"']|"[^"]*"|'[^']*')*)?\/?>/g, '')
  );
}

/** Splits at code spans (`` `x` ``, ``` ``x`` ```): their content is kept literally, the backticks go. */
function splitCodeSpans(text: string): { code: boolean; text: string }[] {
  const parts: { code: boolean; text: string }[] = [];
  const span = /(`+)([\s\S]*?[^`])\1(?!`)/g;
  let last = 0;
  for (let match = span.exec(text); match !== null; match = span.exec(text)) {
    parts.push({ code: false, text: text.slice(last, match.index) });
    const content = match[2]!;
    const trimmed = /^ [\s\S]* $/.test(content) && content.trim().length > 0 ? content.slice(1, -1) : content;
    parts.push({ code: true, text: trimmed });
    last = match.index + match[0].length;
  }
  parts.push({ code: false, text: text.slice(last) });
  return parts;
}

/**
 * Plain text of a Markdown paragraph's inline content: emphasis, strike-through, link and
 * code-span syntax removed (link text and code kept, images dropped), inline HTML tags
 * removed with `<br>` as a line break, runs of spaces collapsed as rendering does, backslash
 * escapes and entities resolved.
 */
export function markdownInlineToText(text: string): string {
  return splitCodeSpans(park(text))
    .map((part) =>
      part.code ? unpark(part.text, true) : unpark(decodeHTML(stripMarkup(part.text).replace(/[ \t]+/g, ' ')), false),
    )
    .join('');
}
