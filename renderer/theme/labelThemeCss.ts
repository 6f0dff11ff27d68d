import type { Label, LinePattern } from '@shared/annotation/labelSet';

/** Thickness of every label underline in CSS pixels: at 2 px dotted and dash-dot blur into one grey. */
export const LINE_PX = 3;

/** Search hits: a lime no label uses (labels are orange, blue, green, pink), so a hit never reads as a tag. */
export const SEARCH_COLORS = { hit: '#d9f99d', current: '#a3e635' } as const;

/** The dash sequence (on, off, on, off… in px) of each pattern along the line; solid has none. */
export const DASHES: Record<LinePattern, readonly number[]> = {
  solid: [],
  dashed: [9, 5],
  dotted: [3, 3],
  'dash-dot': [9, 3, 3, 3],
};

const SAFE_ID = /^[a-z][a-z0-9_-]*$/i;
const SAFE_COLOR = /^#[0-9a-f]{3,8}$/i;

/** A horizontal line of `pattern` in `color`, as a CSS image, scaled by `scale` (the swatches draw it smaller). */
function lineImage(pattern: LinePattern, color: string, scale = 1): string {
  const dashes = DASHES[pattern];
  if (dashes.length === 0) return `linear-gradient(${color}, ${color})`;
  const stops: string[] = [];
  let at = 0;
  dashes.forEach((length, i) => {
    const end = at + length * scale;
    stops.push(`${i % 2 === 0 ? color : 'transparent'} ${at}px ${end}px`);
    at = end;
  });
  return `repeating-linear-gradient(90deg, ${stops.join(', ')})`;
}

/**
 * The stylesheet that gives every label of the set its colour and line pattern as CSS custom
 * properties on `.label-<id>` (and the swatch on `.pattern-<id>`), so the label set, not the
 * stylesheets, decides how a label looks; ids or colours that are not plain tokens are skipped.
 */
export function labelThemeCss(labels: readonly Label[]): string {
  const rules = [`:root { --line-px: ${LINE_PX}px; --search-hit: ${SEARCH_COLORS.hit}; --search-hit-current: ${SEARCH_COLORS.current}; }`];
  for (const label of labels) {
    if (!SAFE_ID.test(label.id) || !SAFE_COLOR.test(label.color)) continue;
    const c = 'var(--label-color)';
    rules.push(
      `:root { --label-${label.id}: ${label.color}; }`,
      `.label-${label.id}, .pattern-${label.id} { --label-color: ${label.color}; --label-line: ${lineImage(label.pattern, c)}; --label-swatch: ${lineImage(label.pattern, c, 0.5)}; }`,
      `.pattern-${label.id} { background: var(--label-swatch); outline: 1px solid var(--label-color); }`,
    );
  }
  return rules.join('\n');
}
