import { memo } from 'react';
import { DEFAULT_ARC_LAYOUT, type ArcShape, type TagBox } from './arcLayout';
import type { ArcPicture } from './arcPicture';
import './relations.css';

/** Props of the overlay: the laid-out picture, the picking mode's tags, the selected relation and a click handler. */
export interface RelationArcsProps {
  picture: ArcPicture;
  /** The layer whose arcs can be selected (mine); other layers are drawn apart, for comparison. */
  ownLayer: string;
  selectedId: string | null;
  /** While picking: the source tag, the current target and the tags that may be picked. */
  picking: { fromId: string; targetId: string | null; candidates: readonly string[] } | null;
  onSelect(relationId: string): void;
  /** The accessible name of an arc, e.g. "Source: „…“ → „Wassili Nebensja“". */
  describe(relationId: string, layer: string): string;
}

/** Room around the text's frame (px) for arcs above the first line and labels at the edges: the layer clips to its box (`contain: strict`). */
export const BLEED = 48;
const LABEL_HEIGHT = DEFAULT_ARC_LAYOUT.labelHeight;

/** One tag outline of the picking mode. */
function Outline({ box, kind }: { box: TagBox | undefined; kind: string }) {
  if (!box) return null;
  return <rect className={`pick-outline ${kind}`} x={box.left - 2} y={box.top - 2} width={box.right - box.left + 4} height={20} rx={3} />;
}

/** Gives an arc its tooltip (its accessible name) when the pointer first reaches it, so the arcs a scroll mounts carry no title element each. */
function addTooltip(event: { currentTarget: SVGGElement }): void {
  const arc = event.currentTarget;
  let title = arc.querySelector(':scope > title');
  if (title === null) arc.prepend((title = document.createElementNS('http://www.w3.org/2000/svg', 'title')));
  title.textContent = arc.getAttribute('aria-label');
}

/**
 * One arc: the drawn path (arrow at the target) and its one label, the label being what a click
 * selects; memoized, so a redraw re-renders only the arcs that changed. Four elements and few
 * attributes (the arrow, the label box's height and corners, the label's anchoring come from
 * relations.css), since a scroll mounts the arcs it reaches and that was most of its script.
 */
const Arc = memo(function Arc({ shape, own, selected, onSelect, label, name }: { shape: ArcShape & { type: string }; own: boolean; selected: boolean; onSelect(id: string): void; label: string; name: string }) {
  const width = shape.labelWidth;
  return (
    <g
      className={`arc arc-type-${shape.type}${selected ? ' arc-selected' : ''}${own ? '' : ' arc-colleague'}`}
      data-relation={shape.id}
      role={own ? 'button' : 'img'}
      aria-label={name}
      aria-pressed={own ? selected : undefined}
      onPointerEnter={addTooltip}
      onMouseDown={(event) => event.preventDefault()}
      onClick={own ? () => onSelect(shape.id) : undefined}
    >
      <path className="arc-line" d={shape.path} />
      <rect className="arc-label-box" x={shape.labelX - width / 2} y={shape.labelY - LABEL_HEIGHT / 2} width={width} />
      <text className="arc-label" x={shape.labelX} y={shape.labelY}>
        {label}
      </text>
    </g>
  );
});

/**
 * The relation arcs over the text, as an SVG layer above the editor: brat-style brackets from
 * source to target labelled with the type, mine selectable by click, colleagues' dashed; while
 * picking, the source, the target and the allowed targets are outlined. The text stays the
 * only editable content: the layer sits outside the editor and ignores the pointer except on arc labels.
 * It is its own compositing layer with strict containment (relations.css), so drawing arcs never
 * restyles, lays out or repaints the text, and a key press that repaints the text never repaints arcs.
 * Memoized: a render of the workbench that changes none of its props redraws nothing.
 */
export const RelationArcs = memo(function RelationArcs({ picture, ownLayer, selectedId, picking, onSelect, describe }: RelationArcsProps) {
  if (picture.width === 0) return null;
  return (
    <svg
      className="relation-arcs"
      width={picture.width + 2 * BLEED}
      height={picture.height + 2 * BLEED}
      viewBox={`${-BLEED} ${-BLEED} ${picture.width + 2 * BLEED} ${picture.height + 2 * BLEED}`}
      data-testid="relation-arcs"
      aria-hidden={picture.layers.every((l) => l.shapes.length === 0) && !picking}
    >
      <defs>
        <marker id="relation-arrow" viewBox="0 0 8 8" refX="8" refY="4" markerWidth="5" markerHeight="5" orient="auto">
          <path d="M0 0 L8 4 L0 8 Z" className="arc-arrow" />
        </marker>
      </defs>
      {picking &&
        picking.candidates.map((id) => id !== picking.targetId && <Outline key={id} box={picture.boxes.get(id)} kind="pick-candidate" />)}
      {picking && <Outline box={picture.boxes.get(picking.fromId)} kind="pick-source" />}
      {picking && picking.targetId !== null && <Outline box={picture.boxes.get(picking.targetId)} kind="pick-target" />}
      {picture.layers.map((layer) => (
        <g key={layer.id} className="arc-layer" data-layer={layer.id}>
          {layer.shapes.map((shape) => (
            <Arc
              key={shape.id}
              shape={shape}
              own={layer.id === ownLayer}
              selected={layer.id === ownLayer && shape.id === selectedId}
              onSelect={onSelect}
              label={shape.label}
              name={describe(shape.id, layer.id)}
            />
          ))}
        </g>
      ))}
    </svg>
  );
});
