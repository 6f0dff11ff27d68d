import { memo, useLayoutEffect, useRef } from 'react';
import type { TagBox } from './arcLayout';
import type { ArcPicture } from './arcPicture';
import { addArcTooltip, paintArcs } from './paintArcs';
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

/** One tag outline of the picking mode. */
function Outline({ box, kind }: { box: TagBox | undefined; kind: string }) {
  if (!box) return null;
  return <rect className={`pick-outline ${kind}`} x={box.left - 2} y={box.top - 2} width={box.right - box.left + 4} height={20} rx={3} />;
}

/** Props of one layer's group: its shapes and how they are drawn. */
interface ArcLayerGroupProps {
  id: string;
  shapes: ArcPicture['layers'][number]['shapes'];
  own: boolean;
  selectedId: string | null;
  describe(relationId: string, layer: string): string;
}

/**
 * One layer's arcs: a group React renders empty and `paintArcs` fills after each change, so a
 * scroll that brings arcs mounts no component (that was most of a scroll's script with arcs).
 */
const ArcLayerGroup = memo(function ArcLayerGroup({ id, shapes, own, selectedId, describe }: ArcLayerGroupProps) {
  const ref = useRef<SVGGElement>(null);
  useLayoutEffect(() => {
    if (ref.current !== null) paintArcs(ref.current, shapes, { own, selectedId, describe: (relationId) => describe(relationId, id) });
  }, [id, shapes, own, selectedId, describe]);
  return <g ref={ref} className="arc-layer" data-layer={id} />;
});

/** The drawn arc an event reached (through its label, the only part that takes the pointer), if any. */
const arcOf = (target: EventTarget | null): Element | null => (target instanceof Element ? target.closest('.arc[data-relation]') : null);

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
      onPointerOver={(event) => {
        const arc = arcOf(event.target);
        if (arc !== null) addArcTooltip(arc);
      }}
      onMouseDown={(event) => {
        if (arcOf(event.target) !== null) event.preventDefault();
      }}
      onClick={(event) => {
        const arc = arcOf(event.target);
        const id = arc?.getAttribute('data-relation');
        if (arc && id && arc.closest(`[data-layer="${CSS.escape(ownLayer)}"]`)) onSelect(id);
      }}
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
        <ArcLayerGroup key={layer.id} id={layer.id} shapes={layer.shapes} own={layer.id === ownLayer} selectedId={selectedId} describe={describe} />
      ))}
    </svg>
  );
});
