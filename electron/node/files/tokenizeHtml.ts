/** One lexical piece of an HTML document; comments, doctypes and processing instructions are dropped. */
export type HtmlToken =
  | { type: 'text'; text: string }
  | { type: 'start'; name: string; selfClosing: boolean }
  | { type: 'end'; name: string };

/** Elements whose content is raw text up to their end tag (never parsed as markup). */
const RAW_TEXT_ELEMENTS = new Set(['script', 'style', 'xmp', 'iframe', 'noembed', 'noframes', 'noscript', 'title', 'textarea']);

const WHITESPACE = /[\t\n\f\r ]/;

function isAsciiLetter(char: string | undefined): boolean {
  return char !== undefined && /[A-Za-z]/.test(char);
}

/** Index just past the `>` that closes a start tag's attributes, honouring quoted values; -1 at end of input. */
function endOfAttributes(html: string, from: number): { end: number; selfClosing: boolean } {
  let index = from;
  let afterEquals = false;
  while (index < html.length) {
    const char = html[index]!;
    if (char === '>') return { end: index + 1, selfClosing: html[index - 1] === '/' };
    if (afterEquals && (char === '"' || char === "'")) {
      const close = html.indexOf(char, index + 1);
      if (close === -1) return { end: -1, selfClosing: false };
      index = close + 1;
      afterEquals = false;
      continue;
    }
    if (char === '=') afterEquals = true;
    else if (!WHITESPACE.test(char)) afterEquals = false;
    index += 1;
  }
  return { end: -1, selfClosing: false };
}

function readTagName(html: string, from: number): string {
  let index = from;
  while (index < html.length && !WHITESPACE.test(html[index]!) && html[index] !== '/' && html[index] !== '>') index += 1;
  return html.slice(from, index).toLowerCase();
}

/** Finds `</name` followed by whitespace, `/` or `>` (case-insensitive) from `from`; -1 if none. */
function findEndTag(html: string, lowerHtml: string, name: string, from: number): number {
  let index = lowerHtml.indexOf(`</${name}`, from);
  while (index !== -1) {
    const after = html[index + name.length + 2];
    if (after === undefined || after === '>' || after === '/' || WHITESPACE.test(after)) return index;
    index = lowerHtml.indexOf(`</${name}`, index + 1);
  }
  return -1;
}

/**
 * Splits HTML into text, start-tag and end-tag tokens without building a tree or running
 * anything: a small, forgiving tokenizer after the HTML standard's main rules (quoted attribute
 * values, comments, raw-text elements such as script and style, an unclosed tag at the end
 * dropped), enough to take the visible text out of saved web pages.
 */
export function* tokenizeHtml(html: string): Generator<HtmlToken> {
  const lowerHtml = html.toLowerCase();
  let index = 0;
  let textStart = 0;
  const flushText = function* (until: number): Generator<HtmlToken> {
    if (until > textStart) yield { type: 'text', text: html.slice(textStart, until) };
  };
  while (index < html.length) {
    const lt = html.indexOf('<', index);
    if (lt === -1) break;
    const next = html[lt + 1];
    if (html.startsWith('<!--', lt)) {
      yield* flushText(lt);
      const close = html.indexOf('-->', lt + 4);
      index = textStart = close === -1 ? html.length : close + 3;
    } else if (next === '!' || next === '?' || (next === '/' && !isAsciiLetter(html[lt + 2]))) {
      yield* flushText(lt);
      const close = html.indexOf('>', lt + 2);
      index = textStart = close === -1 ? html.length : close + 1;
    } else if (next === '/') {
      yield* flushText(lt);
      const name = readTagName(html, lt + 2);
      const close = html.indexOf('>', lt + 2);
      if (close !== -1) yield { type: 'end', name };
      index = textStart = close === -1 ? html.length : close + 1;
    } else if (isAsciiLetter(next)) {
      yield* flushText(lt);
      const name = readTagName(html, lt + 1);
      const { end, selfClosing } = endOfAttributes(html, lt + 1 + name.length);
      if (end === -1) {
        index = textStart = html.length;
        break;
      }
      yield { type: 'start', name, selfClosing };
      index = textStart = end;
      if (RAW_TEXT_ELEMENTS.has(name) && !selfClosing) {
        const close = findEndTag(html, lowerHtml, name, index);
        const contentEnd = close === -1 ? html.length : close;
        if (contentEnd > index) yield { type: 'text', text: html.slice(index, contentEnd) };
        yield { type: 'end', name };
        const closeEnd = close === -1 ? -1 : html.indexOf('>', close);
        index = textStart = closeEnd === -1 ? html.length : closeEnd + 1;
      }
    } else {
      index = lt + 1;
    }
  }
  yield* flushText(html.length);
}
