/**
 * The kinds of content a foreign file can hold that a Tagwerk dataset cannot: each importer
 * counts them by kind instead of dropping them silently (brat relations, events, attributes,
 * normalizations, equivalences and discontinuous spans; Label Studio choices, relations, text
 * areas, other result types, predictions and drafts; doccano and Prodigy relations, categories
 * and comments; W3C bodies and selectors Tagwerk does not read; WebAnno TSV annotations on other
 * layers, coreference chain links, tags without a label and zero-width spans).
 */
export const LOSS_KINDS = [
  'relation',
  'danglingRelation',
  'invalidRelation',
  'event',
  'attribute',
  'normalization',
  'equivalence',
  'discontinuous',
  'note',
  'choice',
  'textarea',
  'otherResult',
  'prediction',
  'draft',
  'cancelled',
  'category',
  'comment',
  'body',
  'unanchored',
  'layer',
  'chain',
  'unlabeled',
  'empty',
] as const;

/** One of `LOSS_KINDS`. */
export type LossKind = (typeof LOSS_KINDS)[number];

/** How many things of one kind an import left out, and where the first one was (for a message). */
export interface FormatLoss {
  readonly kind: LossKind;
  readonly count: number;
  /** Where in the input the first one is, e.g. `doc.ann line 4` or `[0].annotations[1].result[2]`. */
  readonly first: string;
}

/** English plural nouns of each kind, as the CLI prints them. */
const LOSS_NOUNS: Readonly<Record<LossKind, readonly [string, string]>> = {
  relation: ['relation', 'relations'],
  danglingRelation: ['relation to something not imported', 'relations to something not imported'],
  invalidRelation: ['relation its type does not allow between these tags', 'relations their types do not allow between these tags'],
  event: ['event', 'events'],
  attribute: ['attribute', 'attributes'],
  normalization: ['normalization', 'normalizations'],
  equivalence: ['equivalence', 'equivalences'],
  discontinuous: ['discontinuous span', 'discontinuous spans'],
  note: ['note on something else', 'notes on something else'],
  choice: ['choice (classification)', 'choices (classifications)'],
  textarea: ['text area answer', 'text area answers'],
  otherResult: ['result of another type', 'results of other types'],
  prediction: ['prediction', 'predictions'],
  draft: ['draft', 'drafts'],
  cancelled: ['skipped (cancelled) annotation', 'skipped (cancelled) annotations'],
  category: ['document category', 'document categories'],
  comment: ['comment', 'comments'],
  body: ['body that is not a label or note', 'bodies that are not a label or note'],
  unanchored: ['annotation of no text passage', 'annotations of no text passage'],
  layer: ['annotation on another layer', 'annotations on other layers'],
  chain: ['coreference chain link', 'coreference chain links'],
  unlabeled: ['tag without a label', 'tags without a label'],
  empty: ['zero-width span', 'zero-width spans'],
};

/** One line for stderr: `12 relations not imported (first at doc.ann line 4)`. */
export function formatLossLine(loss: FormatLoss): string {
  const [one, many] = LOSS_NOUNS[loss.kind];
  return `${loss.count} ${loss.count === 1 ? one : many} not imported${loss.first === '' ? '' : ` (first at ${loss.first})`}`;
}

/** A tally of losses in the order their kinds first occur; `add` counts one (or `count`) at `where`. */
export function createLossTally(): { add(kind: LossKind, where: string, count?: number): void; list(): FormatLoss[] } {
  const byKind = new Map<LossKind, { count: number; first: string }>();
  return {
    add(kind, where, count = 1) {
      if (count <= 0) return;
      const seen = byKind.get(kind);
      if (seen === undefined) byKind.set(kind, { count, first: where });
      else seen.count += count;
    },
    list: () => [...byKind].map(([kind, { count, first }]) => ({ kind, count, first })),
  };
}
