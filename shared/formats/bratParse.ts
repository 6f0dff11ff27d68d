import { createOffsetConverter } from '../text/offsetConverter';
import type { FormatProblem } from './formatProblem';
import type { ImportedSpan } from './importedDataset';

const TEXT_BOUND = /^(T\d+)\t(\S+) (\d+ \d+(?:;\d+ \d+)*)\t([\s\S]*)$/;
const NOTE = /^#\d+\tAnnotatorNotes (T\d+)\t([\s\S]*)$/;

interface ReadSpan extends ImportedSpan {
  readonly bratId: string;
}

/**
 * Reads the text-bound (`T`) annotations and their `AnnotatorNotes` from a brat `.ann` file over
 * `text` (code-point offsets). Fragments of one annotation are joined into one span only when
 * nothing but newlines lies between them (how Tagwerk writes a span across lines); any other
 * discontinuous span, a bad offset, or a text field that differs from the fragments' texts
 * (joined by a space, line breaks as spaces) is a problem. Relations, events and attributes are not read.
 */
export function parseBratAnn(text: string, ann: string, path: string): { spans: ImportedSpan[]; problems: FormatProblem[] } {
  const converter = createOffsetConverter(text);
  const slice = (start: number, end: number): string => text.slice(converter.codePointToUtf16(start), converter.codePointToUtf16(end));
  const spans: ReadSpan[] = [];
  const notes: Array<{ target: string; note: string; where: string }> = [];
  const problems: FormatProblem[] = [];
  ann.split('\n').forEach((raw, index) => {
    const line = raw.endsWith('\r') ? raw.slice(0, -1) : raw;
    const where = `${path} line ${index + 1}`;
    const note = NOTE.exec(line);
    if (note !== null) {
      notes.push({ target: note[1] as string, note: note[2] as string, where });
      return;
    }
    if (!line.startsWith('T')) return;
    const match = TEXT_BOUND.exec(line);
    if (match === null) {
      problems.push({ path: where, message: 'not a brat text-bound annotation "Tn<TAB>label start end<TAB>text"' });
      return;
    }
    const [, bratId = '', label = '', offsets = '', quote = ''] = match;
    const fragments = offsets.split(';').map((pair) => pair.split(' ').map(Number) as [number, number]).sort((a, b) => a[0] - b[0]);
    const bad = fragments.find(([s, e]) => !(s < e && e <= converter.codePointLength));
    if (bad !== undefined) {
      problems.push({ path: where, message: `${bratId}: fragment ${bad[0]} ${bad[1]} is not a non-empty range within 0..${converter.codePointLength} code points` });
      return;
    }
    for (let i = 1; i < fragments.length; i++) {
      const gap = slice((fragments[i - 1] as [number, number])[1], (fragments[i] as [number, number])[0]);
      if (!/^\n+$/.test(gap)) {
        problems.push({ path: where, message: `${bratId}: discontinuous span (fragments separated by ${JSON.stringify(gap)}, not only line breaks) cannot be represented` });
        return;
      }
    }
    const found = fragments.map(([s, e]) => slice(s, e)).join(' ').replace(/\n/g, ' ');
    if (found !== quote) {
      problems.push({ path: where, message: `${bratId}: offsets ${offsets} read ${JSON.stringify(found)} but the file quotes ${JSON.stringify(quote)}` });
      return;
    }
    const first = fragments[0] as [number, number];
    const last = fragments[fragments.length - 1] as [number, number];
    spans.push({ path: where, bratId, start: first[0], end: last[1], label });
  });
  const byId = new Map(spans.map((s) => [s.bratId, s]));
  const withNotes = new Map<string, string>();
  for (const { target, note, where } of notes) {
    if (!byId.has(target)) problems.push({ path: where, message: `AnnotatorNotes refer to ${target}, which is not a text-bound annotation` });
    else withNotes.set(target, note);
  }
  return {
    spans: spans.map(({ bratId, ...span }) => ({ ...span, ...(withNotes.has(bratId) && { note: withNotes.get(bratId) }) })),
    problems,
  };
}
