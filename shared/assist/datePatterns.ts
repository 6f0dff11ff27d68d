import { withNfdUmlauts } from './wordChars';

const WEEKDAY = '(?:Montag|Dienstag|Mittwoch|Donnerstag|Freitag|Samstag|Sonnabend|Sonntag)(?:abend|morgen|nachmittag|vormittag|mittag|nacht)?';
const MONTH = '(?:Januar|Jänner|Februar|März|April|Mai|Juni|Juli|August|September|Oktober|November|Dezember|Jan\\.|Feb\\.|Apr\\.|Aug\\.|Sept?\\.|Okt\\.|Nov\\.|Dez\\.)';
const SEASON = '(?:Frühjahr|Frühling|Sommer|Herbst|Winter|Jahreswechsel|Jahresende|Jahresbeginn|Jahresanfang|Jahresmitte|Sommerpause|Winterpause)s?';
/** Periods a school, university, club or budget counts in: "ab dem kommenden Schuljahr", "im Wintersemester 2027/28". */
const TERM = '(?:Schuljahr(?:es)?|(?:Winter|Sommer)?[Ss]emester(?:s)?|Spielzeit|Legislaturperiode|Geschäftsjahr(?:es)?|Haushaltsjahr(?:es)?)';
const UNIT = `(?:Jahr(?:es)?|Monat(?:s)?|Woche|Wochenende(?:s)?|Quartal(?:s)?|Halbjahr(?:es)?|Jahrzehnt(?:s)?|Saison|${TERM})`;
const RELATIVE = '(?:kommende[nmrs]?|nächste[nmrs]?|vergangene[nmrs]?|letzte[nmrs]?|vorige[nmrs]?|diese[nmrs]?|laufende[nmrs]?|folgende[nmrs]?|erste[nmrs]?|zweite[nmrs]?|dritte[nmrs]?|vierte[nmrs]?)';
const YEAR = '(?:1[89]|20)\\d{2}';
const DAY = '(?:[12]\\d|3[01]|0?[1-9])\\.';
const PART = '(?:Anfang|Mitte|Ende)';
const DAYTIME = '(?:Abend|Morgen|Nachmittag|Vormittag|Mittag|Nacht|früh)';
const DEIXIS = '(?:heute|gestern|vorgestern|morgen|übermorgen)';
const COUNT = '(?:einem|einer|zwei|drei|vier|fünf|sechs|sieben|acht|neun|zehn|elf|zwölf|wenigen|mehreren|\\d{1,3})';
const COUNT_UNIT = '(?:Tag(?:en)?|Woche[n]?|Monat(?:en)?|Jahr(?:en)?|Stunden?)';
/** One end of a range: a day and month, a month, a year, a weekday, "Mitte Mai". */
const RANGE_END = `(?:(?:dem\\s+|den\\s+)?${DAY}\\s*${MONTH}(?:\\s+${YEAR})?|(?:${PART}\\s+)?${MONTH}(?:\\s+${YEAR})?|(?:${PART}\\s+)?${YEAR}|${WEEKDAY})`;
const TIME = '(?:,?\\s+(?:um|gegen|ab)\\s+\\d{1,2}(?:[.:]\\d{2})?\\s+Uhr)';

/** "am" and "Am": a preposition may start a sentence. */
function bothCases(word: string): string {
  return `[${word[0]}${(word[0] as string).toUpperCase()}]${word.slice(1)}`;
}

/** A leading preposition (with article) that belongs to the date span: "am", "seit dem", "bis Ende". */
const PREFIX = `(?:(?:${['seit', 'bis', 'ab', 'von', 'vor', 'nach', 'gegen'].map(bothCases).join('|')})\\s+(?:(?:mindestens|spätestens|frühestens|längstens|voraussichtlich)\\s+)?(?:dem\\s+|der\\s+|den\\s+|zum\\s+|zur\\s+)?|${bothCases('für')}\\s+(?:den|das|die)\\s+|${bothCases('bis')}\\s+(?:zum|ins)\\s+|${bothCases('am')}\\s+|${bothCases('im')}\\s+(?:Jahr\\s+|Laufe\\s+des\\s+)?|${bothCases('vom')}\\s+|${bothCases('zum')}\\s+|${bothCases('in')}\\s+(?:der|den|diesem|dieser)\\s+|${bothCases('an')}\\s+(?:diesem|jenem)\\s+)`;

/** Date cores that stand on their own: weekdays, day + month, numeric dates, "Mitte 2027", "heute Abend". */
const STANDALONE = [
  `(?:${RELATIVE}\\s+)?(?:(?:frühen|späten)\\s+)?${WEEKDAY}(?:,?\\s+(?:den\\s+)?${DAY}\\s*(?:${MONTH}|\\d{1,2}\\.)(?:\\s*${YEAR})?)?`,
  `${DAY}\\s*(?:(?:bis|und|–|-)\\s*${DAY}\\s*)?${MONTH}(?:\\s+${YEAR})?`,
  `${DAY}\\d{1,2}\\.(?:${YEAR}|\\d{2})?`,
  `${PART}\\s+(?:(?:des|der|dieses|diesen)\\s+)?(?:${MONTH}|${YEAR}|(?:${RELATIVE}\\s+)?${UNIT}|${UNIT}\\s+${YEAR}|(?:${RELATIVE}\\s+)?${SEASON})(?:\\s+${YEAR})?`,
  `${RELATIVE}\\s+(?:${UNIT}|${SEASON}|${MONTH})(?:\\s+${YEAR})?`,
  // "in diesem Jahr": the prefix "in diesem" would take the word the relative core needs.
  `${bothCases('in')}\\s+${RELATIVE}\\s+(?:${UNIT}|${SEASON})`,
  `${DEIXIS}(?:\\s+${DAYTIME})?`,
  `(?:vor|in|binnen)\\s+${COUNT}\\s+${COUNT_UNIT}`,
  `${MONTH}\\s+${YEAR}`,
  `${SEASON}\\s+${YEAR}`,
  `(?:Jahr|Jahres|Jahre)\\s+${YEAR}`,
  `(?:${TERM}|Saison)\\s+${YEAR}(?:\\/(?:\\d{2}|${YEAR}))?`,
  `${bothCases('zwischen')}\\s+${RANGE_END}\\s+und\\s+${RANGE_END}`,
  `${bothCases('von')}\\s+${RANGE_END}\\s+bis\\s+(?:zum\\s+)?${RANGE_END}`,
  `(?:in\\s+der\\s+)?Nacht\\s+(?:zu|zum|auf)\\s+${WEEKDAY}`,
  `(?:über|Über)\\s+(?:den|das|die)\\s+(?:${RELATIVE}\\s+)?(?:${SEASON}|${MONTH}|${UNIT}|${YEAR})\\s+hinaus`,
  `${bothCases('seit')}\\s+(?:vielen\\s+|einigen\\s+|mehreren\\s+|wenigen\\s+)?(?:Tagen|Wochen|Monaten|Jahren|Jahrzehnten)`,
];

/** Cores that are dates only after a preposition ("im Mai", "seit 2019", "im Herbst"): alone they are too often names or numbers. */
const AFTER_PREFIX = [MONTH, YEAR, SEASON, `neue[nmrs]?\\s+${UNIT}`, `${RELATIVE}\\s+${COUNT}\\s+${COUNT_UNIT}`, 'Wochenende', '(?:frühen\\s+|späten\\s+)?(?:Morgen|Abend|Nachmittag|Vormittag|Nacht)', `${YEAR}(?:er)?\\s*(?:bis|und|–|-)\\s*${YEAR}`];

function compile(source: string): RegExp {
  return new RegExp(withNfdUmlauts(`(?<![\\p{L}\\p{M}\\p{N}])(?:${source})${TIME}?(?![\\p{L}\\p{M}\\p{N}])`), 'gu');
}

/**
 * The news-German date rules chrono's `de` parser lacks, as global regular expressions: the
 * standalone cores with an optional leading preposition, and the cores that need one.
 */
export const DATE_PATTERNS: readonly RegExp[] = [
  compile(`${PREFIX}?(?:${STANDALONE.join('|')})`),
  compile(`${PREFIX}(?:${AFTER_PREFIX.join('|')})`),
];

/** A preposition directly before a span that belongs to it (used to widen chrono's results). */
export const LEADING_PREPOSITION = new RegExp(withNfdUmlauts(`(?<![\\p{L}\\p{M}\\p{N}])${PREFIX}$`), 'u');
