import type { Relation } from '@shared/relation/relation';
import type { TaggedDocument } from '@shared/relation/relationList';
import { DEFAULT_RELATION_TYPES } from '@shared/relation/relationType';
import type { ColleagueSetView } from '@shared/ipc/methods/reviewMethods';
import { mergeRelationsFrom } from '@shared/review/mergeRelationsFrom';
import type { BulkTools } from '../../state/createDocumentSession';
import { resolutionOf, withResolutions, type ResolutionLayer, type Resolutions } from './resolutionLayer';
import { reviewDecide } from './reviewDecide';

/** What "merge all" did in one step: my new tags and relations, both layers' resolutions, and the counts the status line names. */
export interface MergeAllOutcome {
  /** `current` itself when nothing was merged or decided. */
  readonly next: TaggedDocument;
  readonly resolutions: Resolutions | undefined;
  readonly relationResolutions: Resolutions | undefined;
  /** Their tags added to mine. */
  readonly tags: number;
  /** Agree rows marked accepted (my set unchanged there). */
  readonly agreed: number;
  readonly relations: number;
  /** Their open relations left out: an end not among my tags, or a rule between my tags. */
  readonly missingEnd: number;
  readonly refused: number;
}

/**
 * "Merge all from <annotator>" on my tags and relations as one step: their undecided tags are
 * merged as `reviewDecide` does (conflicts and my own rows stay), then every open only-theirs
 * relation whose two ends are now my tags is added (`mergeRelationsFrom`, as INCEpTION merges a
 * relation once both ends are merged). `next` is `current` itself when it neither adds nor
 * decides anything (the counts still say which relations stay open, and why).
 */
export function mergeAllStep(
  current: TaggedDocument,
  set: ColleagueSetView,
  layers: { readonly tags: ResolutionLayer; readonly relations: ResolutionLayer<readonly Relation[]> },
  tools: BulkTools,
): MergeAllOutcome {
  const tagOutcome = reviewDecide(current.annotations, set.annotations, layers.tags.at(current.annotations), { kind: 'merge-all', annotator: set.annotator }, tools);
  const annotations = tagOutcome?.next ?? current.annotations;
  const relationResolutions = layers.relations.at(current.relations);
  const merge = mergeRelationsFrom({ annotations, relations: current.relations }, set, (row) => resolutionOf(relationResolutions, row) === undefined, {
    newId: () => tools.newId(),
    annotator: tools.annotator,
    types: DEFAULT_RELATION_TYPES,
  });
  if (tagOutcome === undefined && merge.merged.length === 0) return { next: current, resolutions: undefined, relationResolutions: undefined, tags: 0, agreed: 0, relations: 0, missingEnd: merge.missingEnd, refused: merge.refused };
  const tags = annotations.length - current.annotations.length;
  return {
    next: { annotations, relations: merge.relations },
    resolutions: tagOutcome?.resolutions,
    relationResolutions: merge.merged.length === 0 ? undefined : withResolutions(relationResolutions, merge.merged.map((row) => [row, 'accept-theirs'] as const)),
    tags,
    agreed: (tagOutcome?.decided ?? 0) - tags,
    relations: merge.merged.length,
    missingEnd: merge.missingEnd,
    refused: merge.refused,
  };
}
