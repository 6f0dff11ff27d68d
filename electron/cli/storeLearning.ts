import type { LabeledString } from '@shared/assist/suggestLearned';
import type { SuggestInput } from '@shared/assist/suggestAll';
import { documentIdOf } from '@shared/text/documentId';
import { createAssistMemory } from '../node/assist/createAssistMemory';
import { readMyTagRanges } from '../node/assist/readMyTagRanges';
import { annotatorName } from './annotatorName';
import type { CliDeps } from './cliDeps';

/** What a store teaches the assist, read once per command: whose it is, how much, and the input for one text. */
export interface StoreLearning {
  /** The store's annotator (its settings' name, as in the app): whose tags and rejections these are. */
  readonly annotator: string;
  readonly strings: number;
  readonly rejections: number;
  /** The learned strings, rejections and my tags already on `text` (when it is stored), for `suggestAll`. */
  inputFor(text: string): Promise<Omit<SuggestInput, 'text'>>;
}

/**
 * Reads what the app's suggestion review learns from, as INCEpTION's string-matching recommender
 * learns from the annotations of the user it serves: every string the store's annotator tagged
 * in any stored document (with that label), the (label, string) pairs they rejected, and their
 * tags on a stored text (so nothing they already tagged is suggested again). Only reads.
 */
export async function storeLearning(dataDir: string, deps: Pick<CliDeps, 'userName' | 'clock' | 'stderr'>): Promise<StoreLearning> {
  const annotator = annotatorName(undefined, dataDir, deps);
  // A command that reads never writes: a damaged rejections file is named on stderr and left byte for byte as it is.
  const damaged = (file: string) => deps.stderr(`${file}: the rejections file is damaged; suggesting without these rejections. It was left as it is (the app moves it aside when it next reads it).\n`);
  const memory = createAssistMemory({ dataDir, clock: deps.clock, readOnly: { damaged } });
  const [learned, rejected]: [LabeledString[], LabeledString[]] = await Promise.all([memory.learned(), memory.rejected(annotator)]);
  return {
    annotator,
    strings: learned.length,
    rejections: rejected.length,
    inputFor: async (text) => ({ learned, rejected, existing: await readMyTagRanges(dataDir, documentIdOf(text)) }),
  };
}
