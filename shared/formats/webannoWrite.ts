import { germanSentences, type TokenSentence } from '../text/germanSentences';
import { tokenizeGerman, type TextToken } from '../text/germanTokenizer';
import { tokenRange } from '../text/tokenRange';
import { escapeText, escapeValue } from './webannoEscaping';
import { compareValues, relationColumns, type SpanPlace, type WebannoRelationLayer } from './webannoRelationColumns';

/** One span of a span layer: UTF-16 offsets (Java's, as the format counts) and one value per feature (`undefined` = null). */
export interface WebannoSpan {
  readonly start: number;
  readonly end: number;
  readonly values: readonly (string | undefined)[];
}

/** A span layer (`#T_SP=type|feature|…`) with its spans; relation layers (`WebannoRelationLayer`) come after the span layers, as the format orders them. */
export interface WebannoSpanLayer {
  readonly type: string;
  readonly features: readonly string[];
  readonly spans: readonly WebannoSpan[];
}

/** A document written as WebAnno TSV, and the spans the format could not hold as they were. */
export interface WebannoWritten {
  readonly content: string;
  /** Spans that started or ended in white space between tokens: written trimmed to their tokens, as INCEpTION does. */
  readonly trimmed: number;
  /** Spans over white space only (no token): not written. */
  readonly dropped: number;
  /** Relations with an end that was not written (a span over white space only): not written. */
  readonly droppedRelations: number;
}

/** A row of the body: a token, or a sub-token (part of a token an annotation covers). */
interface Unit {
  readonly id: string;
  readonly start: number;
  readonly end: number;
  /** Per layer, the annotations on this unit in stacking order (indices into the layer's spans). */
  readonly stacks: number[][];
}

/** The token rows of a sentence with their sub-token rows, created on demand and kept in offset order. */
class SentenceUnits {
  readonly tokens: Array<{ unit: Unit; subTokens: Map<string, Unit> }>;
  constructor(sentenceNumber: number, tokens: readonly TextToken[], private readonly layerCount: number) {
    this.tokens = tokens.map((t, i) => ({ unit: { id: `${sentenceNumber}-${i + 1}`, start: t.start, end: t.end, stacks: this.emptyStacks() }, subTokens: new Map() }));
  }
  private emptyStacks(): number[][] {
    return Array.from({ length: this.layerCount }, () => []);
  }
  unitFor(tokenIndex: number, start: number, end: number): Unit {
    const token = this.tokens[tokenIndex] as SentenceUnits['tokens'][number];
    if (start === token.unit.start && end === token.unit.end) return token.unit;
    const key = `${start}-${end}`;
    const existing = token.subTokens.get(key);
    if (existing !== undefined) return existing;
    const unit: Unit = { id: '', start, end, stacks: this.emptyStacks() };
    token.subTokens.set(key, unit);
    return unit;
  }
  /** Rows in file order: each token, then its sub-tokens by (start, end), numbered `s-t.n`. */
  rows(): Unit[] {
    return this.tokens.flatMap(({ unit, subTokens }) => [
      unit,
      ...[...subTokens.values()].sort((a, b) => a.start - b.start || a.end - b.end).map((sub, n) => ({ ...sub, id: `${unit.id}.${n + 1}` })),
    ]);
  }
}

/** The text a sentence's `#Text=` lines hold: up to the next sentence, less the one line break the reader adds back. */
function sentenceText(text: string, from: number, to: number, isLast: boolean): string {
  const raw = text.slice(from, to);
  return !isLast && raw.endsWith('\n') ? raw.slice(0, -1) : raw;
}

/**
 * Order of annotations in a unit, as UIMA's annotation index: begin ascending, end descending
 * (of the extent as written, i.e. trimmed to tokens), then by values, then input order, so a file
 * read back and written again stacks its annotations the same way.
 */
function byIndexOrder(spans: readonly WebannoSpan[], tokens: readonly TextToken[]): number[] {
  const extent = spans.map((span) => {
    const range = tokenRange(tokens, span.start, span.end);
    if (range === undefined) return span;
    return { start: Math.max(span.start, (tokens[range.first] as TextToken).start), end: Math.min(span.end, (tokens[range.last] as TextToken).end) };
  });
  const at = (i: number) => extent[i] as { start: number; end: number };
  return spans.map((_, i) => i).sort((a, b) => at(a).start - at(b).start || at(b).end - at(a).end || compareValues((spans[a] as WebannoSpan).values, (spans[b] as WebannoSpan).values) || a - b);
}

/**
 * Writes one document as WebAnno TSV 3.3 the way INCEpTION writes it: `#FORMAT=WebAnno TSV 3.3`,
 * one `#T_SP=` line per layer, two blank lines, then per sentence (Tagwerk's German tokenizer and
 * sentence splitter) its `#Text=` lines (one per line of text; white space up to the next sentence
 * included, so the text reads back exactly) and a row per token `s-t<TAB>begin-end<TAB>token<TAB>`
 * with one column per feature, each followed by a TAB. A span covering part of a token gets a
 * sub-token row `s-t.n`; a span over several rows or stacked with another of its layer on a row
 * gets a `[n]` disambiguation id (numbered in order of appearance); `_` marks a layer with nothing
 * on the row, `*` a null value. Offsets are UTF-16 code units, as Java counts. Relation layers
 * follow with a `#T_RL=` line each and their columns last (see `relationColumns`).
 */
export function serializeWebannoDocument(text: string, layers: readonly WebannoSpanLayer[], relationLayers: readonly WebannoRelationLayer[] = []): WebannoWritten {
  const tokens = tokenizeGerman(text);
  const sentences: TokenSentence[] = germanSentences(text, tokens);
  const units = sentences.map((s, i) => new SentenceUnits(i + 1, tokens.slice(s.first, s.last + 1), layers.length));
  const tokenPlace = sentences.flatMap((s, si) => tokens.slice(s.first, s.last + 1).map((_, ti) => ({ si, ti })));
  let trimmed = 0;
  let dropped = 0;
  const needsId = layers.map(() => new Set<number>());
  layers.forEach((layer, li) => {
    for (const index of byIndexOrder(layer.spans, tokens)) {
      const span = layer.spans[index] as WebannoSpan;
      const range = tokenRange(tokens, span.start, span.end);
      const covered = range === undefined ? [] : tokens.slice(range.first, range.last + 1).map((t, i) => ({ t, k: range.first + i }));
      if (covered.length === 0) {
        dropped++;
        continue;
      }
      const first = (covered[0] as { t: TextToken }).t;
      const last = (covered[covered.length - 1] as { t: TextToken }).t;
      if (Math.max(span.start, first.start) !== span.start || Math.min(span.end, last.end) !== span.end) trimmed++;
      for (const { t, k } of covered) {
        const { si, ti } = tokenPlace[k] as { si: number; ti: number };
        const unit = (units[si] as SentenceUnits).unitFor(ti, Math.max(span.start, t.start), Math.min(span.end, t.end));
        (unit.stacks[li] as number[]).push(index);
      }
      if (covered.length > 1) needsId[li]?.add(index);
    }
  });
  const rows = units.map((u) => u.rows());
  for (const unit of rows.flat()) unit.stacks.forEach((stack, li) => stack.length > 1 && stack.forEach((i) => needsId[li]?.add(i)));
  const ids = layers.map(() => new Map<number, number>());
  let nextId = 1;
  const idOf = (li: number, index: number): string => {
    if (!needsId[li]?.has(index)) return '';
    const map = ids[li] as Map<number, number>;
    if (!map.has(index)) map.set(index, nextId++);
    return `[${map.get(index) as number}]`;
  };
  // Ids in order of appearance, and where each span is first written: relations may refer to a span further down.
  const places = layers.map(() => new Map<number, SpanPlace>());
  rows.flat().forEach((unit, row) =>
    unit.stacks.forEach((stack, li) =>
      stack.forEach((index, at) => {
        idOf(li, index);
        if (!places[li]?.has(index)) places[li]?.set(index, { unit: unit.id, row, stack: at });
      }),
    ),
  );
  const relations = relationColumns(relationLayers, { placeOf: (li, index) => places[li]?.get(index), idOf: (li, index) => ids[li]?.get(index) });
  const header = [
    '#FORMAT=WebAnno TSV 3.3\n',
    ...layers.map((l) => `#T_SP=${l.type}${l.features.map((f) => `|${f}`).join('')}\n`),
    ...relationLayers.map((l) => `#T_RL=${l.type}${l.features.map((f) => `|${f}`).join('')}|BT_${layers[l.base]?.type ?? ''}\n`),
    '\n',
  ].join('');
  const body = sentences.map((s, si) => {
    const from = (tokens[s.first] as TextToken).start;
    const to = si + 1 < sentences.length ? (tokens[(sentences[si + 1] as TokenSentence).first] as TextToken).start : text.length;
    const textLines = sentenceText(text, from, to, si + 1 === sentences.length).split('\n').map((line) => `#Text=${escapeText(line)}\n`);
    const rowLines = (rows[si] as Unit[]).map((unit) => {
      const columns = layers.flatMap((layer, li) =>
        layer.features.map((_, fi) => {
          const stack = unit.stacks[li] as number[];
          if (stack.length === 0) return '_';
          return stack.map((i) => {
            const value = (layer.spans[i] as WebannoSpan).values[fi];
            return `${value === undefined ? '*' : escapeValue(value)}${idOf(li, i)}`;
          }).join('|');
        }),
      );
      return `${unit.id}\t${unit.start}-${unit.end}\t${text.slice(unit.start, unit.end)}\t${[...columns, ...relations.cellsAt(unit.id)].map((c) => `${c}\t`).join('')}\n`;
    });
    return `\n${textLines.join('')}${rowLines.join('')}`;
  });
  return { content: header + body.join(''), trimmed, dropped, droppedRelations: relations.dropped };
}
