import { vi } from 'vitest';
import type { Annotation } from '@shared/annotation/annotation';
import { BUILTIN_ARTICLE_TEXT } from '@shared/corpus/builtinArticle';
import type { ColleagueSetView } from '@shared/ipc/methods/reviewMethods';
import { documentIdOf } from '@shared/text/documentId';
import { createDocumentSession } from '../../../../../renderer/state/createDocumentSession';
import { annotationOn, JONAS as JONAS_FIXTURE } from '../../../shared/review/reviewFixtures';

export const ARTICLE = BUILTIN_ARTICLE_TEXT;
export const ARTICLE_ID = documentIdOf(ARTICLE);

/** Jonas's 18 tags of the built-in article (the colleague file in tests/fixtures/review). */
export const JONAS: Annotation[] = [...JONAS_FIXTURE];

export const JONAS_SET: ColleagueSetView = { annotator: 'jonas', savedAt: '2026-11-20T10:00:00.000Z', annotations: JONAS, relations: [] };

/** My tag of the n-th occurrence of `quote` in the article (code points). */
export function mine(id: string, quote: string, label: string, occurrence = 0): Annotation {
  return annotationOn(ARTICLE, id, label, quote, 'tester', occurrence);
}

/**
 * My tags used across the review tests: one agreeing with jonas, two label conflicts, two
 * boundary conflicts, one only mine (jonas has 18; 13 of his are then only his).
 */
export const MY_TAGS: Annotation[] = [
  mine('m-putin', 'Wladimir Putin', 'actor'),
  mine('m-dienstag', 'am Dienstag', 'claim'),
  mine('m-beweise', 'Doch bisher gibt es keine unabhängigen Beweise für den Einsatz nordkoreanischer Truppen in Kampfgebieten.', 'claim'),
  mine('m-kcna', 'Koreanische Zentrale Nachrichtenagentur', 'actor'),
  mine('m-juni', 'Juni 2024', 'date'),
  mine('m-moskau', 'Moskau', 'actor'),
];

/** A session on the built-in article holding `annotations`, with counting ids and a fixed clock; saving is a spy. */
export function articleSession(annotations: readonly Annotation[] = MY_TAGS) {
  let n = 0;
  const save = vi.fn(async () => ({ rev: 1 }));
  const session = createDocumentSession({
    opened: { document: { id: ARTICLE_ID, title: 'DVRK', source: 'builtin:000_2010653594c6cf10.txt', text: ARTICLE }, annotations: [...annotations], rev: 0, readOnly: false, notices: [] },
    annotator: () => 'tester',
    snapToWords: () => true,
    newId: () => `new${++n}`,
    now: () => '2026-11-27T10:00:00.000Z',
    saveAnnotations: save,
    isConflict: () => false,
  });
  session.dispose();
  return { session, save };
}
