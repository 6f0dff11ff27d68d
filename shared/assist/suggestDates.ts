import { de } from 'chrono-node';
import { DATE_PATTERNS, LEADING_PREPOSITION } from './datePatterns';
import type { SpanProposal } from './suggestion';
import { snapToWords, withNfdUmlauts } from './wordChars';

/** A fixed reference instant: only where a date is matters here, not which day it means. */
const REFERENCE = new Date(Date.UTC(2026, 0, 1));

/** chrono matches that are not dates in news German: weekday abbreviations that are words ("so"), scores ("3:1"), bare numbers. */
const NOT_A_DATE = /^(?:(?:so|mo|di|mi|do|fr|sa|früh|jetzt|sofort|nun|Tag|Uhr)|\d{1,2}:\d{1,2}|(?:\p{L}+\s+)?\d+)$/iu;

/** A trailing number chrono took for an hour or a year: "um 0", "2", "im kommenden Jahr 200" (Stellen). */
const BARE_HOUR = /\s+(?:um\s+|gegen\s+)?\d{1,3}$/u;

/** The period a figure is compared with names no time of its own: "im Vergleich zum Vormonat", "gegenüber dem Vorjahr", "um 2 Prozent zum Vormonat". */
const COMPARED_WITH = new RegExp(withNfdUmlauts('(?:Vergleich|[Vv]erglichen\\s+mit|[Gg]egenüber)\\s+(?:(?:zu[mr]?|dem|der|den)\\s+)?$'), 'u');

/** "zum Vorjahr", "zum Vormonat": with "zum" such a period is always the one compared with ("im Vorjahr" is a date). */
const TO_PREVIOUS = /^[Zz]u[mr]\s+Vor\p{Ll}/u;

/** A bare deictic day ("heute", "morgen", "gestern") as a whole date span. */
const BARE_DEIXIS = /^(?:heute|gestern|morgen)$/iu;

/**
 * Drops what the tagging rules say is no date: a compared-with period, and bare "heute"/"morgen"/
 * "gestern" set against each other in one sentence ("Wer heute saniert, spart morgen Geld"), which
 * mean now and later rather than a day.
 */
function dropNonDates(line: string, ranges: { start: number; end: number }[]): { start: number; end: number }[] {
  const kept = ranges.filter((r) => !COMPARED_WITH.test(line.slice(Math.max(0, r.start - 40), r.start)) && !TO_PREVIOUS.test(line.slice(r.start, r.end)));
  const sentenceOf = (at: number): number => (line.slice(0, at).match(/[.!?…]["'“”»«‘’]?\s/gu) ?? []).length;
  const bare = kept.filter((r) => BARE_DEIXIS.test(line.slice(r.start, r.end)));
  const contrasted = new Set(bare.filter((r) => bare.some((o) => o !== r && sentenceOf(o.start) === sentenceOf(r.start)
    && line.slice(o.start, o.end).toLowerCase() !== line.slice(r.start, r.end).toLowerCase())));
  return kept.filter((r) => !contrasted.has(r));
}

/** Joins overlapping ranges and ranges separated only by spaces, so "am Montag" + "um 9 Uhr" is one date. */
export function mergeRanges(text: string, ranges: readonly { start: number; end: number }[]): { start: number; end: number }[] {
  const sorted = [...ranges].sort((a, b) => a.start - b.start || b.end - a.end);
  const out: { start: number; end: number }[] = [];
  for (const r of sorted) {
    const last = out[out.length - 1];
    if (last && (r.start <= last.end || /^[ \t]*$/u.test(text.slice(last.end, r.start)) && r.start - last.end <= 1)) {
      last.end = Math.max(last.end, r.end);
    } else {
      out.push({ start: r.start, end: r.end });
    }
  }
  return out;
}

/**
 * A line not in NFC composed, with, for each UTF-16 index of it (and its end), the index in `line` it came from:
 * chrono's German patterns spell umlauts composed ("nächsten"), so an NFD line is parsed composed
 * and its matches mapped back. A letter composes only with the marks that follow it, so each
 * letter-and-marks cluster is normalised on its own.
 */
function composed(line: string): { text: string; toLine: number[] } {
  let text = '';
  const toLine: number[] = [];
  for (const m of line.matchAll(/\P{M}\p{M}*|\p{M}+/gsu)) {
    const cluster = m[0].normalize('NFC');
    for (let k = 0; k < cluster.length; k++) toLine.push(m.index + Math.min(k, m[0].length - 1));
    text += cluster;
  }
  toLine.push(line.length);
  return { text, toLine };
}

function chronoRanges(line: string): { start: number; end: number }[] {
  if (line.normalize('NFC') === line) return chronoRangesComposed(line);
  const nfc = composed(line);
  return chronoRangesComposed(nfc.text).map((r) => ({ start: nfc.toLine[r.start] as number, end: nfc.toLine[r.end] as number }));
}

function chronoRangesComposed(text: string): { start: number; end: number }[] {
  const ranges: { start: number; end: number }[] = [];
  for (const result of de.parse(text, REFERENCE)) {
    const trimmed = result.text.replace(/^[\s,.;:]+|[\s,;:]+$/gu, '');
    const start = result.index + result.text.indexOf(trimmed);
    // chrono reads a number after a day as its hour ("am Donnerstag um 0,25 Prozentpunkte"): without "Uhr" it is not one.
    const hour = BARE_HOUR.exec(trimmed);
    const found = hour && !/^\s*Uhr|^[:.]\d{2}/u.test(text.slice(start + trimmed.length)) ? trimmed.slice(0, hour.index) : trimmed;
    const snapped = snapToWords(text, start, start + found.length);
    // A match inside a word ("Mo" of an NFD "Mörike", "fr" of "früh") is a misreading, not a date.
    if (found === '' || (hour && !/\s/u.test(found)) || NOT_A_DATE.test(found) || snapped.start !== start || snapped.end !== start + found.length) continue;
    const before = LEADING_PREPOSITION.exec(text.slice(Math.max(0, snapped.start - 30), snapped.start));
    ranges.push({ start: snapped.start - (before ? before[0].length : 0), end: snapped.end });
  }
  return ranges;
}

function ruleRanges(text: string): { start: number; end: number }[] {
  const ranges: { start: number; end: number }[] = [];
  for (const pattern of DATE_PATTERNS) {
    for (const m of text.matchAll(pattern)) ranges.push({ start: m.index, end: m.index + m[0].length });
  }
  return ranges;
}

/**
 * Date suggestions: chrono's German parser plus the news-German rules (weekdays with "am",
 * "seit", "bis", "Mitte 2027", "im kommenden Herbst"), widened to a leading preposition and
 * joined where they touch; a chrono match that starts or ends inside a word is dropped, so every
 * date is made of whole words. Never across a line break. UTF-16 ranges.
 */
export function suggestDates(text: string): SpanProposal[] {
  const spans: SpanProposal[] = [];
  let offset = 0;
  // chrono and the rules run per line, so no date spans a paragraph break and long texts stay linear.
  for (const line of text.split('\n')) {
    if (line.trim() !== '') {
      for (const r of dropNonDates(line, mergeRanges(line, [...chronoRanges(line), ...ruleRanges(line)]))) {
        spans.push({ label: 'date', start: offset + r.start, end: offset + r.end });
      }
    }
    offset += line.length + 1;
  }
  return spans;
}
