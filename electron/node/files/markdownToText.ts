import type { Nodes, Parents, PhrasingContent } from 'mdast';
import { frontmatterFromMarkdown } from 'mdast-util-frontmatter';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { gfmFromMarkdown } from 'mdast-util-gfm';
import { frontmatter } from 'micromark-extension-frontmatter';
import { gfm } from 'micromark-extension-gfm';
import { htmlToText } from './htmlToText';
import { ParagraphWriter } from './paragraphWriter';

/** Inline HTML elements whose content is never text (their tags come as separate inline `html` nodes). */
const DROPPED_INLINE = /^<(script|style|template|noscript|textarea)\b[^>]*>$/i;
/** The marker of an ordered list item as written ("1." or "2)"), read from the source. */
const ORDERED_MARKER = /^[ \t]*(\d{1,9}[.)])/;

/**
 * The text of a Markdown document with one paragraph per line, parsed as CommonMark + GFM
 * (micromark, mdast): paragraphs, headings, list items and table rows (cells tab-separated) are
 * lines of their own, soft breaks become spaces and hard breaks or `<br>` line breaks, bullets
 * and `#` go while list numbers stay as text, code keeps its lines and spaces, links keep their
 * text, images, front matter, definitions, comments, scripts and styles are dropped, and raw
 * HTML blocks are read as HTML.
 */
export function markdownToText(markdown: string): string {
  const tree = fromMarkdown(markdown, {
    extensions: [gfm(), frontmatter(['yaml', 'toml'])],
    mdastExtensions: [gfmFromMarkdown(), frontmatterFromMarkdown(['yaml', 'toml'])],
  });
  const out = new ParagraphWriter();
  block(tree, markdown, out);
  return out.finish();
}

function block(node: Nodes, source: string, out: ParagraphWriter): void {
  switch (node.type) {
    case 'paragraph':
    case 'heading':
      inline(node.children, out);
      out.endParagraph();
      return;
    case 'code':
      out.endParagraph();
      out.addPreformatted(node.value);
      out.endParagraph();
      return;
    case 'html':
      out.endParagraph();
      for (const line of htmlToText(node.value).text.split('\n')) {
        out.addInline(line);
        out.endParagraph();
      }
      return;
    case 'table':
      for (const row of node.children) {
        for (const cell of row.children) {
          inline(cell.children, out);
          out.addCellSeparator();
        }
        out.endParagraph();
      }
      return;
    case 'listItem': {
      const marker = ORDERED_MARKER.exec(source.slice(node.position?.start.offset ?? 0));
      const [first, ...rest] = node.children;
      if (first?.type === 'paragraph') {
        if (marker) out.addInline(`${marker[1]} `);
        inline(first.children, out);
        out.endParagraph();
      } else if (first) block(first, source, out);
      for (const child of rest) block(child, source, out);
      return;
    }
    case 'root':
    case 'blockquote':
    case 'list':
    case 'footnoteDefinition':
      for (const child of node.children) block(child, source, out);
      return;
    default:
      // Thematic breaks, definitions and front matter carry no text of the article.
      out.endParagraph();
  }
}

function inline(nodes: readonly PhrasingContent[], out: ParagraphWriter): void {
  let dropUntil: RegExp | null = null;
  for (const node of nodes) {
    if (dropUntil) {
      if (node.type === 'html' && dropUntil.test(node.value)) dropUntil = null;
      continue;
    }
    switch (node.type) {
      case 'text':
        out.addInline(node.value);
        break;
      case 'inlineCode':
        out.addPreformatted(node.value);
        break;
      case 'break':
        out.endParagraph();
        break;
      case 'html': {
        const opening = DROPPED_INLINE.exec(node.value);
        if (opening) dropUntil = new RegExp(`^</${opening[1]}\\s*>$`, 'i');
        else if (/^<br\b/i.test(node.value)) out.endParagraph();
        else if (!/^</.test(node.value)) out.addInline(node.value);
        break;
      }
      case 'image':
      case 'imageReference':
      case 'footnoteReference':
        break;
      default:
        if ('children' in node) inline((node as Parents & { children: PhrasingContent[] }).children, out);
    }
  }
}
