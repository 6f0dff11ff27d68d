import { tokenizeGerman, type TextToken } from '../text/germanTokenizer';
import { CLUB_PREFIX, CUE_VERBS, DEMONYM, FIRST_NAMES, INSTITUTION_AFTER_NAME, KNOWN_ORGS, LEGAL_FORM, NAME_PARTICLES, NEVER_A_NAME, NOT_AN_ORG_ACRONYM, ORG_CLASS, ORG_WORD, ROLE_WORD } from './actorLexicon';
import { findAliases } from './actorAliases';
import type { SpanProposal } from './suggestion';

interface Word {
  readonly start: number;
  readonly end: number;
  readonly text: string;
}

const CAPITALISED = /^\p{Lu}/u;
const ACRONYM = /^\p{Lu}{2,6}$/u;
/** Endings of German common nouns (a noun after an organisation is an object, not its seat). */
const COMMON_NOUN_END = /(?:ung|heit|keit|schaft|ion|tät|nis|tum|ismus|ment|ik|e|en|er|ern|chen|lein|ie|ei|ur|ling|s)$/u;
/** Endings of German place names, and the large German-speaking cities whose names end like a common noun. */
const PLACE_END = /(?:burg|berg|dorf|hausen|heim|stadt|furt|hafen|feld|bach|ingen|stein|hagen|kirchen|brücken|leben|rode|haven|baden|^(?:München|Essen|Bremen|Dresden|Hannover|Aachen|Münster|Karlsruhe|Halle|Leverkusen|Herne|Trier|Salzgitter|Siegen|Moers|Neuss|Cottbus|Minden|Emden|Bern|Luzern))$/u;
/** Regions named by a compass point or a height ("Nordhessen", "Oberfranken"), which end like common nouns. */
const REGION_START = /^(?:Nord|Süd|Ost|West|Mittel|Ober|Unter|Nieder)\p{Ll}{3,}$/u;
const ADJECTIVE_BEFORE_ORG = /^\p{Lu}[\p{L}\p{M}-]*(?:e|en|er|es|em)$/u;

function isNameWord(word: Word | undefined): boolean {
  return word !== undefined && CAPITALISED.test(word.text) && /\p{Ll}/u.test(word.text) && !NEVER_A_NAME.has(word.text)
    && !ROLE_WORD.test(word.text) && !ORG_WORD.test(word.text) && !CUE_VERBS.has(word.text);
}

function isOrgWord(word: Word | undefined): boolean {
  if (word === undefined || !CAPITALISED.test(word.text)) return false;
  return ORG_WORD.test(word.text) || (ACRONYM.test(word.text) && !NOT_AN_ORG_ACRONYM.has(word.text));
}

/** The last index of a name starting at `from`: capitalised words, with particles ("von der") inside. */
function nameEnd(words: readonly Word[], from: number, max = 4): number {
  let last = -1;
  for (let i = from; i < words.length && i - from < max + 2; i++) {
    const word = words[i] as Word;
    if (isNameWord(word)) last = i;
    else if (!(last >= 0 && NAME_PARTICLES.has(word.text) && isNameWord(words[i + 1]) || NAME_PARTICLES.has(word.text) && isNameWord(words[i + 2]) && NAME_PARTICLES.has((words[i + 1] as Word).text))) break;
  }
  return last;
}

/**
 * True for a word that reads as a place after an organisation form: a name word that is
 * hyphenated, ends like a place ("-burg", "-ingen") or does not end like a common noun
 * ("Pläne", "Zahlen", "Regelung"), which German also capitalises.
 */
function isPlaceName(word: Word | undefined): boolean {
  if (!isNameWord(word)) return false;
  const text = (word as Word).text;
  return /^\p{Lu}[\p{L}\p{M}]+-\p{Lu}/u.test(text) || PLACE_END.test(text) || REGION_START.test(text) || !COMMON_NOUN_END.test(text);
}

/** The known organisation's words starting at `at` ("Vereinte Nationen", "dpa"), if one starts there. */
function knownOrgAt(words: readonly Word[], at: number): readonly string[] | undefined {
  return KNOWN_ORGS.find((name) => name.every((part, k) => words[at + k]?.text === part));
}

/** Determiners and quantifiers before which a noun means any or several of its kind, not one known to the reader. */
const INDEFINITE = /^(?:ein|eine|einen|einem|einer|eines|kein|keine|keinen|keinem|keiner|keines|viele|vielen|mehrere|mehreren|einige|einigen|manche|manchen|alle|allen|andere|anderen|zahlreiche|zahlreichen|weitere|weiteren|solche|solchen|jede|jeder|jedes|jedem|jeden|beide|beiden|wenige|wenigen|etliche|etlichen|sämtliche|sämtlichen)$/iu;
/** Plural quantifiers: a role word after them means people of that kind ("mehrere Radfahrer"), while "ein Sprecher" is one person, an actor. */
const PLURAL_QUANTIFIER = /^(?:viele|vielen|mehrere|mehreren|einige|einigen|manche|manchen|zahlreiche|zahlreichen|wenige|wenigen|etliche|etlichen)$/iu;

/**
 * True when the class noun at `at` is generic: after an indefinite determiner or quantifier
 * ("ein großes Unternehmen", "mehrere Verbände"), lower-case adjectives between skipped. A bare
 * plural ("Umweltverbände halten das für zu spät") names a group, like "Ökonomen", so it stays.
 */
function isGeneric(words: readonly Word[], at: number, determiner: RegExp = INDEFINITE): boolean {
  let k = at - 1;
  while (k >= 0 && /^\p{Ll}[\p{L}\p{M}]*(?:e|en|er|es|em)$/u.test((words[k] as Word).text) && !determiner.test((words[k] as Word).text)) k--;
  // "die andere Partei", "die vielen Verbände": a quantifier after a definite article still points to known ones.
  return determiner.test(words[k]?.text ?? '') && !/^(?:der|die|das|des|dem|den)$/iu.test(words[k - 1]?.text ?? '');
}

/** The organisation phrase around an org word at `at`: capitalised adjectives before, a city after a court, "(ABC)" after. */
function orgPhrase(words: readonly Word[], at: number): { first: number; last: number } {
  let first = at;
  while (first > 0 && ADJECTIVE_BEFORE_ORG.test((words[first - 1] as Word).text) && !NEVER_A_NAME.has((words[first - 1] as Word).text) && !isOrgWord(words[first - 1])) first--;
  // "Staats- und Regierungschefs": a truncated compound joined by "und" belongs to the phrase.
  if (words[first - 1]?.text === 'und' && /-$/u.test(words[first - 2]?.text ?? '')) first -= 2;
  let last = at;
  // "DZ Bank", "KfW Bankengruppe": a short form and the organisation form after it are one name.
  if (ACRONYM.test(words[at]?.text ?? '') && CAPITALISED.test(words[at + 1]?.text ?? '') && ORG_WORD.test(words[at + 1]?.text ?? '')) last = at + 1;
  // "Landgericht Frankfurt", "Stadtwerke Regensburg", "Kreisverwaltung Mayen-Koblenz": an institution named with its seat.
  else if (isPlaceName(words[at + 1])) last = at + 1;
  // "Gewerkschaft der Polizei", "Kulturstiftung des Bundes", "Institut für Klimafolgenforschung": a genitive organisation or a "für" field names it further.
  const of = words[last + 1]?.text;
  if ((of === 'der' || of === 'des') && (isOrgWord(words[last + 2]) || words[last + 2]?.text === 'Bundes')) last += 2;
  else if (of === 'für' && CAPITALISED.test(words[last + 2]?.text ?? '') && !NEVER_A_NAME.has(words[last + 2]?.text ?? '')) last += 2;
  if (words[last + 1]?.text === '(' && ACRONYM.test(words[last + 2]?.text ?? '') && words[last + 3]?.text === ')') last += 3;
  return { first, last };
}

/** Names following a role word, a first name, a club prefix or a speech cue, and organisations, as word-index ranges; the start of each generic class noun skipped goes into `generic`. */
function actorRanges(words: readonly Word[], generic: Set<number>): { first: number; last: number; role?: boolean; person?: boolean }[] {
  const ranges: { first: number; last: number; role?: boolean; person?: boolean }[] = [];
  for (let i = 0; i < words.length; i++) {
    const word = words[i] as Word;
    const known = knownOrgAt(words, i);
    if (known) {
      ranges.push({ first: i, last: i + known.length - 1 });
      i += known.length - 1;
    } else if (isNameWord(word) && INSTITUTION_AFTER_NAME.has(words[i + 1]?.text ?? '')) {
      ranges.push({ first: i, last: i + 1 }); // "Städel Museum": a name and the institution noun after it
      i += 1;
    } else if (CAPITALISED.test(word.text) && ORG_CLASS.test(word.text) && /^(?:der|des)$/u.test(words[i + 1]?.text ?? '') && knownOrgAt(words, i + 2)) {
      continue; // "die Fraktion der Grünen": the class noun stands before the organisation's name like a role word
    } else if (CAPITALISED.test(word.text) && ORG_CLASS.test(word.text) && isNameWord(words[i + 1])) {
      let end = nameEnd(words, i + 1, 3);
      // "der Maschinenbauer Krone & Seidel": names joined by "&" are one firm.
      while (words[end + 1]?.text === '&' && isNameWord(words[end + 2])) end = nameEnd(words, end + 2, 2);
      ranges.push({ first: i + 1, last: end });
      i = end;
    } else if (CAPITALISED.test(word.text) && ORG_CLASS.test(word.text) && (ACRONYM.test(words[i + 1]?.text ?? '') || knownOrgAt(words, i + 1))) {
      continue; // "die Agentur KCNA", "die Nachrichtenagentur dpa": the short form names the organisation
    } else if (CAPITALISED.test(word.text) && ROLE_WORD.test(word.text) && ROLE_WORD.test(words[i + 1]?.text ?? '')) {
      continue; // "der Vorsitzende Richter": the first role word is an adjective here
    } else if (CAPITALISED.test(word.text) && ROLE_WORD.test(word.text) && !ORG_WORD.test(word.text)) {
      const end = nameEnd(words, i + 1);
      const apposed = end > i ? -1 : appositionName(words, i);
      if (end > i) {
        ranges.push({ first: i + 1, last: end, person: true });
        i = end;
      } else if (apposed >= 0) {
        // "Der Vorsitzende der Gewerkschaft, Jochen Kopelke, warnte": the name between commas is the actor.
        // The words up to the name are read on as usual ("der Grünen" is an actor of its own).
        ranges.push({ first: apposed, last: nameEnd(words, apposed), person: true });
      } else if (isGeneric(words, i, PLURAL_QUANTIFIER)) {
        generic.add(word.start);
      } else {
        // "Staats- und Regierungschefs": a truncated compound joined by "und" belongs to the role word.
        const first = words[i - 1]?.text === 'und' && /-$/u.test(words[i - 2]?.text ?? '') ? i - 2 : i;
        ranges.push({ first, last: i, role: true });
      }
    } else if (CAPITALISED.test(word.text) && DEMONYM.test(word.text) && nameEnd(words, i + 1) > i + 1) {
      const end = nameEnd(words, i + 1);
      ranges.push({ first: i + 1, last: end, person: true });
      i = end;
    } else if (FIRST_NAMES.has(word.text) && nameEnd(words, i) > i) {
      const end = nameEnd(words, i);
      ranges.push({ first: i, last: end });
      i = end;
    } else if (CLUB_PREFIX.has(word.text) && isNameWord(words[i + 1])) {
      const end = nameEnd(words, i + 1, 2);
      ranges.push({ first: i, last: end });
      i = end;
    } else if (LEGAL_FORM.has(word.text) && i > 0 && isNameWord(words[i - 1])) {
      ranges.push({ first: i - 1, last: i });
    } else if (isOrgWord(word)) {
      const phrase = orgPhrase(words, i);
      // "ein Unternehmen aus Linz", "mehrere Verbände": a class noun that names no organisation in particular is not an actor.
      if (phrase.first === i && phrase.last === i && ORG_CLASS.test(word.text) && isGeneric(words, i)) {
        generic.add(word.start);
        continue;
      }
      ranges.push(phrase);
      i = phrase.last;
    } else if (CUE_VERBS.has(word.text) && isNameWord(words[i + 1]) && !isOrgWord(words[nameEnd(words, i + 1) + 1])) {
      const end = nameEnd(words, i + 1);
      ranges.push({ first: i + 1, last: end });
      i = end;
    } else if ((word.text === 'zufolge' || CUE_VERBS.has(word.text) && word.text !== 'so') && isNameWord(words[i - 1]) && (ranges[ranges.length - 1]?.last ?? -1) < i - 1) {
      let first = i - 1;
      while (first > 0 && isNameWord(words[first - 1])) first--;
      const before = words[first - 1];
      if (before === undefined || /^[.,;:!?“”"»«]$/u.test(before.text) || word.text === 'zufolge') ranges.push({ first, last: i - 1 });
    }
  }
  return ranges;
}

/**
 * The first word of a name set off by commas after a role phrase ("Der Vorsitzende der
 * Gewerkschaft, Jochen Kopelke, warnte"): two or three name words between a comma within six
 * words of the role word and the next comma or the sentence's end; -1 when there is none.
 */
function appositionName(words: readonly Word[], role: number): number {
  for (let k = role + 1; k < Math.min(words.length, role + 7); k++) {
    const text = (words[k] as Word).text;
    if (text === ',') {
      const last = nameEnd(words, k + 1, 3);
      // The name closes the apposition with a comma, or ends the sentence ("…, sagte die Präsidentin der Konferenz, Simone Oldenburg.").
      return last > k + 1 && /^[,.;!?]$/u.test(words[last + 1]?.text ?? '') ? k + 1 : -1;
    }
    if (/^[.;:!?]$/u.test(text)) return -1;
  }
  return -1;
}

/** A role word directly after "Name," ("Thomas Weber, Sprecher der Polizei") stands in apposition and is not a separate actor. */
function isApposition(words: readonly Word[], index: number, nameEnds: ReadonlySet<number>, nameStarts: ReadonlySet<number>): boolean {
  for (let k = index + 1; k < Math.min(words.length, index + 6); k++) {
    if ((words[k] as Word).text === ',') {
      if (nameStarts.has(k + 1)) return true;
      break;
    }
  }
  for (let k = index - 1; k >= Math.max(0, index - 4); k--) {
    const text = (words[k] as Word).text;
    if (text === ',') return nameEnds.has(k - 1);
    if (!/^(?:der|die|des|dem|den|ein|eine)$/u.test(text) && !/^\p{Ll}/u.test(text)) return false;
  }
  return false;
}

/**
 * Actor suggestions: names after role words ("Ministerin Anna Krüger" → "Anna Krüger"; the role
 * word is not part of the span), after first names, speech cues ("sagte Krüger", "so KCNA") and
 * before "zufolge"; organisations by their form ("-ministerium", "Bundes…", "AG", acronyms) with
 * capitalised adjectives before them; a role word with no name beside it is the actor itself;
 * every name found is also suggested where it (or a person's surname) occurs again. UTF-16 ranges.
 */
export function suggestActors(text: string, tokens: readonly TextToken[] = tokenizeGerman(text)): SpanProposal[] {
  // Words compare in NFC, so an NFD "Jürgen" is the first name the lexicon lists.
  const words: Word[] = tokens.map((t) => ({ start: t.start, end: t.end, text: text.slice(t.start, t.end).normalize('NFC') }));
  const generic = new Set<number>();
  const ranges = actorRanges(words, generic);
  const names = ranges.filter((r) => !r.role);
  const nameEnds = new Set(names.map((r) => r.last));
  const nameStarts = new Set(names.map((r) => r.first));
  const spans: SpanProposal[] = [];
  for (const r of ranges) {
    if (r.role && isApposition(words, r.first, nameEnds, nameStarts)) continue;
    spans.push({ label: 'actor', start: (words[r.first] as Word).start, end: (words[r.last] as Word).end });
  }
  // A name after a role word, a nationality or in apposition is a person's, so its surname alone is found again too.
  const persons = new Set(ranges.filter((r) => r.person).map((r) => (words[r.first] as Word).start));
  return findAliases(words, spans, generic, persons);
}
