import { z } from 'zod';
import { documentIdOf } from '../text/documentId';
import { createOffsetConverter } from '../text/offsetConverter';
import { anchorQuote } from './anchorQuote';
import type { ParseOptions, ParseResult } from './formatAdapter';
import { createLossTally } from './formatLoss';
import type { FormatProblem } from './formatProblem';
import { type ImportedDocument, type ImportedSpan, importedDataset } from './importedDataset';
import { parseJsonSafely } from './parseJsonSafely';
import { excerpt, named } from './quoted';
import type { ImportedRelation } from './importedRelations';
import { annotationIdFromIri, annotatorFromIri, relationIdFromIri } from './w3cIris';

const AgentSchema = z.union([z.string(), z.object({ id: z.string().optional(), name: z.string().optional() })]);
const BodySchema = z.union([z.string(), z.object({ type: z.unknown().optional(), purpose: z.unknown().optional(), value: z.unknown().optional() })]);
const SelectorSchema = z.object({
  type: z.string(),
  exact: z.string().optional(),
  prefix: z.string().optional(),
  suffix: z.string().optional(),
  start: z.number().optional(),
  end: z.number().optional(),
});
const TargetSchema = z.object({ source: z.string(), selector: z.union([SelectorSchema, z.array(SelectorSchema)]).optional() });

const AnnotationSchema = z.object({
  id: z.string().min(1),
  motivation: z.unknown().optional(),
  creator: AgentSchema.optional(),
  created: z.string().optional(),
  modified: z.string().optional(),
  body: z.union([BodySchema, z.array(BodySchema)]).optional(),
  bodyValue: z.string().optional(),
  target: z.union([TargetSchema, z.array(z.union([TargetSchema, z.string()])).min(1), z.string()]),
});
type Annotation = z.infer<typeof AnnotationSchema>;

const ContainerSchema = z.object({
  type: z.unknown().optional(),
  creator: AgentSchema.optional(),
  created: z.string().optional(),
  first: z.object({ items: z.array(z.unknown()) }).optional(),
  items: z.array(z.unknown()).optional(),
});

function agentName(agent: z.infer<typeof AgentSchema> | undefined): string | undefined {
  if (agent === undefined) return undefined;
  if (typeof agent === 'string') return annotatorFromIri(agent);
  return agent.name ?? (agent.id === undefined ? undefined : annotatorFromIri(agent.id));
}

/** The annotations of any accepted container: collection (first page / items), page, array, or one annotation. */
function itemsOf(value: unknown): { items: unknown[]; container?: z.infer<typeof ContainerSchema> } {
  if (Array.isArray(value)) return { items: value };
  const container = ContainerSchema.safeParse(value);
  if (!container.success) return { items: [value] };
  const { first, items, type } = container.data;
  if (type === 'AnnotationCollection') return { items: [...(first?.items ?? []), ...(items ?? [])], container: container.data };
  if (type === 'AnnotationPage') return { items: items ?? [], container: container.data };
  return { items: [value] };
}

const LABEL_PURPOSES = new Set(['tagging', 'classifying', 'identifying']);
const NOTE_PURPOSES = new Set(['commenting', 'describing', 'replying', 'editing']);

/**
 * The labels and note of an annotation's bodies: a TextualBody (or an untyped body with a string
 * `value`, or `bodyValue`) is a label when its purpose — else the annotation's motivation — is
 * tagging, classifying or identifying (or none is given), a note when it is commenting,
 * describing, replying or editing; `other` counts bodies that are neither (links, resources).
 */
function readBodies(a: Annotation): { labels: string[]; notes: string[]; other: number } {
  const bodies = [...(a.body === undefined ? [] : Array.isArray(a.body) ? a.body : [a.body]), ...(a.bodyValue === undefined ? [] : [{ type: 'TextualBody', value: a.bodyValue }])];
  const labels: string[] = [];
  const notes: string[] = [];
  let other = 0;
  for (const b of bodies) {
    const textual = typeof b !== 'string' && (b.type === 'TextualBody' || b.type === undefined) && typeof b.value === 'string';
    const role = typeof b === 'string' ? undefined : (b.purpose ?? a.motivation);
    if (!textual) other++;
    else if (role === undefined || (typeof role === 'string' && LABEL_PURPOSES.has(role))) labels.push(b.value as string);
    else if (typeof role === 'string' && NOTE_PURPOSES.has(role)) notes.push(b.value as string);
    else other++;
  }
  return { labels, notes, other };
}

/** An annotation read up to its anchoring: where it is, what it says, and its selectors. */
interface Pending {
  readonly path: string;
  readonly source: string;
  readonly position?: { start: number; end: number };
  readonly quote?: { exact: string; prefix?: string; suffix?: string };
  readonly spans: ReadonlyArray<Omit<ImportedSpan, 'start' | 'end' | 'path'>>;
}

/** One annotation as pending spans (one per label), or a problem; bodies and targets it cannot hold are counted. */
function readAnnotation(raw: unknown, path: string, fallbackAnnotator: string | undefined, losses: ReturnType<typeof createLossTally>): Pending | FormatProblem | undefined {
  const parsed = AnnotationSchema.safeParse(raw);
  if (!parsed.success) return { path, code: 'w3cNotAnnotation', message: 'not a Web Annotation with an id and a target { source, selector }' };
  const a = parsed.data;
  const { labels, notes, other } = readBodies(a);
  losses.add('body', path, other);
  const targets = (Array.isArray(a.target) ? a.target : [a.target]).filter((t): t is z.infer<typeof TargetSchema> => typeof t !== 'string' && t.selector !== undefined);
  const target = targets[0];
  if (target === undefined) {
    losses.add('unanchored', path);
    return undefined;
  }
  if (labels.length === 0) {
    losses.add(notes.length > 0 ? 'comment' : 'body', path);
    return undefined;
  }
  const selectors = Array.isArray(target.selector) ? target.selector : [target.selector];
  const position = selectors.find((s) => s?.type === 'TextPositionSelector' && s.start !== undefined && s.end !== undefined);
  const quote = selectors.find((s) => s?.type === 'TextQuoteSelector' && s.exact !== undefined);
  if (position === undefined && quote === undefined) return { path, code: 'w3cNoSelector', id: excerpt(a.id), message: `annotation ${named(a.id)} has neither a TextPositionSelector (start, end) nor a TextQuoteSelector (exact)` };
  const annotator = agentName(a.creator) ?? fallbackAnnotator;
  const note = notes.length === 0 ? undefined : notes.join('\n');
  const id = annotationIdFromIri(a.id);
  return {
    path,
    source: target.source,
    ...(position !== undefined && { position: { start: position.start as number, end: position.end as number } }),
    ...(quote !== undefined && { quote: { exact: quote.exact as string, ...(quote.prefix !== undefined && { prefix: quote.prefix }), ...(quote.suffix !== undefined && { suffix: quote.suffix }) } }),
    spans: labels.map((label, l) => ({
      label,
      ...(l === 0 && { id, ref: a.id }),
      ...(note !== undefined && { note }),
      ...(annotator !== undefined && { annotator }),
      ...(a.created !== undefined && { createdAt: a.created }),
      ...(a.modified !== undefined && { updatedAt: a.modified }),
    })),
  };
}

/** The spans of a pending annotation in `text`: at its position (its quote must match), else where its quote anchors; undefined when it does not anchor. */
function anchored(p: Pending, text: string): ImportedSpan[] | undefined {
  const range = p.position ?? (p.quote === undefined ? undefined : anchorQuote(text, p.quote));
  if (range === undefined) return undefined;
  return p.spans.map((s) => ({ ...s, path: p.path, start: range.start, end: range.end, ...(p.quote !== undefined && { quote: p.quote.exact }) }));
}

/** Whether a pending annotation can be placed in `text`: its position lies inside and reads its quote, or its quote occurs. */
function fitsIn(p: Pending, text: string): boolean {
  if (p.position === undefined) return anchored(p, text) !== undefined;
  const converter = createOffsetConverter(text);
  const { start, end } = p.position;
  if (!(Number.isInteger(start) && Number.isInteger(end) && start >= 0 && start < end && end <= converter.codePointLength)) return false;
  return p.quote === undefined || text.slice(converter.codePointToUtf16(start), converter.codePointToUtf16(end)) === p.quote.exact;
}

/** The text of a source: by its id (`sha256:…` and `urn:sha256:…` alike), else the first given text all its annotations fit in. */
function textFor(source: string, pending: readonly Pending[], options: ParseOptions): string | undefined {
  const known = options.texts?.get(source) ?? options.texts?.get(source.replace(/^urn:sha256:/i, 'sha256:'));
  if (known !== undefined) return known;
  return options.anyTexts?.find((text) => pending.every((p) => fitsIn(p, text)));
}

/** A linking annotation (motivation `linking`, two IRI targets) read as relations (one per label body) from its first target to its second. */
interface PendingLink {
  readonly from: string;
  readonly relations: ImportedRelation[];
}

/** The relations of a linking annotation, or undefined when `raw` is not one (then it is read as a tag). */
function readLink(raw: unknown, path: string, losses: ReturnType<typeof createLossTally>): PendingLink | undefined {
  const parsed = AnnotationSchema.safeParse(raw);
  if (!parsed.success || parsed.data.motivation !== 'linking') return undefined;
  const a = parsed.data;
  const targets = (Array.isArray(a.target) ? a.target : [a.target]).map((t) => (typeof t === 'string' ? t : t.selector === undefined ? t.source : undefined));
  const [from, to] = targets;
  if (targets.length !== 2 || from === undefined || to === undefined) return undefined;
  const { labels, notes, other } = readBodies(a);
  losses.add('body', path, other);
  if (labels.length === 0) losses.add('invalidRelation', path);
  const note = notes.length === 0 ? undefined : notes.join('\n');
  const id = relationIdFromIri(a.id);
  return { from, relations: labels.map((type, l) => ({ path, from, to, type, ...(l === 0 && { id }), ...(note !== undefined && { note }) })) };
}

/**
 * Reads W3C Web Annotations (a collection, a page, an array or one annotation). An annotation is
 * placed by its TextPositionSelector (code points; a TextQuoteSelector's `exact` must then match
 * the slice), else by its TextQuoteSelector alone (exact, prefix and suffix, as Hypothesis and
 * Apache Annotator anchor). Labels come from TextualBody or `bodyValue` bodies (one span per
 * label), notes from commenting bodies; annotations without a label or a text target, and bodies
 * that are neither, are counted as losses. Annotations are grouped by `target.source`, whose
 * text is `options.texts` by id (`urn:sha256:` as `sha256:`), else the one of `options.anyTexts`
 * they all anchor in; the collection's creator and `created` stand in for annotator and time.
 * Linking annotations (motivation `linking`, a tagging body with the relation type, the IRIs of
 * the two annotations as targets) are relations between the tags they name.
 */
export function parseW3c(input: string, options: ParseOptions = {}): ParseResult {
  const json = parseJsonSafely(input);
  if (!json.ok) return { ok: false, problems: json.problems };
  const { items, container } = itemsOf(json.value);
  const annotator = agentName(container?.creator) ?? options.annotator;
  const exportedAt = container?.created ?? options.exportedAt;
  const problems: FormatProblem[] = [];
  const losses = createLossTally();
  const bySource = new Map<string, Pending[]>();
  const links: PendingLink[] = [];
  items.forEach((raw, index) => {
    const link = readLink(raw, `items[${index}]`, losses);
    if (link !== undefined) {
      links.push(link);
      return;
    }
    const read = readAnnotation(raw, `items[${index}]`, annotator, losses);
    if (read === undefined) return;
    if ('message' in read) {
      problems.push(read);
      return;
    }
    const list = bySource.get(read.source) ?? [];
    if (list.length === 0) bySource.set(read.source, list);
    list.push(read);
  });
  if (items.length === 0) problems.push({ path: '', code: 'noAnnotation', message: 'the file holds no annotation' });
  const documents: ImportedDocument[] = [];
  for (const [source, pending] of bySource) {
    const text = textFor(source, pending, options);
    if (text === undefined) {
      problems.push({ path: pending[0]?.path ?? '', code: 'w3cNoText', source: excerpt(source), message: `no text given for document ${named(source)} (a W3C export does not contain the texts; give it with --text)` });
      continue;
    }
    const spans: ImportedSpan[] = [];
    for (const p of pending) {
      const placed = anchored(p, text);
      if (placed === undefined) problems.push({ path: p.path, code: 'quoteNotFound', quote: excerpt(p.quote?.exact ?? ''), source: excerpt(source), message: `the quote ${JSON.stringify(p.quote?.exact ?? '')} does not occur in the text of ${named(source)}` });
      else spans.push(...placed);
    }
    // A linking annotation belongs to the document of the tag it starts at.
    const refs = new Set(spans.flatMap((s) => (s.ref === undefined ? [] : [s.ref])));
    const relations = links.filter((l) => refs.has(l.from)).flatMap((l) => l.relations);
    documents.push({ path: `document ${source}`, text, id: /^(urn:)?sha256:/i.test(source) ? source.replace(/^urn:/i, '') : documentIdOf(text), spans, relations });
  }
  const placed = new Set(documents.flatMap((d) => d.spans.flatMap((s) => (s.ref === undefined ? [] : [s.ref]))));
  for (const link of links) if (!placed.has(link.from)) for (const r of link.relations) losses.add('danglingRelation', r.path);
  if (problems.length > 0) return { ok: false, problems };
  return importedDataset(
    'w3c',
    documents,
    { ...options, ...(annotator !== undefined && { annotator }), ...(exportedAt !== undefined && { exportedAt }) },
    losses.list(),
  );
}
