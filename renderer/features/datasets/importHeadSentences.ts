import type { ImportResult } from '@shared/ipc/methods/datasetMethods';

/** One sentence of the import summary's head: its catalog key, plain values, names from the file (isolated when drawn), and whether it takes the export date. */
export interface HeadSentence {
  readonly key: string;
  readonly values: Readonly<Record<string, number>>;
  readonly untrusted: Readonly<Record<string, string>>;
  readonly dated: boolean;
}

type Imported = Extract<ImportResult, { status: 'imported' }>;

/**
 * The head of an import summary: where the tags came from, then whose sets they went into, as
 * the import stored them, not as the dialog guessed. Only a Tagwerk file names who exported it
 * and when; another format's name is the one given in the dialog (or the file's stem), and its lines
 * may name someone else — a doccano file whose lines name me goes into my own set, and the head says so.
 */
export function importHeadSentences(result: Imported): HeadSentence[] {
  const head: HeadSentence[] = [
    result.format === 'tagwerk'
      ? { key: 'datasets.import.from', values: {}, untrusted: { name: result.name, annotator: result.annotator }, dated: true }
      : { key: 'datasets.import.fromFile', values: {}, untrusted: { name: result.name }, dated: false },
  ];
  const me = result.documents.find((d) => d.mine !== null)?.mine?.annotator;
  const colleagues = [...new Set(result.documents.flatMap((d) => d.colleagues.map((c) => c.annotator)))];
  if (me !== undefined) {
    head.push(
      result.purpose === 'colleague' && me !== result.annotator
        ? { key: 'datasets.import.intoMineNamed', values: {}, untrusted: { me, colleague: result.annotator }, dated: false }
        : { key: 'datasets.import.intoMine', values: {}, untrusted: {}, dated: false },
    );
  }
  if (colleagues.length === 1 && me === undefined) {
    head.push({ key: 'datasets.import.intoColleague', values: {}, untrusted: { annotator: colleagues[0] as string }, dated: false });
  } else if (colleagues.length > 0) {
    head.push({ key: me === undefined ? 'datasets.import.intoColleagues' : 'datasets.import.intoOthers', values: { count: colleagues.length }, untrusted: {}, dated: false });
  }
  return head;
}
