import { ORG_WORD } from './actorLexicon';
import type { SpanProposal } from './suggestion';
import { withNfdUmlauts } from './wordChars';

/** A quote and the actor its attribution cue points to, as indices into the two proposal lists. */
export interface SourceLink {
  readonly quote: number;
  readonly actor: number;
}

const CUE = new RegExp(withNfdUmlauts(
  '(?<![\\p{L}\\p{M}])(?:sagte|sagt|sagten|so|erklärte|erklärt|erklärten|betonte|betont|betonten|warnte|warnt|warnten|meinte|fügte|ergänzte|schrieb|hieß es|teilte|teilten|kritisierte|' +
    'meldete|meldeten|berichtete|berichteten|' +
    'fragte|rief|mahnte|bekräftigte|versicherte|antwortete|entgegnete|unterstrich|räumte|kommentierte|twitterte|verkündete|laut|zufolge|' +
    // Verbs that take a quotation as their object ("X nannte die Einigung »…«", "X lobte »…«").
    'nannte|nennt|lobte|lobt|bezeichnete|bezeichnet|sprach|spricht|forderte|fordert|beklagte|beklagt|bilanzierte|schwärmte|resümierte|versprach|verspricht)(?![\\p{L}\\p{M}])',
), 'u');
/** A definite description right after a cue: "der 28-Jährige", "die Norwegerin". */
const DESCRIPTION = /^\s+(?:der|die)\s+[\p{Lu}\d]/u;
/** A sentence that starts with a personal pronoun, or ends in one before a colon ("…, sagte sie: „…“"). */
const LEADING_PRONOUN = /^\s*(?:Er|Sie)\s|\s(?:er|sie)\s*:\s*$/u;
const PRONOUN = /(?<![\p{L}\p{M}])(?:er|sie)(?![\p{L}\p{M}])/u;
/** A sentence end inside a stretch: a final mark followed by space and a capital (not "Dr. Müller": good enough for a cue window). */
const SENTENCE_END = /[.!?]\s+\p{Lu}/u;
const AFTER_WINDOW = 90;

/** True when an actor reads as an organisation (its last word has an organisation form, or it is a short form), which "er"/"sie" rarely points to. */
function isOrganisation(text: string, actor: SpanProposal): boolean {
  const last = text.slice(actor.start, actor.end).normalize('NFC').split(/\s+/u).pop() ?? '';
  return ORG_WORD.test(last) || /^\p{Lu}{2,6}$/u.test(last);
}

/** The last actor before `position` from `paragraphStart` on that a personal pronoun can point to: a person if there is one, else any. */
function nearestBefore(text: string, actors: readonly SpanProposal[], position: number, paragraphStart: number): number {
  let any = -1;
  for (let k = actors.length - 1; k >= 0; k--) {
    const actor = actors[k] as SpanProposal;
    if (actor.end > position || actor.start < paragraphStart) continue;
    if (!isOrganisation(text, actor)) return k;
    if (any < 0) any = k;
  }
  return any;
}

/** The actor a cue after the quote names ("…“, sagte Krüger" / "…“, so KCNA"), or the last one named before "…“, sagte sie". */
function sourceAfter(text: string, quote: SpanProposal, actors: readonly SpanProposal[], previousLine: number): number {
  const lineEnd = text.indexOf('\n', quote.end);
  const windowEnd = Math.min(lineEnd < 0 ? text.length : lineEnd, quote.end + AFTER_WINDOW);
  const after = text.slice(quote.end, windowEnd);
  const cue = CUE.exec(after);
  if (!cue || cue.index > 12) return -1;
  const sentenceEnd = SENTENCE_END.exec(after);
  const limit = quote.end + (sentenceEnd ? sentenceEnd.index : after.length);
  let actor = actors.findIndex((a) => a.start >= quote.end && a.start < limit);
  // "…“, sagte die Präsidentin der Konferenz, Simone Oldenburg": the name in apposition speaks, not the organisation of the role phrase.
  const next = actors[actor + 1];
  const found = actors[actor];
  if (found && next && next.start < limit && /^,\s*$/u.test(text.slice(found.end, next.start)) && /\S/u.test(text.slice(quote.end + cue.index + cue[0].length, found.start))) actor += 1;
  const pronoun = PRONOUN.exec(after.slice(cue.index));
  const pronounAt = pronoun ? quote.end + cue.index + pronoun.index : Infinity;
  if (actor >= 0 && (actors[actor] as SpanProposal).start < pronounAt) return actor;
  if (pronounAt < limit) return nearestBefore(text, actors, quote.start, previousLine);
  // "…“, sagte der 28-Jährige": a description names the person the text is about, not the last one named.
  return DESCRIPTION.test(after.slice(cue.index + cue[0].length)) ? topicBefore(text, actors, quote.start, previousLine) : -1;
}

/** The first actor of the quote's paragraph before it, else of the previous paragraph: who a description refers to. */
function topicBefore(text: string, actors: readonly SpanProposal[], position: number, previousLine: number): number {
  const lineStart = text.lastIndexOf('\n', position - 1) + 1;
  const here = actors.findIndex((a) => a.start >= lineStart && a.end <= position);
  if (here >= 0) return here;
  return actors.findIndex((a) => a.start >= previousLine && a.end <= lineStart);
}

/** The first actor of the sentence that introduces the quote with a cue or a colon ("Krüger sagte: „…“"). */
function sourceBefore(text: string, quote: SpanProposal, actors: readonly SpanProposal[], lineStart: number, previousLine: number): number {
  const before = text.slice(lineStart, quote.start);
  let sentenceStart = lineStart;
  for (const m of before.matchAll(new RegExp(SENTENCE_END.source, 'gu'))) sentenceStart = lineStart + m.index + m[0].length - 1;
  const lead = text.slice(sentenceStart, quote.start);
  if (!/:\s*$/u.test(lead) && !CUE.test(lead)) return -1;
  const named = actors.findIndex((a) => a.start >= sentenceStart && a.end <= quote.start);
  // "Sie sagte: „…“": the pronoun points to the last actor named before, as after a quote.
  if (named < 0 && LEADING_PRONOUN.test(lead)) return nearestBefore(text, actors, sentenceStart, previousLine);
  return named;
}

/**
 * The person named last in the sentence before a quote that opens a sentence of its own in the same
 * paragraph ("Der Anwalt, Yusuf Demir, zeigte sich zufrieden. »…«"): who the paragraph just
 * introduced speaks on; -1 when the quote does not follow a sentence end or no person was named.
 */
function speakerOfSentenceBefore(text: string, quote: SpanProposal, actors: readonly SpanProposal[], lineStart: number): number {
  const before = text.slice(lineStart, quote.start);
  // The quote is a sentence of its own: it follows a sentence end and ends one ("»…rehabilitiert.«" or "»…«." or the paragraph's end).
  if (!/[.!?]["'“”»«‘’]?\s+$/u.test(before) || !/[.!?…]\P{L}{0,2}$/u.test(text.slice(quote.start, quote.end)) && !/^\s*(?:[.!?]|\n|$)/u.test(text.slice(quote.end))) return -1;
  let sentenceStart = lineStart;
  const trimmed = before.replace(/[.!?]["'“”»«‘’]?\s+$/u, '');
  for (const m of trimmed.matchAll(/[.!?]["'“”»«‘’]?\s+(?=\p{Lu}|["'„“”»«‚‘’])/gu)) sentenceStart = lineStart + m.index + m[0].length;
  for (let k = actors.length - 1; k >= 0; k--) {
    const actor = actors[k] as SpanProposal;
    if (actor.end > quote.start) continue;
    if (actor.start < sentenceStart) break;
    if (!isOrganisation(text, actor)) return k;
  }
  return -1;
}

/**
 * Suggested `source` links: for each quote, the actor named by the attribution cue after it
 * ("…“, sagte X" / "…“, so X"), else by the sentence that introduces it ("X sagte: „…“"); a pronoun
 * ("…“, sagte sie") points to the last actor named before the quote in this or the previous
 * paragraph, and a quote with no cue continues the previous quote's speaker in the same paragraph,
 * or, as the paragraph's first quote, the person the sentence before it named.
 */
export function suggestQuoteSources(text: string, quotes: readonly SpanProposal[], actors: readonly SpanProposal[]): SourceLink[] {
  const links: SourceLink[] = [];
  let previous: { line: number; actor: number } | undefined;
  for (let q = 0; q < quotes.length; q++) {
    const quote = quotes[q] as SpanProposal;
    const lineStart = text.lastIndexOf('\n', quote.start - 1) + 1;
    const previousLine = lineStart > 0 ? text.lastIndexOf('\n', lineStart - 2) + 1 : 0;
    let actor = sourceAfter(text, quote, actors, previousLine);
    if (actor < 0) actor = sourceBefore(text, quote, actors, lineStart, previousLine);
    if (actor < 0 && previous?.line === lineStart) actor = previous.actor;
    else if (actor < 0) actor = speakerOfSentenceBefore(text, quote, actors, lineStart);
    if (actor >= 0) {
      links.push({ quote: q, actor });
      previous = { line: lineStart, actor };
    }
  }
  return links;
}
