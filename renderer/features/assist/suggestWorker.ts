import { suggestRules } from '@shared/assist/suggestRules';
import { suggestRulesNear } from '@shared/assist/suggestRulesNear';
import type { Suggestions } from '@shared/assist/suggestion';

/** A short news text that runs every rule once (dates, quotes in several marks, actors and their sources). */
const WARM_UP_TEXT =
  'Am Dienstag sagte Ministerin Anna Krüger: „Wir bleiben dabei.“ »Das reicht nicht«, erklärte der Sprecher des Bundesinnenministeriums ' +
  'seit dem 3. März 2019. Laut dpa will der Präsident bis Mitte 2027 entscheiden, so Olaf Scholz. "Gut", teilte die Stadtwerke Würzburg GmbH mit.';

/** Suggestions per message: the window reads each answer in one task, so a 1M text's 600,000 come in a few milliseconds' parts. */
const SLICE = 5000;

/** The texts the window handed over, by document id (the window tells which to forget, so it knows which are here). */
const texts = new Map<string, string>();

/** What the window sends: a warm-up, a text to keep, a text to forget, or a request for a kept (or sent) text's suggestions. */
type Message =
  | { warm: true }
  | { hold: { documentId: string; text: string } }
  | { forget: string }
  | { requestId: number; documentId: string; text?: string; near?: { start: number; end: number } };

/**
 * The assist's worker: computes a text's rule suggestions off the window's thread, so no key
 * press waits for them; with `near` (code points), only those of the paragraphs around it, fast.
 * The text is handed over once per document before it is asked for (a request names it by id),
 * so a request is a short message. It answers in slices of `SLICE` suggestions in text order,
 * the relations with the last (`done`).
 */
self.onmessage = (event: MessageEvent<Message>) => {
  const message = event.data;
  if ('warm' in message) {
    // The rules' first run compiles their patterns and sets up the date parser (hundreds of ms): done before S, not after.
    suggestRules(WARM_UP_TEXT);
    return;
  }
  if ('hold' in message) return void texts.set(message.hold.documentId, message.hold.text);
  if ('forget' in message) return void texts.delete(message.forget);
  const { requestId, documentId, near } = message;
  const text = message.text ?? texts.get(documentId) ?? '';
  const { annotations, relations }: Suggestions = near ? suggestRulesNear(text, near.start, near.end) : suggestRules(text);
  for (let at = SLICE; at < annotations.length; at += SLICE) {
    self.postMessage({ requestId, annotations: annotations.slice(at - SLICE, at), relations: [], done: false });
  }
  self.postMessage({ requestId, annotations: annotations.slice(Math.floor(Math.max(0, annotations.length - 1) / SLICE) * SLICE), relations, done: true });
};
