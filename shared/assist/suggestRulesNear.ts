import { createOffsetConverter } from '../text/offsetConverter';
import { suggestRules } from './suggestRules';
import { sourceRelationId, suggestionId, type Suggestions } from './suggestion';

/** Paragraphs taken on each side of the range, so a quote's attribution and a name's first mention are usually inside. */
const CONTEXT_PARAGRAPHS = 2;

/**
 * The rule suggestions of the whole paragraphs around [start, end) (code points of `text`) with
 * two more on each side, in the text's code points and with the ids the whole text's rules give:
 * what a window draws first, in a few milliseconds, while the whole text is still being worked on
 * (the whole text's rules then replace these, and the ones both found stay as they are).
 */
export function suggestRulesNear(text: string, start: number, end: number): Suggestions {
  const converter = createOffsetConverter(text);
  let from = text.lastIndexOf('\n', Math.max(0, converter.codePointToUtf16(start) - 1)) + 1;
  let to = text.indexOf('\n', converter.codePointToUtf16(end));
  if (to < 0) to = text.length;
  for (let k = 0; k < CONTEXT_PARAGRAPHS && from > 0; k++) from = text.lastIndexOf('\n', from - 2) + 1;
  for (let k = 0; k < CONTEXT_PARAGRAPHS && to < text.length; k++) {
    const next = text.indexOf('\n', to + 1);
    to = next < 0 ? text.length : next;
  }
  const shift = converter.utf16ToCodePoint(from);
  const near = suggestRules(text.slice(from, to));
  const idOf = new Map<string, string>();
  const annotations = near.annotations.map((s) => {
    const id = suggestionId(s.label, s.start + shift, s.end + shift);
    idOf.set(s.id, id);
    return { ...s, id, start: s.start + shift, end: s.end + shift };
  });
  const relations = near.relations.map((r) => {
    const [rFrom, rTo] = [idOf.get(r.from) ?? r.from, idOf.get(r.to) ?? r.to];
    return { ...r, id: sourceRelationId(rFrom, rTo), from: rFrom, to: rTo };
  });
  return { annotations, relations };
}
