import { suggestRules } from '@shared/assist/suggestRules';

/** The assist's worker: computes a text's rule suggestions off the window's thread, so no key press waits for them. */
self.onmessage = (event: MessageEvent<{ requestId: number; text: string }>) => {
  const { requestId, text } = event.data;
  self.postMessage({ requestId, suggestions: suggestRules(text) });
};
