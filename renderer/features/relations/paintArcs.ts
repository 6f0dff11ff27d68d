import { DEFAULT_ARC_LAYOUT, type ArcShape } from './arcLayout';

const SVG = 'http://www.w3.org/2000/svg';
const LABEL_HEIGHT = DEFAULT_ARC_LAYOUT.labelHeight;
/** Detached arc elements kept for reuse, so a scroll that brings new arcs mostly re-points elements instead of creating them. */
const POOL_LIMIT = 400;
/** One decimal, as the layout rounds its coordinates (no float noise like 99.30000000000001 in an attribute). */
const round = (n: number) => Math.round(n * 10) / 10;

/** What one layer's arcs are drawn with: whether they are mine (selectable), the selected relation, and each arc's accessible name. */
export interface ArcPaintOptions {
  readonly own: boolean;
  readonly selectedId: string | null;
  describe(relationId: string): string;
}

type Shape = ArcShape & { type: string };

/** One drawn arc: its element and what it was last drawn with. */
interface Drawn {
  readonly element: SVGGElement;
  readonly line: SVGPathElement;
  readonly box: SVGRectElement;
  readonly label: SVGTextElement;
  shape: Shape | null;
  className: string;
  selected: boolean;
  name: string;
}

const drawnOf = new WeakMap<SVGGElement, Map<string, Drawn>>();
const pool: Drawn[] = [];

/** The parts every arc element starts from, built once: cloning it costs one call instead of five creations, appends and class writes. */
let blank: SVGGElement | null = null;

/**
 * A new arc element: the path (arrow at the target), the label's box and its text, placed by
 * their own x and y (a `transform` would give every label a paint property node and its own
 * paint chunk, which the compositor walks again on every frame). Sizes and anchoring come from relations.css.
 */
function createArc(): Drawn {
  if (blank === null) {
    blank = document.createElementNS(SVG, 'g');
    const line = document.createElementNS(SVG, 'path');
    const box = document.createElementNS(SVG, 'rect');
    const label = document.createElementNS(SVG, 'text');
    line.setAttribute('class', 'arc-line');
    box.setAttribute('class', 'arc-label-box');
    label.setAttribute('class', 'arc-label');
    blank.append(line, box, label);
  }
  const element = blank.cloneNode(true) as SVGGElement;
  const line = element.firstChild as SVGPathElement;
  const box = line.nextSibling as SVGRectElement;
  const label = box.nextSibling as SVGTextElement;
  return { element, line, box, label, shape: null, className: '', selected: false, name: '' };
}

/**
 * Draws `shape` into `drawn`, writing only what differs from what it showed before (a scroll
 * re-points pooled arcs, most of whose attributes differ; a redraw of a kept arc changes few).
 */
function draw(drawn: Drawn, shape: Shape, selected: boolean, options: ArcPaintOptions): void {
  const before = drawn.shape;
  const { element } = drawn;
  const name = options.describe(shape.id);
  const className = `arc arc-type-${shape.type}${selected ? ' arc-selected' : ''}${options.own ? '' : ' arc-colleague'}`;
  if (before === shape && drawn.className === className && drawn.name === name) return;
  if (before?.id !== shape.id) element.setAttribute('data-relation', shape.id);
  if (drawn.name !== name) {
    element.setAttribute('aria-label', name);
    // A tooltip made for the arc this element drew before (addArcTooltip puts it first).
    if (element.firstElementChild?.localName === 'title') element.firstElementChild.remove();
  }
  if (drawn.className !== className) {
    element.setAttribute('class', className);
    element.setAttribute('role', options.own ? 'button' : 'img');
    if (options.own) element.setAttribute('aria-pressed', String(selected));
    else element.removeAttribute('aria-pressed');
  }
  if (before?.path !== shape.path) drawn.line.setAttribute('d', shape.path);
  if (before?.labelX !== shape.labelX || before.labelWidth !== shape.labelWidth) {
    drawn.box.setAttribute('x', String(round(shape.labelX - shape.labelWidth / 2)));
    drawn.label.setAttribute('x', String(shape.labelX));
  }
  if (before?.labelY !== shape.labelY) {
    drawn.box.setAttribute('y', String(round(shape.labelY - LABEL_HEIGHT / 2)));
    drawn.label.setAttribute('y', String(shape.labelY));
  }
  if (before?.labelWidth !== shape.labelWidth) drawn.box.setAttribute('width', String(shape.labelWidth));
  if (before?.label !== shape.label) drawn.label.textContent = shape.label;
  drawn.shape = shape;
  drawn.className = className;
  drawn.selected = selected;
  drawn.name = name;
}

/**
 * Draws one layer's arcs into its SVG group without React, as the highlight painters draw tags:
 * an arc that is still drawn keeps its element and is rewritten only where its shape changed, a
 * new arc takes a pooled element of one that left (or a new one), and the group's children follow
 * the order of `shapes` (arcs to other lines last, their labels on top). A scroll that brings a
 * screen of new arcs therefore costs a few attribute writes per arc, no component mount.
 */
export function paintArcs(group: SVGGElement, shapes: readonly Shape[], options: ArcPaintOptions): void {
  let drawn = drawnOf.get(group);
  if (drawn === undefined) drawnOf.set(group, (drawn = new Map()));
  const keep = new Set<string>();
  for (const shape of shapes) keep.add(shape.id);
  for (const [id, arc] of drawn) {
    if (keep.has(id)) continue;
    arc.element.remove();
    drawn.delete(id);
    if (pool.length < POOL_LIMIT) pool.push(arc);
  }
  let next = group.firstChild;
  for (const shape of shapes) {
    let arc = drawn.get(shape.id);
    if (arc === undefined) drawn.set(shape.id, (arc = pool.pop() ?? createArc()));
    draw(arc, shape, options.own && shape.id === options.selectedId, options);
    if (arc.element === next) next = next.nextSibling;
    else group.insertBefore(arc.element, next);
  }
}

/** Gives an arc its tooltip (its accessible name) when the pointer first reaches it, so drawn arcs carry no title element each. */
export function addArcTooltip(arc: Element): void {
  let title = arc.querySelector(':scope > title');
  if (title === null) arc.prepend((title = document.createElementNS(SVG, 'title')));
  title.textContent = arc.getAttribute('aria-label');
}
