import { describe, expect, it } from 'vitest';
import { AnnotationSchema, type Annotation } from '@shared/annotation/annotation';
import { addAnnotations } from '@shared/annotation/annotationList';
import { commitHistory, createHistory, undoHistory } from '@shared/annotation/history';
import { planTagAllHits, tagAllHits } from '@shared/annotation/tagAllHits';
import { findMatches } from '@shared/text/findMatches';
import { validateAnnotationsAgainstText } from '@shared/annotation/validateAnnotationsAgainstText';
import { createOffsetConverter } from '@shared/text/offsetConverter';
import { ARTICLE, NOW, annotate } from './fixtures';

function run(text: string, annotations: readonly Annotation[], query: string, label = 'actor', snapToWords = false) {
  let n = 0;
  const result = tagAllHits({
    text,
    converter: createOffsetConverter(text),
    annotations,
    query,
    label,
    snapToWords,
    annotator: 'anna',
    newId: () => `id-${(n += 1)}`,
    now: NOW,
  });
  return { ...result, idsIssued: n };
}

describe('tagAllHits', () => {
  const occurrences = ARTICLE.split('Russland').length - 1;

  it('tags every "Russland" in the article once; a second run adds nothing', () => {
    expect(occurrences).toBeGreaterThan(1);
    const first = run(ARTICLE, [], 'Russland');
    expect(first.added).toHaveLength(occurrences);
    expect(first.skipped).toBe(0);
    expect(first.added.every((a) => a.text === 'Russland' && a.label === 'actor')).toBe(true);
    expect(validateAnnotationsAgainstText(ARTICLE, first.added)).toEqual([]);
    for (const a of first.added) expect(AnnotationSchema.safeParse(a).success).toBe(true);

    const list = addAnnotations([], first.added);
    const second = run(ARTICLE, list, 'russland');
    expect(second).toMatchObject({ added: [], skipped: occurrences, idsIssued: 0 });
  });

  it('does not skip a hit tagged with another label, nor a different span with the same label', () => {
    const list = addAnnotations([], run(ARTICLE, [], 'Russland', 'claim').added);
    expect(run(ARTICLE, list, 'Russland', 'actor').added).toHaveLength(occurrences);
    const longer = annotate(ARTICLE, 'und Russland', 'actor', 'longer');
    expect(run(ARTICLE, [longer], 'Russland', 'actor')).toMatchObject({ skipped: 0 });
  });

  it('skips exactly the already-tagged span and issues ids only for new annotations', () => {
    const existing = annotate(ARTICLE, 'Russland', 'actor', 'first');
    const result = run(ARTICLE, [existing], 'Russland');
    expect(result.skipped).toBe(1);
    expect(result.added).toHaveLength(occurrences - 1);
    expect(result.idsIssued).toBe(occurrences - 1);
    expect(result.added.some((a) => a.start === existing.start)).toBe(false);
  });

  it('stores code-point offsets after emoji; an NFD query finds the NFC canonical word', () => {
    const text = '👍🏽 Müller sagt: 😀 müller! Mull';
    const result = run(text, [], 'mu\u0308ller');
    expect(result.added.map((a) => [a.start, a.end, a.text])).toEqual([
      [3, 9, 'Müller'],
      [18, 24, 'müller'],
    ]);
    expect(validateAnnotationsAgainstText(text, result.added)).toEqual([]);
  });

  it('never tags part of a decomposed umlaut in NFD text', () => {
    const text = '😀 Mu\u0308ller und Mull';
    expect(run(text, [], 'mu').added.map((a) => [a.start, a.end, a.text])).toEqual([[14, 16, 'Mu']]);
  });

  it('trims whitespace the query carried into a hit', () => {
    const result = run('Moskau und Moskau.', [], 'moskau ');
    expect(result.added.map((a) => a.text)).toEqual(['Moskau']);
  });

  it('is one undo step when committed as one change', () => {
    const found = run(ARTICLE, [], 'Russland');
    let h = createHistory<readonly Annotation[]>([]);
    h = commitHistory(h, addAnnotations(h.present, found.added), 'Tag all hits');
    expect(h.present).toHaveLength(occurrences);
    expect(undoHistory(h).present).toEqual([]);
  });

  it('with Snap to words skips every hit inside a word: "russ" tags nothing in the article, 11 partial', () => {
    expect(run(ARTICLE, [], 'russ', 'actor', true)).toMatchObject({ added: [], skipped: 0, partialWords: 11 });
    expect(run(ARTICLE, [], 'russ', 'actor', false).added).toHaveLength(11);
    expect(run(ARTICLE, [], 'russland', 'actor', true)).toMatchObject({ partialWords: 0 });
    expect(run(ARTICLE, [], 'russland', 'actor', true).added).toHaveLength(occurrences);
  });

  it.each([
    ['emoji before the hits', '😀 Anna und Annabell 👍🏽 anna.', 'anna', [[2, 6, 'Anna'], [23, 27, 'anna']], 1],
    ['an NFD query on the NFC text', 'Müller und Müllers 😀', 'mu\u0308ller', [[0, 6, 'Müller']], 1],
    ['a hit spanning two words', 'Kim Jong-un traf Kimjong.', 'kim jong', [[0, 8, 'Kim Jong']], 0],
    ['a hit cutting both words', 'Kim Jong-un', 'im jo', [], 1],
    ['punctuation around a whole word', '„Putin“, sagte Putins Sprecher.', 'putin', [[1, 6, 'Putin']], 1],
  ] as const)('with Snap to words, %s: only whole words are tagged', (_name, text, query, expected, partial) => {
    const result = run(text, [], query, 'actor', true);
    expect(result.added.map((a) => [a.start, a.end, a.text])).toEqual(expected);
    expect(result.partialWords).toBe(partial);
    expect(validateAnnotationsAgainstText(text, result.added)).toEqual([]);
  });

  it('finds nothing for an empty query', () => {
    expect(run(ARTICLE, [], '  ')).toMatchObject({ added: [], skipped: 0 });
  });

  it('plans the same from the hits the search bar already has, and counts a tag made since on the next plan of a new list', () => {
    const text = '😀 Mu\u0308ller trifft Müller, dann Müller.';
    const converter = createOffsetConverter(text);
    const query = { text, converter, query: 'Müller', label: 'actor', snapToWords: true };
    const before = planTagAllHits({ ...query, annotations: [] });
    expect(planTagAllHits({ ...query, annotations: [], hits: findMatches(text, 'Müller') })).toEqual(before);
    expect(before.spans).toHaveLength(2);
    // A new list (lists are never changed in place) with one of the hits tagged: that one is skipped now.
    const tagged = run(text, [], 'Müller').added.slice(0, 1);
    expect(planTagAllHits({ ...query, annotations: tagged })).toMatchObject({ spans: [before.spans[1]], alreadyTagged: 1 });
    expect(planTagAllHits({ ...query, annotations: [] })).toEqual(before);
  });

  it('given the hits, list, label and setting of the last plan, returns that plan; any other input plans afresh', () => {
    const text = '👍🏽 Mu\u0308ller trifft Müller, dann Müller 😀.';
    const converter = createOffsetConverter(text);
    const hits = findMatches(text, 'Müller');
    const query = { text, converter, query: 'Müller', label: 'actor', snapToWords: true, hits };
    const list: readonly Annotation[] = [];
    const planned = planTagAllHits({ ...query, annotations: list });
    expect(planTagAllHits({ ...query, annotations: list })).toBe(planned);
    // The click tags exactly what the bar planned.
    let n = 0;
    const tagged = tagAllHits({ ...query, annotations: list, annotator: 'anna', newId: () => `id-${(n += 1)}`, now: NOW });
    expect(tagged.added.map((a) => [a.start, a.end, a.text])).toEqual(planned.spans.map((s) => [s.start, s.end, text.slice(s.utf16Start, s.utf16End)]));
    expect(validateAnnotationsAgainstText(text, tagged.added)).toEqual([]);
    // A new list, another label, the setting off or new hits (same query) each plan afresh.
    const withOne = addAnnotations([], tagged.added.slice(0, 1));
    expect(planTagAllHits({ ...query, annotations: withOne })).toMatchObject({ alreadyTagged: 1, spans: [planned.spans[1]] });
    expect(planTagAllHits({ ...query, annotations: list, label: 'claim' })).not.toBe(planned);
    expect(planTagAllHits({ ...query, annotations: list, snapToWords: false })).not.toBe(planned);
    const again = planTagAllHits({ ...query, annotations: list, hits: findMatches(text, 'Müller') });
    expect(again).not.toBe(planned);
    expect(again).toEqual(planned);
  });
});

