import { suggestRules } from '@shared/assist/suggestRules';
import { suggestRulesNear } from '@shared/assist/suggestRulesNear';

/**
 * The assist's worker: computes a text's rule suggestions off the window's thread, so no key
 * press waits for them; with `near` (code points), only those of the paragraphs around it, fast.
 */
self.onmessage = (event: MessageEvent<{ requestId: number; text: string; near?: { start: number; end: number } }>) => {
  const { requestId, text, near } = event.data;
  self.postMessage({ requestId, suggestions: near ? suggestRulesNear(text, near.start, near.end) : suggestRules(text) });
};
