/** One token of a text: UTF-16 indices `start` (inclusive) and `end` (exclusive), never empty. */
export interface TextToken {
  readonly start: number;
  readonly end: number;
}

/**
 * Abbreviations whose period belongs to the word (case-sensitive, without the period), the ones
 * German news text uses; single letters ("z. B.", "d. h.", initials) and letter-dot runs
 * ("z.B.", "U.S.A.") are recognised by shape instead.
 */
const ABBREVIATIONS = new Set([
  'Abs', 'Abt', 'Art', 'Bd', 'bspw', 'bzgl', 'bzw', 'ca', 'Chr', 'Co', 'dgl', 'Dipl', 'Dr', 'ebd', 'etc', 'evtl',
  'Fa', 'ff', 'Fr', 'geb', 'gegr', 'ggf', 'Hr', 'Hrsg', 'i', 'inkl', 'Ing', 'Jh', 'Jhd', 'jr', 'Jr', 'Kap', 'kath',
  'Min', 'Mio', 'Mrd', 'Nr', 'od', 'Pf', 'Prof', 'rd', 'Red', 'S', 'sen', 'sog', 'St', 'Std', 'Str', 'Tel', 'tgl',
  'u', 'usw', 'v', 'vgl', 'Vors', 'z', 'zB', 'zit', 'zz', 'zzgl',
  'Jan', 'Feb', 'Mär', 'Apr', 'Jun', 'Jul', 'Aug', 'Sep', 'Sept', 'Okt', 'Nov', 'Dez',
]);

/** Month names (and their abbreviations) after which a number with a period is an ordinal date ("3. März"). */
const MONTHS = /^(?:Jan(?:uar)?|Jän(?:ner)?|Feb(?:ruar)?|März|Mär|Apr(?:il)?|Mai|Juni?|Juli?|Aug(?:ust)?|Sept?(?:ember)?|Okt(?:ober)?|Nov(?:ember)?|Dez(?:ember)?)$/u;

/** Words before which a number with a period is an ordinal ("am 3.", "im 19. Jahrhundert", "der 2. Platz"). */
const ORDINAL_CUES = new Set(['am', 'im', 'vom', 'zum', 'beim', 'der', 'die', 'das', 'den', 'dem', 'des', 'bis', 'ab', 'seit', 'ihr', 'ihrem', 'ihrer', 'sein', 'seinem', 'seiner', 'zur']);

/**
 * A word: letters, marks (NFD umlauts), digits, `_`, joined by `-`, `'`, `’`, `/`, `&`, `@`,
 * by `.` before a letter or digit ("www.tagwerk.de", "1.000") and by `,` or `:` between digits ("4,5", "12:30").
 */
const WORD = /[\p{L}\p{M}\p{N}_]+(?:(?:[-'’/&@]|\.(?=[\p{L}\p{N}])|[,:](?=\p{N}))[\p{L}\p{M}\p{N}_]+)*/uy;

/** An emoji: a flag (two regional indicators) or a pictograph with variation selector, skin tone and ZWJ parts. */
const EMOJI = /\p{RI}\p{RI}|\p{Extended_Pictographic}[\uFE0F\p{Emoji_Modifier}\u{E0020}-\u{E007F}]*(?:\u200D\p{Extended_Pictographic}[\uFE0F\p{Emoji_Modifier}]*)*/uy;

/** Repeated punctuation that reads as one mark: "...", "?!", "--". */
const RUN = /\.{2,}|[!?]{2,}|-{2,}/y;

/** Any other character with the marks that follow it (so "„", "–" or a combining accent is never split). */
const OTHER = /[\s\S][\p{M}\u200D]*/uy;

const WHITESPACE = /\s/u;

/** Marks, joiners, variation selectors and skin tones that extend whatever precedes them. */
const EXTENDERS = /(?:\p{M}|\u200D|\uFE0F|\p{Emoji_Modifier})*/uy;

function matchAt(pattern: RegExp, text: string, at: number): number {
  pattern.lastIndex = at;
  return pattern.test(text) ? pattern.lastIndex : at;
}

/** The word after `index` (skipping white space), for ordinal look-ahead. */
function nextWord(text: string, index: number): string {
  let at = index;
  while (at < text.length && WHITESPACE.test(text[at] as string)) at++;
  const end = matchAt(WORD, text, at);
  return text.slice(at, end);
}

/** True when the period after the word `word` (ending at `end`) belongs to it. */
function keepsPeriod(text: string, word: string, end: number, previous: string): boolean {
  if (text[end] !== '.' || text[end + 1] === '.') return false;
  if (ABBREVIATIONS.has(word) || /^\p{L}\p{M}*$/u.test(word) || /^(?:\p{L}\.)+\p{L}$/u.test(word)) return true;
  if (!/^\p{N}{1,3}$/u.test(word) || !WHITESPACE.test(text[end + 1] ?? '')) return false;
  const after = nextWord(text, end + 1);
  return /^[\p{Ll}\p{N}]/u.test(after) || MONTHS.test(after.replace(/\.$/, '')) || ORDINAL_CUES.has(previous.toLowerCase());
}

/** True when the hyphen after a word ending at `end` is a German elision ("Bundes- und Landesrecht"). */
function keepsHyphen(text: string, end: number): boolean {
  return text[end] === '-' && (end + 1 === text.length || /[\s,]/u.test(text[end + 1] as string));
}

/**
 * Tagwerk's German word tokenizer ("tagwerk-de-1"), used where a format needs tokens (WebAnno TSV,
 * CoNLL): white space separates tokens and is never part of one; words keep inner hyphens,
 * apostrophes and slashes ("CDU-Chef", "geht's", "und/oder"); numbers keep decimal commas, thousands
 * points and times ("4,5", "1.000", "12:30"); a period stays on abbreviations ("Dr.", "Nr.", "usw."),
 * single letters ("z. B.", "A. Merkel"), letter-dot runs ("z.B.") and ordinals ("3. März", "am 19.");
 * quotation marks („ “ ‚ ‘ » «), brackets and other punctuation are tokens of their own, "..." and
 * "?!" stay together, an emoji (with skin tone, ZWJ sequence or flag) is one token, and combining
 * marks stay on their letter (NFD umlauts). Deterministic and independent of the ICU version.
 */
export function tokenizeGerman(text: string): TextToken[] {
  const tokens: TextToken[] = [];
  let previous = '';
  let at = 0;
  while (at < text.length) {
    if (WHITESPACE.test(text[at] as string)) {
      at++;
      continue;
    }
    let end = matchAt(WORD, text, at);
    if (end > at) {
      const word = text.slice(at, end);
      if (keepsPeriod(text, word, end, previous)) end++;
      else if (keepsHyphen(text, end)) end++;
      previous = word;
    } else {
      end = Math.max(matchAt(EMOJI, text, at), matchAt(RUN, text, at));
      if (end === at) end = matchAt(OTHER, text, at);
      previous = '';
    }
    end = matchAt(EXTENDERS, text, end);
    tokens.push({ start: at, end });
    at = end;
  }
  return tokens;
}
