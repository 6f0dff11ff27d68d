import { countedNote, type DatasetNote } from './noteFacts';
import { createOffsetConverter, isInsideSurrogatePair } from '../text/offsetConverter';
import { annotationsByAnnotator } from './annotationsByAnnotator';
import type { DatasetAnnotation, TagwerkDataset } from './datasetSchema';
import type { FolderFormatAdapter, NamedFile } from './formatAdapter';
import { createLossTally, type FormatLoss } from './formatLoss';
import type { FormatProblem } from './formatProblem';
import { type ImportedDocument, type ImportedSpan, importedDataset } from './importedDataset';
import type { ImportedRelation } from './importedRelations';
import { parseWebannoDocument, type WebannoReadLayer, type WebannoReadSpan } from './webannoParse';
import type { WebannoRelation } from './webannoRelationColumns';
import { serializeWebannoDocument } from './webannoWrite';

/** The span layer Tagwerk's tags are written to: one annotation per tag, its label and its note as features. */
export const WEBANNO_TAG_LAYER = 'webanno.custom.Tag';
/** The relation layer Tagwerk's relations are written to, between tags of the Tag layer: the relation type as `label`, and its note. */
export const WEBANNO_RELATION_LAYER = 'webanno.custom.Relation';
const FEATURES = ['label', 'note'] as const;

/** A folder or file name from a document source or annotator: no `builtin:`, only safe characters. */
function safeName(name: string, fallback: string): string {
  const safe = name.replace(/^builtin:/, '').replace(/[^\p{L}\p{N}._-]/gu, '_').replace(/^\.+/, '');
  return safe === '' ? fallback : safe;
}

/** Exported files and how many spans the format could not hold as they were. */
export interface WebannoExport {
  readonly files: NamedFile[];
  /** Spans starting or ending in white space, written trimmed to their tokens. */
  readonly trimmed: number;
  /** Spans over white space only, not written. */
  readonly dropped: number;
  /** Relations with an end over white space only, not written. */
  readonly droppedRelations: number;
  /** Documents that read back as another text: line breaks or tabs before the first token become spaces, a text without tokens is empty. */
  readonly changedTexts: number;
}

/**
 * Writes WebAnno TSV 3.3 in INCEpTION's project layout: `<document>/<annotator>.tsv`, one file
 * per document and annotator (the folder named after the document's source, made unique with
 * `-2`…), so annotators stay apart. Each file declares one span layer `webanno.custom.Tag` with
 * the features `label` and `note` (a tag's note is a feature of that tag, so it can never be
 * attached to the wrong one of two tags on the same words) and, when the annotator has
 * relations, one relation layer `webanno.custom.Relation` over it (type as `label`, and `note`);
 * offsets are UTF-16 code units.
 */
export function writeWebanno(dataset: TagwerkDataset): WebannoExport {
  const taken = new Set<string>();
  let trimmed = 0;
  let dropped = 0;
  let droppedRelations = 0;
  let changedTexts = 0;
  const files = dataset.documents.flatMap((document) => {
    if (!/^ *\S/u.test(document.text)) changedTexts++;
    const base = safeName(document.source, 'document');
    let folder = base;
    for (let n = 2; taken.has(folder); n++) folder = `${base}-${n}`;
    taken.add(folder);
    const converter = createOffsetConverter(document.text);
    const groups = annotationsByAnnotator(document);
    return (groups.length === 0 ? [[dataset.annotator, []] as [string, DatasetAnnotation[]]] : groups).map(([annotator, annotations]) => {
      const spans = annotations.map((a) => ({ start: converter.codePointToUtf16(a.start), end: converter.codePointToUtf16(a.end), values: [a.label, a.note] }));
      const index = new Map(annotations.map((a, i) => [a.id, i]));
      const relations: WebannoRelation[] = (document.relations ?? []).flatMap((r) => {
        const [from, to] = [index.get(r.from), index.get(r.to)];
        return from === undefined || to === undefined ? [] : [{ from, to, values: [r.type, r.note] }];
      });
      const relationLayers = relations.length === 0 ? [] : [{ type: WEBANNO_RELATION_LAYER, features: FEATURES, base: 0, relations }];
      const written = serializeWebannoDocument(document.text, [{ type: WEBANNO_TAG_LAYER, features: FEATURES, spans }], relationLayers);
      trimmed += written.trimmed;
      dropped += written.dropped;
      droppedRelations += written.droppedRelations;
      return { name: `${folder}/${safeName(annotator, 'annotator')}.tsv`, content: written.content };
    });
  });
  return { files, trimmed, dropped, droppedRelations, changedTexts };
}

/** Where a file sits: `doc.txt/anna.tsv` (INCEpTION's layout, also under `annotation/`) or a lone `doc.tsv`. */
function placeOf(name: string): { document: string; annotator?: string } {
  const parts = name.split('/').filter((p) => p !== '');
  const file = (parts[parts.length - 1] ?? name).replace(/\.tsv$/i, '');
  return parts.length >= 2 ? { document: parts[parts.length - 2] as string, annotator: file } : { document: file };
}

/** True for Tagwerk's relation layer: `webanno.custom.Relation` with a `label` feature, between tags of the Tag layer. */
function isTagRelationLayer(layer: WebannoReadLayer): boolean {
  return layer.kind === 'relation' && layer.type === WEBANNO_RELATION_LAYER && layer.features.includes('label') && layer.features[layer.features.length - 1] === `BT_${WEBANNO_TAG_LAYER}`;
}

/**
 * The tags of the Tag layer in code points and the relations between them (ends named by refs
 * unique across the folder: `<file>:<n>`); other layers, extra features and unlabeled or empty
 * spans, relations of other layers and relations without a type are counted as losses.
 */
function tagsOf(
  text: string,
  layers: readonly WebannoReadLayer[],
  file: number,
  annotator: string | undefined,
  losses: ReturnType<typeof createLossTally>,
  problems: FormatProblem[],
): { spans: ImportedSpan[]; relations: ImportedRelation[] } {
  const converter = createOffsetConverter(text);
  const spans: ImportedSpan[] = [];
  const refs = new Map<WebannoReadSpan, string>();
  const tagLayer = layers.find((l) => l.kind === 'span' && l.type === WEBANNO_TAG_LAYER);
  const relationLayer = layers.find(isTagRelationLayer);
  for (const layer of layers) {
    if (layer === tagLayer || layer === relationLayer) continue;
    if (layer.kind === 'span') losses.add('layer', layer.spans[0]?.path ?? '', layer.spans.length);
    else losses.add(layer.kind, layer.first, layer.count);
  }
  if (tagLayer === undefined) return { spans, relations: [] };
  const label = tagLayer.features.indexOf('label');
  const note = tagLayer.features.indexOf('note');
  tagLayer.spans.forEach((span, n) => {
    const extra = span.values.filter((v, i) => v !== undefined && i !== label && i !== note).length;
    losses.add('attribute', span.path, extra);
    const value = span.values[label];
    if (value === undefined || value === '') return losses.add('unlabeled', span.path);
    if (span.start === span.end) return losses.add('empty', span.path);
    if (span.end > text.length || isInsideSurrogatePair(text, span.start) || isInsideSurrogatePair(text, span.end)) {
      problems.push({ path: span.path, code: 'spanNotOnCharacters', start: span.start, end: span.end, message: `span ${span.start}-${span.end} is not within the text on character boundaries (UTF-16 code units)` });
      return;
    }
    const noteValue = note < 0 ? undefined : span.values[note];
    const ref = `${file}:${n}`;
    refs.set(span, ref);
    spans.push({
      path: span.path,
      start: converter.utf16ToCodePoint(span.start),
      end: converter.utf16ToCodePoint(span.end),
      label: value,
      ref,
      ...(noteValue !== undefined && { note: noteValue }),
      ...(annotator !== undefined && { annotator }),
    });
  });
  return { spans, relations: relationLayer === undefined ? [] : relationsOf(relationLayer, refs, losses) };
}

/** The relations of Tagwerk's relation layer by the refs of their ends (an end that is no imported tag stays unnamed, so it is reported as dangling); one without a type is counted as lost. */
function relationsOf(layer: WebannoReadLayer, refs: ReadonlyMap<WebannoReadSpan, string>, losses: ReturnType<typeof createLossTally>): ImportedRelation[] {
  const label = layer.features.indexOf('label');
  const note = layer.features.indexOf('note');
  return layer.relations.flatMap((relation) => {
    const type = relation.values[label];
    if (type === undefined || type === '') {
      losses.add('relation', relation.path);
      return [];
    }
    const noteValue = note < 0 ? undefined : relation.values[note];
    const ref = (span: WebannoReadSpan | undefined) => (span === undefined ? '' : (refs.get(span) ?? ''));
    return [{ path: relation.path, from: ref(relation.from), to: ref(relation.to), type, ...(noteValue !== undefined && { note: noteValue }) }];
  });
}

/** Reads the `.tsv` files of a folder: documents (same text = same document, whatever folder) and what was lost. */
export function readWebanno(files: readonly NamedFile[]): { documents: ImportedDocument[]; losses: FormatLoss[]; problems: FormatProblem[] } {
  const problems: FormatProblem[] = [];
  const losses = createLossTally();
  const byText = new Map<string, { path: string; source: string; spans: ImportedSpan[]; relations: ImportedRelation[] }>();
  files.forEach((file, n) => {
    if (!/\.tsv$/i.test(file.name) || /(^|\/)INITIAL_CAS\.tsv$/.test(file.name)) return;
    const read = parseWebannoDocument(file.content, file.name);
    problems.push(...read.problems);
    if (read.problems.length > 0) return;
    const place = placeOf(file.name);
    const { spans, relations } = tagsOf(read.text, read.layers, n, place.annotator, losses, problems);
    const known = byText.get(read.text);
    if (known === undefined) byText.set(read.text, { path: file.name, source: place.document, spans, relations });
    else {
      known.spans.push(...spans);
      known.relations.push(...relations);
    }
  });
  const documents = [...byText].map(([text, d]) => ({ path: d.path, text, source: d.source, spans: d.spans, relations: d.relations }));
  return { documents, losses: losses.list(), problems };
}

/**
 * The WebAnno TSV 3.3 adapter (INCEpTION, WebAnno; UTF-16 offsets converted at this adapter).
 * `parse` takes a folder's files: `<document>/<annotator>.tsv` as INCEpTION exports projects
 * (the annotator is the file's name, the source the folder's) or lone `<name>.tsv` files
 * (annotator from the options); only the `webanno.custom.Tag` layer and the relations of the
 * `webanno.custom.Relation` layer over it are read, everything else is counted by `readWebanno` as lost. `serialize` is `writeWebanno`'s files.
 */
export const webannoFormat = {
  id: 'webanno',
  offsetUnit: 'utf16',
  serialize: (dataset) => writeWebanno(dataset).files,
  parse(files, options) {
    const read = readWebanno(files);
    if (read.problems.length > 0) return { ok: false, problems: read.problems };
    if (read.documents.length === 0) return { ok: false, problems: [{ path: '', code: 'webannoNoTsv', message: 'the folder holds no .tsv file' }] };
    return importedDataset('webanno', read.documents, options, read.losses);
  },
} as const satisfies FolderFormatAdapter;

/** The export's notes: tags written trimmed to their tokens or not written, and relations whose end was not written, in words for stderr and the export summary. */
export function webannoExportNotes(dataset: TagwerkDataset): DatasetNote[] {
  const { trimmed, dropped, droppedRelations, changedTexts } = writeWebanno(dataset);
  return [
    countedNote('webannoChangedTexts', changedTexts, `webanno: ${changedTexts} ${changedTexts === 1 ? 'document begins' : 'documents begin'} with line breaks or tabs before the first word (or ${changedTexts === 1 ? 'has' : 'have'} no word at all); TSV has no place for them, so ${changedTexts === 1 ? 'it reads' : 'they read'} back as another text`),
    countedNote('webannoTrimmed', trimmed, `webanno: ${trimmed} ${trimmed === 1 ? 'tag starts or ends' : 'tags start or end'} in white space between tokens and ${trimmed === 1 ? 'was' : 'were'} written trimmed to ${trimmed === 1 ? 'its' : 'their'} tokens`),
    countedNote('webannoDropped', dropped, `webanno: ${dropped} ${dropped === 1 ? 'tag covers' : 'tags cover'} white space only and ${dropped === 1 ? 'was' : 'were'} not written`),
    countedNote('webannoDroppedRelations', droppedRelations, `webanno: ${droppedRelations} ${droppedRelations === 1 ? 'relation was' : 'relations were'} not written because ${droppedRelations === 1 ? 'its' : 'their'} tag covers white space only`),
  ].flat();
}
