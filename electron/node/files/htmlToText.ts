import { decodeHtmlEntities } from './decodeHtmlEntities';
import { tokenizeHtml } from './tokenizeHtml';
import { ParagraphWriter } from './paragraphWriter';

/** Elements whose content is never shown as page text (scripts, styles, embedded documents, vector graphics). */
const DROPPED = new Set([
  'script', 'style', 'template', 'noscript', 'svg', 'math', 'iframe', 'object', 'noembed', 'noframes',
  'textarea', 'select', 'datalist', 'canvas', 'audio', 'video',
]);

/** Elements that begin and end a paragraph (a line of the canonical text). */
const BLOCKS = new Set([
  'address', 'article', 'aside', 'blockquote', 'body', 'caption', 'center', 'dd', 'details', 'dialog', 'dir', 'div',
  'dl', 'dt', 'fieldset', 'figcaption', 'figure', 'footer', 'form', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'header',
  'hgroup', 'hr', 'html', 'legend', 'li', 'listing', 'main', 'menu', 'nav', 'ol', 'p', 'pre', 'section', 'summary',
  'table', 'tbody', 'tfoot', 'thead', 'tr', 'ul', 'br',
]);

const VOID = new Set(['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'param', 'source', 'track', 'wbr']);

/** Text and title taken from an HTML document. */
export interface HtmlText {
  text: string;
  /** The document's `<title>`, whitespace-collapsed; null when absent or blank. */
  title: string | null;
}

/**
 * The visible text of an HTML document with one paragraph per line: block elements and `<br>`
 * end a paragraph (repeated breaks collapse into one), whitespace collapses as a browser
 * renders it except inside `<pre>`, entities are decoded, and scripts, styles, comments and
 * other non-text content are dropped. Nothing is executed; the markup is only tokenized.
 */
export function htmlToText(html: string): HtmlText {
  const writer = new ParagraphWriter();
  let title: string | null = null;
  let inTitle = false;
  let skipping: { name: string; depth: number } | null = null;
  let preDepth = 0;
  let cellsInRow = 0;

  for (const token of tokenizeHtml(html)) {
    if (token.type !== 'text' && token.name === 'title') {
      inTitle = token.type === 'start' && !token.selfClosing && skipping === null && title === null;
      continue;
    }
    if (token.type === 'text' && inTitle) {
      title = decodeHtmlEntities(token.text);
      continue;
    }
    if (skipping) {
      if (token.type === 'start' && token.name === skipping.name && !token.selfClosing) skipping.depth += 1;
      if (token.type === 'end' && token.name === skipping.name) skipping.depth -= 1;
      if (skipping.depth === 0) skipping = null;
      continue;
    }
    if (token.type === 'text') {
      const decoded = decodeHtmlEntities(token.text);
      if (preDepth > 0) writer.addPreformatted(decoded);
      else writer.addInline(decoded);
      continue;
    }
    const { name } = token;
    if (token.type === 'start') {
      if (DROPPED.has(name) && !token.selfClosing) {
        skipping = { name, depth: 1 };
        continue;
      }
      if (BLOCKS.has(name)) writer.endParagraph();
      if (name === 'pre' || name === 'listing') {
        if (!token.selfClosing) preDepth += 1;
        writer.skipNextNewline();
      }
      if (name === 'tr') cellsInRow = 0;
      if (name === 'td' || name === 'th') {
        if (cellsInRow > 0) writer.addCellSeparator();
        cellsInRow += 1;
      }
      if (VOID.has(name) || token.selfClosing) continue;
    } else {
      if (BLOCKS.has(name)) writer.endParagraph();
      if ((name === 'pre' || name === 'listing') && preDepth > 0) preDepth -= 1;
    }
  }
  const cleanTitle = title?.replace(/[\t\n\f\r ]+/g, ' ').trim() ?? '';
  return { text: writer.finish(), title: cleanTitle.length > 0 ? cleanTitle : null };
}
