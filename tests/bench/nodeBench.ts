import { computeAgreement } from '@shared/agreement/computeAgreement';
import { LABEL_IDS } from '@shared/annotation/labelSet';
import { tagwerkFormat } from '@shared/formats/tagwerkFormat';
import { createOffsetConverter } from '@shared/text/offsetConverter';
import { benchDataset, benchSpans, germanText } from './benchCorpus';
import { medianTime } from './stats';

/** The pure figures, in ms: agreement of two annotators and a dataset export against bare JSON. */
export interface NodeFigures {
  agreement: number;
  agreementSpans: number;
  export: number;
  stringify: number;
  exportDocuments: number;
  exportSpansPerDocument: number;
}

/**
 * Agreement of two sets of `spans` spans on one long text (the second differs in every seventh
 * label and every eleventh end), and the tagwerk export of `docs` documents × `perDoc` spans
 * against `JSON.stringify` of the same data with the same indentation.
 */
export function measureNode(chars: number, spans: number, docs: number, perDoc: number): NodeFigures {
  // The agreement text is long enough for its spans at any size (a small run's 2,000 characters
  // cannot hold 10,000 spans); a lengthened end stays inside the text.
  const text = germanText(Math.max(chars, spans * 100), 7);
  const length = createOffsetConverter(text).codePointLength;
  const reference = benchSpans(text, spans, 'a');
  const compared = reference.map((a, i) => (i % 7 === 0 ? { ...a, label: 'claim' } : i % 11 === 0 ? { ...a, end: Math.min(a.end + 1, length) } : a));
  const agreement = medianTime(() => computeAgreement([{ text, reference, compared }], LABEL_IDS), 5);
  const documents = Array.from({ length: docs }, (_, i) => {
    const t = `Dokument ${i}. ${germanText(perDoc * 30, 500 + i)}`;
    return { title: `Dokument ${i}`, text: t, annotations: benchSpans(t, perDoc, 'bench', `e${i}-`) };
  });
  const dataset = benchDataset(documents);
  const exportMs = medianTime(() => tagwerkFormat.serialize(dataset as never), 3);
  const stringify = medianTime(() => JSON.stringify(dataset, null, 2), 3);
  return { agreement, agreementSpans: reference.length, export: exportMs, stringify, exportDocuments: docs, exportSpansPerDocument: perDoc };
}
