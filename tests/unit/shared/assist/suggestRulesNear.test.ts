import { describe, expect, it } from 'vitest';
import { suggestRules } from '@shared/assist/suggestRules';
import { suggestRulesNear } from '@shared/assist/suggestRulesNear';
import { codePointLength } from '@shared/text/offsetConverter';

const PARAGRAPHS = [
  'Die Regierung tagte am Dienstag in Berlin 😀.',
  '„Wir bleiben dabei“, sagte Ministerin Anna Kru\u0308ger.',
  'Der Verband kritisierte den Plan seit dem 3. März 2019.',
  '»Das ist ein Kahlschlag auf Raten«, so Verdi-Sekretärin Lea Winter.',
  'Die Gewerkschaft Verdi kündigte am Freitag Widerstand an.',
];

describe('suggestRulesNear', () => {
  it.each([
    ['one paragraph of an emoji and NFD text, with its neighbours', 20, 2],
    ['the first paragraph', 0, 0],
    ['the last paragraph', 30, 4],
  ])('%s: the same suggestions, ranges, ids and relations as the whole text\'s rules there', (_name, repeat, paragraph) => {
    const blocks = Array.from({ length: repeat + 5 }, (_, k) => PARAGRAPHS[k % PARAGRAPHS.length] as string);
    const text = blocks.join('\n');
    const at = codePointLength(blocks.slice(0, repeat + paragraph).join('\n')) + (repeat + paragraph > 0 ? 1 : 0);
    const near = suggestRulesNear(text, at, at + 5);
    const all = suggestRules(text);
    const inParagraph = (s: { start: number; end: number }) => s.start >= at && s.end <= at + codePointLength(blocks[repeat + paragraph] as string);
    expect(near.annotations.filter(inParagraph)).toEqual(all.annotations.filter(inParagraph));
    expect(near.annotations.filter(inParagraph).length).toBeGreaterThan(0);
    const ids = new Set(all.annotations.map((s) => s.id));
    expect(near.annotations.every((s) => ids.has(s.id))).toBe(true);
    const relations = new Set(all.relations.map((r) => r.id));
    expect(near.relations.length).toBeGreaterThan(0);
    expect(near.relations.every((r) => relations.has(r.id))).toBe(true);
  });
});
