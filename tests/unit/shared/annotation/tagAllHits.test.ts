import { describe, expect, it } from 'vitest';
import { AnnotationSchema, type Annotation } from '../../../../shared/annotation/annotation';
import { addAnnotations } from '../../../../shared/annotation/annotationList';
import { commitHistory, createHistory, undoHistory } from '../../../../shared/annotation/history';
import { tagAllHits } from '../../../../shared/annotation/tagAllHits';
import { validateAnnotationsAgainstText } from '../../../../shared/annotation/validateAnnotationsAgainstText';
import { createOffsetConverter } from '../../../../shared/text/offsetConverter';
import { ARTICLE, NOW, annotate } from './fixtures';

function run(text: string, annotations: readonly Annotation[], query: string, label = 'actor') {
  let n = 0;
  const result = tagAllHits({
    text,
    converter: createOffsetConverter(text),
    annotations,
    query,
    label,
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

  it('finds nothing for an empty query', () => {
    expect(run(ARTICLE, [], '  ')).toMatchObject({ added: [], skipped: 0 });
  });
});
