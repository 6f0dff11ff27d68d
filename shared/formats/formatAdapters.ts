import { bratFormat } from './bratFormat';
import { doccanoFormat } from './doccanoFormat';
import type { TextFormatAdapter } from './formatAdapter';
import { labelStudioFormat } from './labelStudioFormat';
import { spacyFormat } from './spacyFormat';
import { tagwerkFormat } from './tagwerkFormat';
import { w3cFormat } from './w3cFormat';

/** Every single-file adapter by format id, so the CLI and export dialog pick one by name. */
export const textFormatAdapters: Readonly<Record<'tagwerk' | 'doccano' | 'w3c' | 'labelstudio' | 'spacy', TextFormatAdapter>> = {
  tagwerk: tagwerkFormat,
  doccano: doccanoFormat,
  w3c: w3cFormat,
  labelstudio: labelStudioFormat,
  spacy: spacyFormat,
};

export { bratFormat };
