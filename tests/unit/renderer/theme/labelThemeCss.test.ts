import { describe, expect, it } from 'vitest';
import { DEFAULT_LABELS, type Label } from '@shared/annotation/labelSet';
import { DASHES, LINE_PX, SEARCH_COLORS, labelThemeCss } from '../../../../renderer/theme/labelThemeCss';

/** The hue of a #rrggbb colour in degrees. */
function hue(hex: string): number {
  const [r, g, b] = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16) / 255) as [number, number, number];
  const max = Math.max(r, g, b);
  const d = max - Math.min(r, g, b);
  if (d === 0) return 0;
  const h = max === r ? ((g - b) / d) % 6 : max === g ? (b - r) / d + 2 : (r - g) / d + 4;
  return (h * 60 + 360) % 360;
}

const hueDistance = (a: number, b: number) => Math.min(Math.abs(a - b), 360 - Math.abs(a - b));

describe('labelThemeCss', () => {
  it('gives every label of the set its colour, line and swatch, from the set alone', () => {
    const css = labelThemeCss(DEFAULT_LABELS);
    for (const label of DEFAULT_LABELS) {
      expect(css).toContain(`.label-${label.id}, .pattern-${label.id} { --label-color: ${label.color};`);
      expect(css).toContain(`--label-${label.id}: ${label.color};`);
    }
    const fifth: Label = { id: 'place', name: 'Place', color: '#6d28d9', pattern: 'dotted', key: '5' };
    expect(labelThemeCss([...DEFAULT_LABELS, fifth])).toContain('.label-place, .pattern-place { --label-color: #6d28d9;');
  });

  it('draws lines at least 3 px thick, with dashes and gaps at least as long as the line is thick', () => {
    expect(LINE_PX).toBeGreaterThanOrEqual(3);
    expect(labelThemeCss(DEFAULT_LABELS)).toContain(`--line-px: ${LINE_PX}px`);
    for (const dashes of Object.values(DASHES)) for (const run of dashes) expect(run).toBeGreaterThanOrEqual(LINE_PX);
  });

  it('gives the four default labels four different patterns', () => {
    expect(new Set(DEFAULT_LABELS.map((l) => JSON.stringify(DASHES[l.pattern]))).size).toBe(DEFAULT_LABELS.length);
  });

  it('colours search hits with a hue at least 45° away from every label', () => {
    for (const colour of Object.values(SEARCH_COLORS)) {
      for (const label of DEFAULT_LABELS) expect(hueDistance(hue(colour), hue(label.color)), `${colour} vs ${label.id}`).toBeGreaterThanOrEqual(45);
    }
  });

  it.each([
    ['an emoji in the id', { id: 'zitat😀', color: '#123456' }],
    ['an NFD umlaut in the id', { id: 'bu\u0308rger', color: '#123456' }],
    ['a selector in the id', { id: 'x { } body', color: '#123456' }],
    ['CSS in the colour', { id: 'ok', color: 'red; } body { display: none' }],
  ])('skips a label with %s instead of writing it into the stylesheet', (_case, partial) => {
    const css = labelThemeCss([{ name: 'X', pattern: 'solid', key: '9', ...partial }]);
    expect(css.split('\n')).toHaveLength(1);
  });
});
