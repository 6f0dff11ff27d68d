import { useCallback, useEffect, useMemo, useRef, useState, useSyncExternalStore, type ReactNode, type RefObject } from 'react';
import { createPortal } from 'react-dom';
import { useTranslation } from 'react-i18next';
import type { EditorView } from '@tiptap/pm/view';
import type { Annotation } from '@shared/annotation/annotation';
import { quoteForMessage } from '@shared/annotation/quoteForMessage';
import type { Relation } from '@shared/relation/relation';
import { annotationIdsAt, positionOf } from '../../editor/sessionExtension';
import type { DocumentSession } from '../../state/createDocumentSession';
import type { CommandHandler } from '../shortcuts/createKeyBindings';
import { useModeBindings } from '../shortcuts/useModeBindings';
import type { ArcGeometry } from './arcBoxes';
import type { RelationMode } from './createRelationMode';
import { RelationArcs } from './RelationArcs';
import { RelationBanner } from './RelationBanner';
import { annotationsById, relationsById } from './arcPicture';
import { useArcShapes, type ArcLayer } from './useArcShapes';

/** Props of the frame around the editor: the session and its relation mode, the view, the scrolling pane, other layers to draw. */
export interface RelationFrameProps {
  session: DocumentSession;
  mode: RelationMode;
  view: EditorView | null;
  annotations: readonly Annotation[];
  relations: readonly Relation[];
  /** Labels the filter hides: their tags' arcs are not drawn. */
  hiddenLabels: readonly string[];
  /** Colleagues' relations shown beside mine in the review (read-only, drawn dashed). */
  colleagueLayers?: readonly ArcLayer[];
  viewportRef: RefObject<HTMLElement | null>;
  /** The bar above the scrolling pane that shows the modes' banner in its own row, so it never covers the text. */
  modeBarRef: RefObject<HTMLElement | null>;
  reveal(id: string): void;
  children: ReactNode;
}

const NO_LAYERS: readonly ArcLayer[] = [];
const NO_TAGS: readonly Annotation[] = [];

/** Each tag's short quote, made once per tag object (an actor named by many arcs is segmented once). */
const QUOTES = new WeakMap<Annotation, string>();
function quoteOf(tag: Annotation | undefined): string {
  if (tag === undefined) return quoteForMessage('');
  let quote = QUOTES.get(tag);
  if (quote === undefined) QUOTES.set(tag, (quote = quoteForMessage(tag.text)));
  return quote;
}

/** Stand-ins for an arc's two quotes in its translated name (control characters no translation contains). */
const ARC_FROM = '\u0001from\u0001';
const ARC_TO = '\u0001to\u0001';

/** A translated arc name cut at its stand-ins: text, stand-in, text, … (the stand-ins kept, so a language may name `to` first). */
function arcNameTemplate(message: string): readonly string[] {
  const parts: string[] = [];
  let rest = message;
  for (;;) {
    const from = rest.indexOf(ARC_FROM);
    const to = rest.indexOf(ARC_TO);
    const at = from === -1 ? to : to === -1 ? from : Math.min(from, to);
    if (at === -1) return [...parts, rest];
    const standIn = at === from ? ARC_FROM : ARC_TO;
    parts.push(rest.slice(0, at), standIn);
    rest = rest.slice(at + standIn.length);
  }
}

/** An arc's name: its template with the two quotes put in place of their stand-ins. */
function fillArcName(parts: readonly string[], from: string, to: string): string {
  return parts.map((part) => (part === ARC_FROM ? from : part === ARC_TO ? to : part)).join('');
}

/** Swallows a key in relation mode: tagging keys do nothing while a target is being picked. */
const SWALLOW: CommandHandler = () => true;

/**
 * The editor framed with its relation layer: the banner and keys of the relation-picking mode
 * (J/K, Enter, 1/2/3, Escape; clicks on tags pick the target), the banner and keys of a selected
 * relation (Delete, Escape), and the arcs drawn over the text near the viewport.
 */
export function RelationFrame({ session, mode, view, annotations, relations, hiddenLabels, colleagueLayers = NO_LAYERS, viewportRef, modeBarRef, reveal, children }: RelationFrameProps) {
  const { t } = useTranslation();
  const frameRef = useRef<HTMLDivElement>(null);
  const { pick, selectedRelationId } = useSyncExternalStore(mode.store.subscribe, mode.store.get);
  const picking = pick.kind === 'picking';

  useModeBindings(
    'relationPicking',
    {
      relationNext: () => revealTarget(1),
      relationPrevious: () => revealTarget(-1),
      relationConfirm: () => mode.confirm(),
      relationType: ({ event }) => mode.choose(Number(event?.key)),
      relationCancel: () => mode.cancel(),
      label: SWALLOW,
      delete: SWALLOW,
      note: SWALLOW,
      cycle: SWALLOW,
      deselect: SWALLOW,
      relate: SWALLOW,
      next: SWALLOW,
      previous: SWALLOW,
    },
    picking,
  );
  useModeBindings(
    'relationSelected',
    {
      relationDelete: () => void mode.deleteSelectedRelation(),
      relationDeselect: () => mode.selectRelation(null),
    },
    selectedRelationId !== null && !picking,
  );
  function revealTarget(direction: 1 | -1): void {
    const id = mode.step(direction);
    if (id !== null) reveal(id);
  }

  // While picking, a click on a tag picks it (innermost allowed tag under the pointer) and never moves the caret.
  useEffect(() => {
    if (!view || pick.kind !== 'picking') return;
    const onMouseDown = (event: MouseEvent) => {
      event.preventDefault();
      event.stopPropagation();
      const ids = annotationIdsAt(event.target, view.dom);
      const id = ids.find((x) => pick.candidates.includes(x)) ?? ids[0];
      if (id !== undefined) mode.pick(id);
    };
    view.dom.addEventListener('mousedown', onMouseDown, true);
    return () => view.dom.removeEventListener('mousedown', onMouseDown, true);
  }, [view, pick, mode]);

  const [frame, setFrame] = useState<HTMLDivElement | null>(null);
  const [modeBar, setModeBar] = useState<HTMLElement | null>(null);
  // Both read once mounted, in one render.
  useEffect(() => {
    setFrame(frameRef.current);
    setModeBar(modeBarRef.current);
  }, [modeBarRef]);
  const geometry = useMemo<ArcGeometry | null>(() => {
    const viewport = viewportRef.current;
    if (!view || !frame || !viewport) return null;
    return {
      view,
      frame,
      viewport,
      toPos: (cp) => positionOf(session, cp),
      toCodePoint: (pos) => session.converter.utf16ToCodePoint(session.textIndex.posToOffset(pos)),
      selection: { get: () => session.selectedId(), subscribe: (onChange) => session.subscribe(onChange) },
    };
  }, [view, frame, viewportRef, session]);
  // Each type's name translated once per language, not once per arc and redraw.
  const typeName = useMemo(() => {
    const names = new Map<string, string>();
    return (id: string) => {
      let name = names.get(id);
      if (name === undefined) names.set(id, (name = t(`relations.types.${id}`, { defaultValue: id })));
      return name;
    };
  }, [t]);
  const layers = useMemo<readonly ArcLayer[]>(() => [{ id: 'mine', relations, annotations }, ...colleagueLayers], [relations, annotations, colleagueLayers]);
  const extraTags = useMemo(() => (pick.kind === 'picking' ? annotations.filter((a) => a.id === pick.fromId || pick.candidates.includes(a.id)) : NO_TAGS), [pick, annotations]);
  // Kept while the filter holds the same labels (a label key makes a new, equal list), so a tag change can be seen to move no arc (arcsUnchanged).
  const hiddenKey = hiddenLabels.join('\u0000');
  const isShown = useMemo(() => {
    const hidden = new Set(hiddenKey === '' ? [] : hiddenKey.split('\u0000'));
    return (a: Annotation) => !hidden.has(a.label);
  }, [hiddenKey]);
  const inputs = useMemo(
    () => ({ geometry, layers, textLength: session.converter.codePointLength, isShown, typeName, extraTags }),
    [geometry, layers, session, isShown, typeName, extraTags],
  );
  const picture = useArcShapes(inputs);

  // Read through a ref, so a change of my tags elsewhere does not re-render every arc for its name.
  const latestLayers = useRef(layers);
  latestLayers.current = layers;
  // Names are made once per relation and its two tags (two quotes segmented and a translation each), not per arc and redraw.
  const describe = useMemo(() => {
    const names = new Map<string, { relation: Relation | undefined; from: Annotation | undefined; to: Annotation | undefined; name: string }>();
    // The message translated once per type and annotator with stand-ins for the two quotes, which each arc then fills in.
    const templates = new Map<string, readonly string[]>();
    const template = (key: 'relations.arc' | 'relations.arcColleague', type: string, annotator: string) => {
      const id = `${key}\u0000${type}\u0000${annotator}`;
      let parts = templates.get(id);
      if (parts === undefined) templates.set(id, (parts = arcNameTemplate(t(key, { type: typeName(type), annotator, from: ARC_FROM, to: ARC_TO }))));
      return parts;
    };
    return (relationId: string, layerId: string) => {
      const layer = latestLayers.current.find((l) => l.id === layerId);
      const relation = layer === undefined ? undefined : relationsById(layer.relations).get(relationId);
      const byId = layer === undefined ? undefined : annotationsById(layer.annotations);
      const from = relation === undefined ? undefined : byId?.get(relation.from);
      const to = relation === undefined ? undefined : byId?.get(relation.to);
      const key = `${layerId}\u0000${relationId}`;
      const known = names.get(key);
      if (known !== undefined && known.relation === relation && known.from === from && known.to === to) return known.name;
      const name = fillArcName(template(layerId === 'mine' ? 'relations.arc' : 'relations.arcColleague', relation?.type ?? '', layer?.annotator ?? ''), quoteOf(from), quoteOf(to));
      names.set(key, { relation, from, to, name });
      return name;
    };
  }, [typeName, t]);
  const selectRelation = useCallback((id: string) => mode.selectRelation(id), [mode]);
  const selectedRelation = selectedRelationId === null ? undefined : relationsById(relations).get(selectedRelationId);

  return (
    <>
      {modeBar !== null &&
        createPortal(
          <RelationBanner
            pick={pick}
            annotations={annotations}
            selected={picking ? undefined : selectedRelation}
            describe={(id) => describe(id, 'mine')}
            onConfirm={() => mode.confirm()}
            onChoose={(n) => mode.choose(n)}
            onCancel={() => mode.cancel()}
          />,
          modeBar,
        )}
      <div className="relation-frame" ref={frameRef}>
        {children}
        <RelationArcs
          picture={picture}
          ownLayer="mine"
          selectedId={selectedRelationId}
          picking={pick.kind === 'picking' ? pick : null}
          onSelect={selectRelation}
          describe={describe}
        />
      </div>
    </>
  );
}
