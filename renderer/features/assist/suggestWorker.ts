import { suggestRules } from '@shared/assist/suggestRules';
import { suggestRulesNear } from '@shared/assist/suggestRulesNear';
import type { Suggestions } from '@shared/assist/suggestion';

/** A short news text that runs every rule once (dates, quotes in several marks, actors and their sources). */
const WARM_UP_TEXT =
  'Am Dienstag sagte Ministerin Anna Krüger: „Wir bleiben dabei.“ »Das reicht nicht«, erklärte der Sprecher des Bundesinnenministeriums ' +
  'seit dem 3. März 2019. Laut dpa will der Präsident bis Mitte 2027 entscheiden, so Olaf Scholz. "Gut", teilte die Stadtwerke Würzburg GmbH mit.';

/** Suggestions per message: the window reads each answer in one task, so a 1M text's 600,000 come in a few milliseconds' parts. */
const SLICE = 5000;

/**
 * The assist's worker: computes a text's rule suggestions off the window's thread, so no key
 * press waits for them; with `near` (code points), only those of the paragraphs around it, fast.
 * It answers in slices of `SLICE` suggestions in text order, the relations with the last (`done`).
 */
self.onmessage = (event: MessageEvent<{ requestId: number; text: string; near?: { start: number; end: number } } | { warm: true }>) => {
  if ('warm' in event.data) {
    // The rules' first run compiles their patterns and sets up the date parser (hundreds of ms): done before S, not after.
    suggestRules(WARM_UP_TEXT);
    return;
  }
  const { requestId, text, near } = event.data;
  const { annotations, relations }: Suggestions = near ? suggestRulesNear(text, near.start, near.end) : suggestRules(text);
  for (let at = SLICE; at < annotations.length; at += SLICE) {
    self.postMessage({ requestId, annotations: annotations.slice(at - SLICE, at), relations: [], done: false });
  }
  self.postMessage({ requestId, annotations: annotations.slice(Math.floor(Math.max(0, annotations.length - 1) / SLICE) * SLICE), relations, done: true });
};
