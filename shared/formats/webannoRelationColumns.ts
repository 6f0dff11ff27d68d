import { escapeValue } from './webannoEscaping';

/** A relation of a relation layer: its governor (`from`) and dependent (`to`) as indices into the base span layer's spans, and one value per feature. */
export interface WebannoRelation {
  readonly from: number;
  readonly to: number;
  readonly values: readonly (string | undefined)[];
}

/** A relation layer (`#T_RL=type|feature|…|BT_base`): its relations between spans of the span layer at index `base`. */
export interface WebannoRelationLayer {
  readonly type: string;
  readonly features: readonly string[];
  readonly base: number;
  readonly relations: readonly WebannoRelation[];
}

/** Where a span is first written: its row's id, the row's place in the file and its place in that row's stack. */
export interface SpanPlace {
  readonly unit: string;
  readonly row: number;
  readonly stack: number;
}

/** What the relation columns need of the written spans: where each span is first written and its `[n]` id, if it has one. */
export interface WrittenSpans {
  placeOf(layer: number, span: number): SpanPlace | undefined;
  idOf(layer: number, span: number): number | undefined;
}

/** The relation columns of every row, and how many relations could not be written because an end was not. */
export interface RelationColumns {
  /** The cells of the relation layers' columns on the row `unit` (`_` where a layer has nothing there). */
  cellsAt(unit: string): string[];
  readonly dropped: number;
}

/** Compares feature values: null first, then by code units. */
export function compareValues(x: readonly (string | undefined)[], y: readonly (string | undefined)[]): number {
  for (let i = 0; i < Math.max(x.length, y.length); i++) {
    const [a, b] = [x[i], y[i]];
    if (a === b) continue;
    if (a === undefined) return -1;
    if (b === undefined) return 1;
    return a < b ? -1 : 1;
  }
  return 0;
}

interface Placed {
  readonly relation: WebannoRelation;
  readonly governor: SpanPlace;
  readonly dependent: SpanPlace;
  readonly reference: string;
}

/**
 * Places relations as INCEpTION writes them: on the row where the dependent (`to`) span is first
 * written, one column per feature (`*` for null) and a last column with the id of the row where
 * the governor (`from`) span is first written; when either end carries a `[n]` id, the reference
 * gets `[governor_dependent]` with 0 for the end without one. Several relations on one row are
 * stacked with `|`, ordered by their ends' places and values, so the output depends on content only.
 */
export function relationColumns(layers: readonly WebannoRelationLayer[], spans: WrittenSpans): RelationColumns {
  let dropped = 0;
  const byUnit = layers.map(() => new Map<string, Placed[]>());
  layers.forEach((layer, li) => {
    for (const relation of layer.relations) {
      const governor = spans.placeOf(layer.base, relation.from);
      const dependent = spans.placeOf(layer.base, relation.to);
      if (governor === undefined || dependent === undefined) {
        dropped++;
        continue;
      }
      const [from, to] = [spans.idOf(layer.base, relation.from), spans.idOf(layer.base, relation.to)];
      const reference = `${governor.unit}${from === undefined && to === undefined ? '' : `[${from ?? 0}_${to ?? 0}]`}`;
      const list = byUnit[li]?.get(dependent.unit) ?? [];
      list.push({ relation, governor, dependent, reference });
      byUnit[li]?.set(dependent.unit, list);
    }
  });
  for (const units of byUnit) {
    for (const list of units.values()) {
      list.sort((a, b) => a.dependent.stack - b.dependent.stack || a.governor.row - b.governor.row || a.governor.stack - b.governor.stack || compareValues(a.relation.values, b.relation.values));
    }
  }
  return {
    dropped,
    cellsAt(unit) {
      return layers.flatMap((layer, li) => {
        const here = byUnit[li]?.get(unit) ?? [];
        if (here.length === 0) return [...layer.features.map(() => '_'), '_'];
        const features = layer.features.map((_, fi) => here.map((p) => {
          const value = p.relation.values[fi];
          return value === undefined ? '*' : escapeValue(value);
        }).join('|'));
        return [...features, here.map((p) => p.reference).join('|')];
      });
    },
  };
}
