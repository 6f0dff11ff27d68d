import { Parser } from 'htmlparser2';
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
 * other non-text content are dropped. Parsed by htmlparser2 (which closes implied and
 * misnested elements as HTML does); nothing is executed.
 */
export function htmlToText(html: string): HtmlText {
  const writer = new ParagraphWriter();
  let title: string | null = null;
  let titleText: string | null = null;
  let dropped = 0;
  let preDepth = 0;
  let cellsInRow = 0;

  const parser = new Parser(
    {
      onopentag(name) {
        if (dropped > 0 || DROPPED.has(name)) {
          dropped += 1;
          return;
        }
        if (name === 'title') {
          titleText = title === null ? '' : null;
          return;
        }
        if (BLOCKS.has(name)) writer.endParagraph();
        if (name === 'pre' || name === 'listing') {
          preDepth += 1;
          writer.skipNextNewline();
        }
        if (name === 'tr') cellsInRow = 0;
        if (name === 'td' || name === 'th') {
          if (cellsInRow > 0) writer.addCellSeparator();
          cellsInRow += 1;
        }
      },
      ontext(text) {
        if (dropped > 0) return;
        if (titleText !== null) titleText += text;
        else if (preDepth > 0) writer.addPreformatted(text);
        else writer.addInline(text);
      },
      onclosetag(name) {
        if (dropped > 0) {
          dropped -= 1;
          return;
        }
        if (name === 'title') {
          if (titleText !== null) title = titleText;
          titleText = null;
          return;
        }
        if (BLOCKS.has(name)) writer.endParagraph();
        if ((name === 'pre' || name === 'listing') && preDepth > 0) preDepth -= 1;
      },
    },
    { decodeEntities: true, lowerCaseTags: true },
  );
  parser.end(html);
  const cleanTitle = (title as string | null)?.replace(/[\t\n\f\r ]+/g, ' ').trim() ?? '';
  return { text: writer.finish(), title: cleanTitle.length > 0 ? cleanTitle : null };
}
