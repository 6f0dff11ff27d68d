import { readFile } from 'node:fs/promises';
import type { Page } from '@playwright/test';
import { expect } from '@playwright/test';
import { documentPaths } from '../../../electron/node/store/documentPaths';
import { AnnotationSetSchema, type AnnotationSet } from '@shared/annotation/annotationSet';
import { BUILTIN_ARTICLE_TEXT } from '@shared/corpus/builtinArticle';
import { documentIdOf } from '@shared/text/documentId';

/** The built-in article's canonical text and id, as the tests compute them independently. */
export const ARTICLE = BUILTIN_ARTICLE_TEXT;
export const ARTICLE_ID = documentIdOf(BUILTIN_ARTICLE_TEXT);

/**
 * Selects `[start, end)` (UTF-16 offsets of the canonical text) in the editor through the DOM
 * selection API, as a script or assistive tool would, scrolling its start into view when it is
 * off screen; paragraph boundaries count as one '\n'.
 */
export async function selectRange(page: Page, start: number, end: number): Promise<void> {
  await page.evaluate(
    ({ start, end }) => {
      const root = document.querySelector('[data-testid="editor"]');
      if (!root) throw new Error('editor missing');
      const paragraphs = [...root.querySelectorAll('p')];
      const locate = (offset: number): [Node, number] => {
        let base = 0;
        for (const p of paragraphs) {
          const length = p.textContent?.length ?? 0;
          if (offset <= base + length) {
            let rest = offset - base;
            const walker = document.createTreeWalker(p, NodeFilter.SHOW_TEXT);
            for (let node = walker.nextNode(); node; node = walker.nextNode()) {
              const len = node.textContent?.length ?? 0;
              if (rest <= len) return [node, rest];
              rest -= len;
            }
            return [p, p.childNodes.length];
          }
          base += length + 1;
        }
        throw new Error(`offset ${offset} outside the text`);
      };
      const [startNode, startOffset] = locate(start);
      const [endNode, endOffset] = locate(end);
      const range = document.createRange();
      range.setStart(startNode, startOffset);
      range.setEnd(endNode, endOffset);
      // As a person sees what they select (label keys refuse a selection out of view), bring it on screen.
      const box = range.getBoundingClientRect();
      if (box.top < 60 || box.bottom > window.innerHeight - 60) (startNode instanceof Element ? startNode : startNode.parentElement)?.scrollIntoView({ block: 'center' });
      const selection = window.getSelection();
      selection?.removeAllRanges();
      selection?.addRange(range);
    },
    { start, end },
  );
}

/** Selects the n-th occurrence (0-based) of `quote` in the article. */
export async function selectQuote(page: Page, quote: string, occurrence = 0, text = ARTICLE): Promise<number> {
  let index = -1;
  for (let i = 0; i <= occurrence; i++) {
    index = text.indexOf(quote, index + 1);
    if (index < 0) throw new Error(`"${quote}" occurrence ${occurrence} not in text`);
  }
  await selectRange(page, index, index + quote.length);
  return index;
}

/** The editor's text, paragraph by paragraph joined with '\n'. */
export async function editorText(page: Page): Promise<string> {
  const texts = await page.getByTestId('editor').locator('p').evaluateAll((nodes) => nodes.map((n) => n.textContent ?? ''));
  return texts.join('\n');
}

/** Waits until autosave reports everything saved. */
export async function waitForSaved(page: Page): Promise<void> {
  await expect(page.getByTestId('save-status')).toHaveAttribute('data-status', 'saved', { timeout: 15_000 });
}

/** Reads my stored annotation set of a document straight from the data folder (validated). */
export async function readStoredSet(dataDir: string, documentId = ARTICLE_ID): Promise<AnnotationSet> {
  const raw = JSON.parse(await readFile(documentPaths(dataDir, documentId).annotations, 'utf8')) as unknown;
  return AnnotationSetSchema.parse(raw);
}
