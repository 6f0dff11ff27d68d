import type { FormatProblem } from './formatProblem';
import { excerpt } from './quoted';
import { splitDisambiguation, splitUnescaped, unescapeText, unescapeValue } from './webannoEscaping';

/** The kind of a layer declared in the header: `#T_SP=` span, `#T_RL=` relation, `#T_CH=` chain. */
export type WebannoLayerKind = 'span' | 'relation' | 'chain';

/** A span annotation as read: UTF-16 offsets, one value per feature column (`undefined` = `*`, null). */
export interface WebannoReadSpan {
  /** Where it first appears, e.g. `doc.tsv line 7`. */
  readonly path: string;
  start: number;
  end: number;
  readonly values: Array<string | undefined>;
}

/** A relation as read: its feature values and its two ends, resolved to spans of its base layer (undefined when no such span is there). */
export interface WebannoReadRelation {
  /** Where it is written, e.g. `doc.tsv line 9`. */
  readonly path: string;
  readonly values: ReadonlyArray<string | undefined>;
  /** The governor: the span the `BT_` column names. */
  from?: WebannoReadSpan | undefined;
  /** The dependent: the span on the relation's own row. */
  to?: WebannoReadSpan | undefined;
}

/** One declared layer and what the file holds on it. */
export interface WebannoReadLayer {
  readonly kind: WebannoLayerKind;
  readonly type: string;
  /** Column declarations after the type name (feature names, `ROLE_…`, slot target types, `BT_…`). */
  readonly features: readonly string[];
  /** Span layers: every annotation. */
  readonly spans: WebannoReadSpan[];
  /** Relation layers: every relation, its ends resolved in the span layer its `BT_` column names. */
  readonly relations: WebannoReadRelation[];
  /** Relation and chain layers: how many relations or chain links, and where the first one is. */
  count: number;
  first: string;
}

/** A WebAnno TSV file as read: the document text and its layers, or the problems found. */
export interface WebannoRead {
  readonly text: string;
  readonly layers: readonly WebannoReadLayer[];
  readonly problems: readonly FormatProblem[];
}

const FORMAT_LINE = /^#FORMAT=(.*) (\d+)\.(\d+)$/;
const LAYER_LINE = /^#(T_SP|T_RL|T_CH)=(.*)$/;
const KINDS: Readonly<Record<string, WebannoLayerKind>> = { T_SP: 'span', T_RL: 'relation', T_CH: 'chain' };
const UNIT_ID = /^\d+-\d+(\.\d+)?$/;
const OFFSETS = /^(\d+)-(\d+)$/;

interface Column {
  readonly layer: WebannoReadLayer;
  /** Index of the feature within its layer. */
  readonly feature: number;
}

function readHeader(lines: readonly string[], path: string, problems: FormatProblem[]): { layers: WebannoReadLayer[]; columns: Column[]; bodyStart: number } {
  const format = FORMAT_LINE.exec(lines[0] ?? '');
  if (format === null || format[1] !== 'WebAnno TSV' || format[2] !== '3' || Number(format[3]) < 2) {
    problems.push({ path: `${path} line 1`, code: 'webannoBadHeader', message: 'is not "#FORMAT=WebAnno TSV 3.3" (WebAnno TSV 3.2 and 3.3 are read)' });
    return { layers: [], columns: [], bodyStart: lines.length };
  }
  const layers: WebannoReadLayer[] = [];
  const columns: Column[] = [];
  let at = 1;
  for (let match = LAYER_LINE.exec(lines[at] ?? ''); match !== null; match = LAYER_LINE.exec(lines[at] ?? '')) {
    const [type = '', ...declared] = (match[2] as string).split('|');
    const features = declared.length === 0 ? [''] : declared;
    const layer: WebannoReadLayer = { kind: KINDS[match[1] as string] as WebannoLayerKind, type, features, spans: [], relations: [], count: 0, first: '' };
    layers.push(layer);
    features.forEach((_, feature) => columns.push({ layer, feature }));
    at++;
  }
  return { layers, columns, bodyStart: at };
}

/** The span annotations of one row, per layer and stacking index, so several columns fill one annotation. */
type RowAnnotations = Map<WebannoReadLayer, WebannoReadSpan[]>;

function readSpanValue(column: Column, row: RowAnnotations, byId: Map<string, WebannoReadSpan>, unit: { start: number; end: number }, k: number, raw: string, where: string): void {
  const { value, id } = splitDisambiguation(raw);
  const stack = row.get(column.layer) ?? [];
  row.set(column.layer, stack);
  let span = stack[k];
  const key = id === undefined ? undefined : `${column.layer.type}#${id}`;
  if (span === undefined && key !== undefined) {
    span = byId.get(key);
    if (span !== undefined) span.end = unit.end;
  }
  if (span === undefined) {
    span = { path: where, start: unit.start, end: unit.end, values: column.layer.features.map(() => undefined) };
    column.layer.spans.push(span);
  }
  stack[k] = span;
  if (key !== undefined) byId.set(key, span);
  span.values[column.feature] = value === '*' ? undefined : unescapeValue(value);
}

/** Counts chain links once per `->chain-link` their `referenceRelation` column names (a link over several rows repeats it). */
function countLinks(column: Column, values: readonly string[], where: string, seenLinks: Set<string>): void {
  const layer = column.layer;
  if (layer.features[column.feature] !== 'referenceRelation') return;
  for (const value of values) {
    const link = /->(\d+-\d+)$/.exec(value)?.[1] ?? value;
    if (seenLinks.has(`${layer.type}#${link}`)) continue;
    seenLinks.add(`${layer.type}#${link}`);
    if (layer.count === 0) layer.first = where;
    layer.count++;
  }
}

/** A relation of one row before its ends are resolved: values per feature and the `BT_` reference (`unit[governor_dependent]`). */
interface PendingRelation {
  readonly relation: WebannoReadRelation;
  readonly layer: WebannoReadLayer;
  readonly unit: string;
  reference: string;
}

/** Reads one stacked entry of a relation column into the row's relation at stacking index `k`. */
function readRelationValue(column: Column, pending: Map<WebannoReadLayer, PendingRelation[]>, unit: string, k: number, raw: string, where: string): void {
  const layer = column.layer;
  const stack = pending.get(layer) ?? [];
  pending.set(layer, stack);
  let entry = stack[k];
  if (entry === undefined) {
    entry = { relation: { path: where, values: layer.features.slice(0, -1).map(() => undefined) }, layer, unit, reference: '' };
    stack[k] = entry;
    if (layer.count === 0) layer.first = where;
    layer.count++;
  }
  if (column.feature === layer.features.length - 1) entry.reference = raw;
  else {
    const { value } = splitDisambiguation(raw);
    (entry.relation.values as Array<string | undefined>)[column.feature] = value === '*' ? undefined : unescapeValue(value);
  }
}

/**
 * Resolves a relation's ends as INCEpTION does: a `[governor_dependent]` id above 0 names a span
 * by its disambiguation id, otherwise the end is the first span of the base layer on its row
 * (the `BT_` column's row for the governor, the relation's own row for the dependent).
 */
function resolveEnds(pending: PendingRelation, layers: readonly WebannoReadLayer[], units: ReadonlyMap<string, RowAnnotations>, byId: ReadonlyMap<string, WebannoReadSpan>): void {
  const baseType = pending.layer.features[pending.layer.features.length - 1]?.replace(/^BT_/, '') ?? '';
  const base = layers.find((l) => l.kind === 'span' && l.type === baseType);
  if (base === undefined) return;
  const { value: unit, id } = splitDisambiguation(pending.reference);
  const [from = 0, to = 0] = (id ?? '').split('_').map(Number);
  const at = (row: string, n: number) => (n > 0 ? byId.get(`${baseType}#${n}`) : units.get(row)?.get(base)?.[0]);
  pending.relation.from = at(unit, from);
  pending.relation.to = at(pending.unit, to);
  pending.layer.relations.push(pending.relation);
}

/**
 * Reads a WebAnno TSV 3.2/3.3 file as INCEpTION does: the header's layers, the text rebuilt from
 * the `#Text=` lines (each line ends with a line break; a gap before the next sentence's first
 * token is padded with spaces, no gap takes the break away again), and the annotations of every
 * layer from the token and sub-token rows, joining rows by their `[n]` disambiguation ids. Unlike
 * INCEpTION, the line break the last `#Text=` line adds is not kept, so a text Tagwerk wrote reads
 * back exactly. A row's token must equal the text at its offsets (UTF-16 code units): a file that
 * counts otherwise is refused rather than misread. Offsets stay UTF-16 here.
 */
export function parseWebannoDocument(content: string, path: string): WebannoRead {
  const problems: FormatProblem[] = [];
  const lines = (content.startsWith('\uFEFF') ? content.slice(1) : content).split(/\r\n|\r|\n/);
  const { layers, columns, bodyStart } = readHeader(lines, path, problems);
  let text = '';
  let sentence: string | undefined;
  let state: 'gap' | 'header' | 'rows' = 'gap';
  const byId = new Map<string, WebannoReadSpan>();
  const seenLinks = new Set<string>();
  const units = new Map<string, RowAnnotations>();
  const relations: PendingRelation[] = [];
  for (let n = bodyStart; n < lines.length && problems.length < 20; n++) {
    const line = lines[n] as string;
    const where = `${path} line ${n + 1}`;
    if (line === '') {
      state = state === 'header' ? 'header' : 'gap';
      continue;
    }
    if (line.startsWith('#')) {
      if (state === 'rows') problems.push({ path: where, code: 'webannoSentenceHeader', message: 'a sentence header must follow a blank line' });
      if (state !== 'header') sentence = '';
      state = 'header';
      if (line.startsWith('#Text=')) sentence += `${unescapeText(line.slice('#Text='.length))}\n`;
      continue;
    }
    const fields = line.split('\t');
    const offsets = OFFSETS.exec(fields[1] ?? '');
    if (!UNIT_ID.test(fields[0] ?? '') || offsets === null || fields.length < columns.length + 3) {
      problems.push({ path: where, code: 'webannoBadRow', columns: columns.length, message: `is not a row "sentence-token<TAB>begin-end<TAB>token" with ${columns.length} annotation columns` });
      continue;
    }
    const unit = { start: Number(offsets[1]), end: Number(offsets[2]) };
    if (state === 'gap') problems.push({ path: where, code: 'webannoRowBeforeText', message: 'a token row must follow a #Text= line' });
    if (state === 'header' && sentence !== undefined) {
      if (text.length > unit.start && text.endsWith('\n')) text = text.slice(0, -1);
      text = text.padEnd(unit.start, ' ') + sentence;
      sentence = undefined;
    }
    state = 'rows';
    if (unit.end < unit.start || text.slice(unit.start, unit.end) !== fields[2]) {
      problems.push({ path: where, code: 'webannoTokenMismatch', offsets: excerpt(fields[1] as string), found: excerpt(text.slice(unit.start, unit.end)), token: excerpt(fields[2] as string), message: `${fields[0] as string}: offsets ${fields[1] as string} read ${JSON.stringify(text.slice(unit.start, unit.end))}, not the token ${JSON.stringify(fields[2])} (offsets must count UTF-16 code units)` });
      continue;
    }
    const row: RowAnnotations = new Map();
    const pending = new Map<WebannoReadLayer, PendingRelation[]>();
    columns.forEach((column, c) => {
      const raw = fields[c + 3] as string;
      if (raw === '_') return;
      const values = splitUnescaped(raw, '|');
      if (column.layer.kind === 'span') values.forEach((value, k) => readSpanValue(column, row, byId, unit, k, value, where));
      else if (column.layer.kind === 'relation') values.forEach((value, k) => readRelationValue(column, pending, fields[0] as string, k, value, where));
      else countLinks(column, values, where, seenLinks);
    });
    units.set(fields[0] as string, row);
    for (const stack of pending.values()) relations.push(...stack);
  }
  // Ends are resolved once every row is read: a governor may be written further down.
  for (const pending of relations) resolveEnds(pending, layers, units, byId);
  return { text: text.endsWith('\n') ? text.slice(0, -1) : text, layers, problems };
}
