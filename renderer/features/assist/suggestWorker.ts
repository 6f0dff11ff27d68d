import { suggestAll, type SuggestInput } from '@shared/assist/suggestAll';

/** The assist's worker: computes suggestions off the window's thread, so no key press waits for them. */
self.onmessage = (event: MessageEvent<SuggestInput & { requestId: number }>) => {
  const { requestId, ...input } = event.data;
  self.postMessage({ requestId, suggestions: suggestAll(input) });
};
