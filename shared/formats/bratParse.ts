import { createOffsetConverter } from '../text/offsetConverter';
import { createLossTally, type LossKind } from './formatLoss';
import type { FormatProblem } from './formatProblem';
import type { ImportedSpan } from './importedDataset';
import type { ImportedRelation } from './importedRelations';
import { excerpt } from './quoted';

const TEXT_BOUND = /^(T\d+)\t(\S+) (\d+ \d+(?:;\d+ \d+)*)\t([\s\S]*)$/;
const NOTE = /^#\d*\tAnnotatorNotes (\S+)\t([\s\S]*)$/;
const RELATION = /^(R\d+)\t(\S+) Arg1:(\S+) Arg2:(\S+)\s*$/;

/** What each brat line kind other than text-bound annotations and notes is counted as (brat's id prefixes). */
const LINE_LOSSES: Readonly<Record<string, LossKind>> = { R: 'relation', E: 'event', A: 'attribute', M: 'attribute', N: 'normalization', '*': 'equivalence' };

interface ReadSpan extends ImportedSpan {
  readonly bratId: string;
}

/** What reading one `.ann` file gave: spans (`ref` = their brat id) with their notes, relations between them, and problems. */
export interface BratAnnReading {
  readonly spans: ImportedSpan[];
  readonly relations: ImportedRelation[];
  readonly problems: FormatProblem[];
}

/**
 * Reads the text-bound (`T`) annotations and their `AnnotatorNotes` from a brat `.ann` file over
 * `text` (code-point offsets). Fragments of one annotation are joined into one span, first start
 * to last end, when nothing but line breaks lies between them (how Tagwerk and brat write a span
 * across lines); the text field must equal the fragments' texts joined by a space, line breaks
 * as spaces. Relations (`R` lines with `Arg1:`/`Arg2:`) and their notes are read; events,
 * attributes, normalizations, equivalences, other discontinuous spans and notes on any of them
 * are counted in `losses`; a malformed line or offset, or a text
 * field that differs from the text, is a problem.
 */
export function parseBratAnn(text: string, ann: string, path: string, losses: ReturnType<typeof createLossTally>): BratAnnReading {
  const converter = createOffsetConverter(text);
  const slice = (start: number, end: number): string => text.slice(converter.codePointToUtf16(start), converter.codePointToUtf16(end));
  const spans: ReadSpan[] = [];
  const relations: Array<ImportedRelation & { bratId: string }> = [];
  const notes: Array<{ target: string; note: string; where: string }> = [];
  const skipped = new Set<string>();
  const problems: FormatProblem[] = [];
  ann.split('\n').forEach((raw, index) => {
    const line = raw.endsWith('\r') ? raw.slice(0, -1) : raw;
    const where = `${path} line ${index + 1}`;
    if (line.trim() === '') return;
    const note = NOTE.exec(line);
    if (note !== null) {
      notes.push({ target: note[1] as string, note: note[2] as string, where });
      return;
    }
    const relation = RELATION.exec(line);
    if (relation !== null) {
      const [, bratId = '', type = '', from = '', to = ''] = relation;
      relations.push({ path: where, bratId, type, from, to });
      return;
    }
    const lost = LINE_LOSSES[line[0] as string];
    if (lost !== undefined) {
      losses.add(lost, where);
      return;
    }
    if (line.startsWith('#')) {
      losses.add('note', where);
      return;
    }
    const match = TEXT_BOUND.exec(line);
    if (match === null) {
      problems.push({ path: where, code: 'bratBadLine', message: 'not a brat annotation line (e.g. a text-bound "Tn<TAB>label start end<TAB>text")' });
      return;
    }
    const [, bratId = '', label = '', offsets = '', quote = ''] = match;
    const fragments = offsets.split(';').map((pair) => pair.split(' ').map(Number) as [number, number]).sort((a, b) => a[0] - b[0]);
    const bad = fragments.find(([s, e]) => !(s < e && e <= converter.codePointLength));
    if (bad !== undefined) {
      problems.push({ path: where, code: 'spanOutOfText', start: bad[0], end: bad[1], length: converter.codePointLength, message: `${bratId}: fragment ${bad[0]} ${bad[1]} is not a non-empty range within 0..${converter.codePointLength} code points` });
      return;
    }
    const found = fragments.map(([s, e]) => slice(s, e)).join(' ').replace(/\n/g, ' ');
    if (found !== quote) {
      problems.push({ path: where, code: 'quoteMismatch', start: fragments[0]?.[0] ?? 0, end: fragments.at(-1)?.[1] ?? 0, found: excerpt(found), quote: excerpt(quote), message: `${bratId}: offsets ${offsets} read ${JSON.stringify(found)} but the file quotes ${JSON.stringify(quote)}` });
      return;
    }
    for (let i = 1; i < fragments.length; i++) {
      if (!/^\n+$/.test(slice((fragments[i - 1] as [number, number])[1], (fragments[i] as [number, number])[0]))) {
        losses.add('discontinuous', where);
        skipped.add(bratId);
        return;
      }
    }
    const first = fragments[0] as [number, number];
    const last = fragments[fragments.length - 1] as [number, number];
    spans.push({ path: where, bratId, start: first[0], end: last[1], label });
  });
  const byId = new Set([...spans, ...relations].map((s) => s.bratId));
  const withNotes = new Map<string, string>();
  for (const { target, note, where } of notes) {
    if (byId.has(target)) withNotes.set(target, withNotes.has(target) ? `${withNotes.get(target) ?? ''}\n${note}` : note);
    else if (skipped.has(target) || /^[REAMN*]/.test(target)) losses.add('note', where);
    else problems.push({ path: where, code: 'bratNoteTargetMissing', target: excerpt(target), message: `AnnotatorNotes refer to ${target}, which is not an annotation of this file` });
  }
  return {
    spans: spans.map(({ bratId, ...span }) => ({ ...span, ref: bratId, ...(withNotes.has(bratId) && { note: withNotes.get(bratId) }) })),
    relations: relations.map(({ bratId, ...r }) => ({ ...r, ...(withNotes.has(bratId) && { note: withNotes.get(bratId) }) })),
    problems,
  };
}
