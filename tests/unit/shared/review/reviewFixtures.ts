import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Annotation } from '@shared/annotation/annotation';
import { AnnotationSchema } from '@shared/annotation/annotation';
import { codePointLength, codePointSlice } from '@shared/text/offsetConverter';

const dir = fileURLToPath(new URL('../../../fixtures/review/', import.meta.url));

/** The built-in article (canonical text) and Jonas's tags of it, from tests/fixtures/review. */
export const ARTICLE = readFileSync(`${dir}000_2010653594c6cf10.txt`, 'utf8');

interface JonasFile { annotator: string; documents: { id: string; text: string; annotations: unknown[] }[] }
const jonasFile = JSON.parse(readFileSync(`${dir}000_2010653594c6cf10.jonas.tagwerk.json`, 'utf8')) as JonasFile;
export const JONAS_DOCUMENT = jonasFile.documents[0] as JonasFile['documents'][number];
export const JONAS: readonly Annotation[] = JONAS_DOCUMENT.annotations.map((a) => AnnotationSchema.parse(a));

/** Code-point start of the `occurrence`-th (0-based) `quote` in `text`; throws when absent. */
export function cpIndexOf(text: string, quote: string, occurrence = 0): number {
  let at = -1;
  for (let n = 0; n <= occurrence; n++) {
    at = text.indexOf(quote, at + 1);
    if (at === -1) throw new Error(`"${quote}" #${occurrence} not in text`);
  }
  return codePointLength(text.slice(0, at));
}

/** An annotation by `annotator` on the `occurrence`-th `quote` of `text` (offsets in code points). */
export function annotationOn(text: string, id: string, label: string, quote: string, annotator: string, occurrence = 0): Annotation {
  const start = cpIndexOf(text, quote, occurrence);
  const end = start + codePointLength(quote);
  if (codePointSlice(text, start, end) !== quote) throw new Error('fixture offsets are wrong');
  return { id, label, start, end, text: quote, annotator };
}

const mineOn = (id: string, label: string, quote: string, occurrence = 0): Annotation => annotationOn(ARTICLE, id, label, quote, 'anna', occurrence);

/*
 * "My" (anna's) tags of the built-in article, written to meet each of Jonas's deliberate
 * disagreements: 13 of his 18 spans exactly; jonas-004 (actor incl. " (KCNA)"), jonas-010
 * ("19. Juni 2024" without "am") and jonas-012 (quote incl. the „“ marks) with other boundaries;
 * jonas-016 (a claim sentence tagged as date) with the label claim; jonas-014 (claim) not at
 * all; plus four spans Jonas does not have, one of them (actor "USA") inside his claim.
 */
export const MINE: readonly Annotation[] = [
  mineOn('m-dvrk-lang', 'actor', 'Demokratische Volksrepublik Korea'),
  mineOn('m-dvrk', 'actor', 'DVRK'),
  mineOn('m-russland', 'actor', 'Russland'),
  mineOn('m-kcna', 'actor', 'Koreanische Zentrale Nachrichtenagentur'),
  mineOn('m-dienstag', 'date', 'am Dienstag'),
  mineOn('m-putin', 'actor', 'Wladimir Putin'),
  mineOn('m-kim', 'actor', 'Kim Jong-un'),
  mineOn('m-juni', 'date', 'im Juni'),
  mineOn('m-kim2', 'actor', 'Kim Jong-un', 1),
  mineOn('m-montag', 'date', 'am Montag'),
  mineOn('m-samstag', 'date', 'am vergangenen Samstag'),
  mineOn('m-datum', 'date', 'am 19. Juni 2024'),
  mineOn('m-vertrag', 'quote', '“Umfassende Partnerschaftsabkommen zwischen der Russischen Föderation und der Demokratischen Volksrepublik Korea”'),
  mineOn('m-artikel4', 'quote', 'Wenn eine der Vertragsparteien einem bewaffneten Angriff ausgesetzt ist, wird die andere Partei unverzüglich alle verfügbaren Mittel zur militärischen und sonstigen Unterstützung gemäß Artikel 51 der UN-Charta bereitstellen, unter Beachtung der nationalen Gesetzgebungen.'),
  mineOn('m-choe', 'actor', 'Choe Son-hui'),
  mineOn('m-usa', 'actor', 'USA'),
  mineOn('m-nis', 'actor', 'NIS'),
  mineOn('m-beweise', 'claim', 'Doch bisher gibt es keine unabhängigen Beweise für den Einsatz nordkoreanischer Truppen in Kampfgebieten.'),
  mineOn('m-putin2', 'actor', 'Putin', 2),
  mineOn('m-nebensja', 'actor', 'Wassili Nebensja'),
  mineOn('m-drittland', 'claim', 'dass die sicherheitspolitische Kooperation nicht gegen Drittländer gerichtet sei und somit nicht gegen das Völkerrecht verstoße'),
];
