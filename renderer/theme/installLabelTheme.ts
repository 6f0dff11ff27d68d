import type { Label } from '@shared/annotation/labelSet';
import { labelThemeCss } from './labelThemeCss';

/**
 * Adopts the label set's stylesheet into the document (a constructed sheet, which the CSP's
 * `style-src 'self'` allows where a `<style>` element would be refused); returns its removal.
 */
export function installLabelTheme(document: Document, labels: readonly Label[]): () => void {
  const sheet = new CSSStyleSheet();
  sheet.replaceSync(labelThemeCss(labels));
  document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
  return () => {
    document.adoptedStyleSheets = document.adoptedStyleSheets.filter((s) => s !== sheet);
  };
}
