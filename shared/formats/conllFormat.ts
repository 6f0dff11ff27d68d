import { countedNote, type DatasetNote } from './noteFacts';
import { germanSentences } from '../text/germanSentences';
import { tokenizeGerman, type TextToken } from '../text/germanTokenizer';
import { createOffsetConverter } from '../text/offsetConverter';
import { tokenRange } from '../text/tokenRange';
import { annotationsByAnnotator } from './annotationsByAnnotator';
import type { DatasetAnnotation, TagwerkDataset } from './datasetSchema';
import type { ParseOptions, ParseResult, TextFormatAdapter } from './formatAdapter';
import { bioTags, conllLevels, type TokenSpan } from './conllLevels';

/** What a CoNLL export changed or left out, summed over all documents and annotators. */
export interface ConllReport {
  /** Spans that did not start and end on token boundaries: widened to the tokens they touch. */
  readonly expanded: number;
  /** Spans inside an inner span (a third level): dropped. */
  readonly deeper: number;
  /** Spans overlapping another without lying inside it: dropped. */
  readonly crossing: number;
  /** Spans over no token (white space only): dropped. */
  readonly noToken: number;
}

/** A CoNLL file and its report. */
export interface ConllExport {
  readonly content: string;
  readonly report: ConllReport;
}

interface Counts {
  expanded: number;
  deeper: number;
  crossing: number;
  noToken: number;
}

/** One `-DOCSTART-` block: the document's sentences, a token per line with its outer and inner tag. */
function documentBlock(text: string, tokens: readonly TextToken[], annotations: readonly DatasetAnnotation[], counts: Counts): string {
  const converter = createOffsetConverter(text);
  const spans: TokenSpan[] = [];
  for (const a of annotations) {
    const start = converter.codePointToUtf16(a.start);
    const end = converter.codePointToUtf16(a.end);
    const range = tokenRange(tokens, start, end);
    if (range === undefined) {
      counts.noToken++;
      continue;
    }
    if ((tokens[range.first] as TextToken).start !== start || (tokens[range.last] as TextToken).end !== end) counts.expanded++;
    spans.push({ ...range, label: a.label });
  }
  const levels = conllLevels(spans);
  counts.deeper += levels.deeper;
  counts.crossing += levels.crossing;
  const outer = bioTags(tokens.length, levels.outer);
  const inner = bioTags(tokens.length, levels.inner);
  const keepTogether = spans.map((s) => ({ start: (tokens[s.first] as TextToken).start, end: (tokens[s.last] as TextToken).end }));
  const sentences = germanSentences(text, tokens, keepTogether).map((s) => {
    const lines: string[] = [];
    for (let k = s.first; k <= s.last; k++) {
      const token = tokens[k] as TextToken;
      lines.push(`${text.slice(token.start, token.end)}\t${outer[k] as string}\t${inner[k] as string}\n`);
    }
    return `${lines.join('')}\n`;
  });
  return `-DOCSTART-\tO\tO\n\n${sentences.join('')}`;
}

/**
 * Writes CoNLL BIO columns, GermEval 2014 style: per document and annotator a `-DOCSTART-` line
 * and a blank line, then per sentence one token per line (Tagwerk's German tokenizer) with its
 * outer and inner tag (`B-label`, `I-label`, `O`; white space in a label becomes `_`),
 * tab-separated, and a blank line after each sentence. Spans are widened to whole tokens; nesting
 * beyond two levels and crossing overlaps are dropped (see `conllLevels`); a sentence is never
 * split inside a span. Everything changed or dropped is counted in the report.
 */
export function writeConll(dataset: TagwerkDataset): ConllExport {
  const counts: Counts = { expanded: 0, deeper: 0, crossing: 0, noToken: 0 };
  const blocks = dataset.documents.flatMap((document) => {
    const tokens = tokenizeGerman(document.text);
    const groups = annotationsByAnnotator(document);
    return (groups.length === 0 ? [['', []] as [string, DatasetAnnotation[]]] : groups).map(([, annotations]) => documentBlock(document.text, tokens, annotations, counts));
  });
  return { content: blocks.join(''), report: counts };
}

/** The CoNLL adapter: export only (CoNLL has no offsets or text to read a Tagwerk document back from). */
export const conllFormat = {
  id: 'conll',
  offsetUnit: 'token',
  serialize: (dataset) => writeConll(dataset).content,
  parse: (_input: string, _options?: ParseOptions): ParseResult => ({ ok: false, problems: [{ path: '', code: 'conllNotImportable', message: 'CoNLL files cannot be imported: they hold tokens, not the text and offsets a Tagwerk document needs' }] }),
} as const satisfies TextFormatAdapter;

/** One line per kind of change a CoNLL export made, for stderr and the export summary. */
export function conllExportNotes(dataset: TagwerkDataset): DatasetNote[] {
  const { expanded, deeper, crossing, noToken } = writeConll(dataset).report;
  const tags = (n: number): string => `${n} ${n === 1 ? 'tag' : 'tags'}`;
  const relations = dataset.documents.reduce((sum, d) => sum + (d.relations ?? []).length, 0);
  return [
    countedNote('conllRelations', relations, `conll: ${relations} ${relations === 1 ? 'relation' : 'relations'} dropped (CoNLL columns hold tags only)`),
    countedNote('conllExpanded', expanded, `conll: ${tags(expanded)} not on token boundaries widened to whole tokens`),
    countedNote('conllDeeper', deeper, `conll: ${tags(deeper)} nested deeper than two levels dropped`),
    countedNote('conllCrossing', crossing, `conll: ${tags(crossing)} overlapping another without lying inside it dropped`),
    countedNote('conllNoToken', noToken, `conll: ${tags(noToken)} over white space only dropped`),
  ].flat();
}
