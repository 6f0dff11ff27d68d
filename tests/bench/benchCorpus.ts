import type { Annotation } from '@shared/annotation/annotation';
import { LABEL_IDS } from '@shared/annotation/labelSet';
import { documentIdOf } from '@shared/text/documentId';
import { createOffsetConverter } from '@shared/text/offsetConverter';
import { seededRandom } from '../support/seededRandom';

const WORDS = (
  'der die das und nicht mit für über nach gegen während Regierung Bundestag Kanzlerin Minister Präsident ' +
  'Verhandlungen Gespräche Behörden Sprecherin Bürgerinnen Märkte Wirtschaft Öffentlichkeit Grenzübergänge ' +
  'Außenministerin Verbände Flüchtlinge Gewerkschaft Straße Häfen Zölle Maßnahmen Gemeinde Bundesländer ' +
  'erklärte betonte kündigte warnte forderte bestätigte äußerte berichtete verschärfte genehmigte ' +
  'schnell deutlich öffentlich überraschend zunächst später offenbar bislang künftig gemeinsam ' +
  'Berlin München Köln Düsseldorf Brüssel Moskau Kiew Wien Zürich Straßburg'
).split(' ');
const ACTORS = ['Olaf Scholz', 'Annalena Baerbock', 'Wladimir Putin', 'Jürgen Müller', 'Ursula von der Leyen', 'Gülşen Öztürk'];
const DATES = ['am 12. März 2024', 'am Montag', 'seit Jänner', 'bis Ende Mai', 'am 3. Oktober'];

/**
 * German-like news text of `chars` UTF-16 units: sentences of common words with umlauts and ß,
 * names, dates, „quotes“ and now and then an emoji (so code points and UTF-16 differ), in
 * paragraphs separated by single line breaks; already canonical (NFC, LF), deterministic per seed.
 */
export function germanText(chars: number, seed = 1): string {
  const random = seededRandom(seed);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)] as T;
  const parts: string[] = [];
  let length = 0;
  while (length < chars) {
    const sentences: string[] = [];
    const count = 3 + Math.floor(random() * 5);
    for (let s = 0; s < count; s++) {
      const words: string[] = [pick(ACTORS), pick(WORDS)];
      const n = 6 + Math.floor(random() * 12);
      for (let w = 0; w < n; w++) words.push(random() < 0.08 ? pick(DATES) : pick(WORDS));
      let sentence = words.join(' ');
      if (random() < 0.2) sentence = `„${sentence}“, sagte ${pick(ACTORS)}`;
      if (random() < 0.03) sentence += ' 📰';
      sentences.push(`${sentence}.`);
    }
    const paragraph = sentences.join(' ');
    parts.push(paragraph);
    length += paragraph.length + 1;
  }
  const text = parts.join('\n');
  // Never end inside a surrogate pair or on a space.
  let end = Math.min(chars, text.length);
  if (end > 0 && end < text.length && text.charCodeAt(end - 1) >= 0xd800 && text.charCodeAt(end - 1) <= 0xdbff) end--;
  return text.slice(0, end).trimEnd();
}

/**
 * `count` annotations spread evenly over `text` on word boundaries, labels cycling; about one in
 * ten nests inside or overlaps its predecessor, as real tagging does. Offsets are code points.
 */
export function benchSpans(text: string, count: number, annotator = 'bench', idPrefix = 'a'): Annotation[] {
  const converter = createOffsetConverter(text);
  const step = Math.max(1, Math.floor(text.length / Math.max(1, count)));
  const wordAt = (from: number): [number, number] | null => {
    let start = from;
    while (start < text.length && !/[\p{L}\d]/u.test(text[start] ?? '')) start++;
    while (start > 0 && /[\p{L}\d]/u.test(text[start - 1] ?? '')) start--;
    let end = start;
    while (end < text.length && /[\p{L}\d]/u.test(text[end] ?? '')) end++;
    return end > start ? [start, end] : null;
  };
  const out: Annotation[] = [];
  let previous: [number, number] | null = null;
  for (let i = 0; i < count; i++) {
    const word = wordAt(i * step);
    if (!word) continue;
    let [start, end] = word;
    // Most spans cover a word or two; every tenth overlaps (odd) or nests inside (even) the previous.
    const second = i % 3 === 0 ? wordAt(end + 1) : null;
    if (second && second[0] - end <= 2) end = second[1];
    if (i % 10 === 9 && previous) {
      if (i % 20 === 9) start = Math.max(previous[0], Math.floor((previous[0] + previous[1]) / 2));
      else [start, end] = [previous[0], Math.max(previous[1], end)];
      const snapped = wordAt(start);
      if (snapped) start = snapped[0];
    }
    if (end <= start) continue;
    previous = [start, end];
    out.push({
      id: `${idPrefix}${i}`,
      label: LABEL_IDS[i % LABEL_IDS.length] as string,
      start: converter.utf16ToCodePoint(start),
      end: converter.utf16ToCodePoint(end),
      text: text.slice(start, end),
      annotator,
    });
  }
  return out;
}

/** One document of a bench dataset. */
export interface BenchDocument {
  title: string;
  text: string;
  annotations: Annotation[];
}

/** A tagwerk.dataset v1 of the given documents (what `tagwerk import` reads). */
export function benchDataset(documents: readonly BenchDocument[], annotator = 'bench') {
  return {
    format: 'tagwerk.dataset' as const,
    version: 1 as const,
    exportedAt: '2026-12-01T00:00:00.000Z',
    annotator,
    offsetUnit: 'codepoint' as const,
    labels: LABEL_IDS.map((id) => ({ id, name: id })),
    documents: documents.map((d, i) => ({
      id: documentIdOf(d.text),
      title: d.title,
      language: 'de',
      source: `bench-${i}.txt`,
      text: d.text,
      annotations: d.annotations,
    })),
  };
}

/** `count` short documents (about 300 words, 20 tags each), each text unique, for corpus scale. */
export function shortDocuments(count: number): BenchDocument[] {
  return Array.from({ length: count }, (_, i) => {
    const text = `Meldung ${i + 1}. ${germanText(2000, 1000 + i)}`;
    return { title: `Meldung ${String(i + 1).padStart(5, '0')}`, text, annotations: benchSpans(text, 20, 'bench', `d${i}-`) };
  });
}
