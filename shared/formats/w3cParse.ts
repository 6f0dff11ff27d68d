import { z } from 'zod';
import type { ParseOptions, ParseResult } from './formatAdapter';
import type { FormatProblem } from './formatProblem';
import { named } from './quoted';
import { type ImportedDocument, type ImportedSpan, importedDataset } from './importedDataset';
import { parseJsonSafely } from './parseJsonSafely';
import { annotationIdFromIri, annotatorFromIri } from './w3cIris';

const AgentSchema = z.union([z.string(), z.object({ id: z.string().optional(), name: z.string().optional() })]);
const BodySchema = z.union([z.string(), z.object({ type: z.unknown().optional(), purpose: z.unknown().optional(), value: z.unknown().optional() })]);
const SelectorSchema = z.object({ type: z.string(), exact: z.string().optional(), start: z.number().optional(), end: z.number().optional() });
const TargetSchema = z.object({ source: z.string(), selector: z.union([SelectorSchema, z.array(SelectorSchema)]) });

const AnnotationSchema = z.object({
  id: z.string().min(1),
  motivation: z.unknown().optional(),
  creator: AgentSchema.optional(),
  created: z.string().optional(),
  modified: z.string().optional(),
  body: z.union([BodySchema, z.array(BodySchema)]).optional(),
  target: TargetSchema,
});

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

function readBodies(body: z.infer<typeof AnnotationSchema>['body']): { label?: string; note?: string } {
  const bodies = body === undefined ? [] : Array.isArray(body) ? body : [body];
  let label: string | undefined;
  let note: string | undefined;
  for (const b of bodies) {
    if (typeof b === 'string' || b.type !== 'TextualBody' || typeof b.value !== 'string') continue;
    if (b.purpose === 'commenting') note ??= b.value;
    else if (b.purpose === 'tagging' || b.purpose === 'classifying' || b.purpose === undefined) label ??= b.value;
  }
  return { ...(label !== undefined && { label }), ...(note !== undefined && { note }) };
}

/** One annotation as a span of its source document, or a problem saying why it cannot be read. */
function readAnnotation(raw: unknown, path: string, fallbackAnnotator: string | undefined): { source: string; span: ImportedSpan } | FormatProblem {
  const parsed = AnnotationSchema.safeParse(raw);
  if (!parsed.success) return { path, message: 'not a Web Annotation with an id and a target { source, selector }' };
  const a = parsed.data;
  const { label, note } = readBodies(a.body);
  if (label === undefined) return { path, message: `annotation ${named(a.id)} has no TextualBody with purpose "tagging" holding the label` };
  const selectors = Array.isArray(a.target.selector) ? a.target.selector : [a.target.selector];
  const position = selectors.find((s) => s.type === 'TextPositionSelector');
  if (position?.start === undefined || position.end === undefined) return { path, message: `annotation ${named(a.id)} has no TextPositionSelector with start and end` };
  const quote = selectors.find((s) => s.type === 'TextQuoteSelector')?.exact;
  const annotator = agentName(a.creator) ?? fallbackAnnotator;
  return {
    source: a.target.source,
    span: {
      path,
      id: annotationIdFromIri(a.id),
      start: position.start,
      end: position.end,
      label,
      ...(quote !== undefined && { quote }),
      ...(note !== undefined && { note }),
      ...(annotator !== undefined && { annotator }),
      ...(a.created !== undefined && { createdAt: a.created }),
      ...(a.modified !== undefined && { updatedAt: a.modified }),
    },
  };
}

/**
 * Reads W3C Web Annotations (a collection, a page, an array or one annotation) whose targets
 * carry a TextPositionSelector in code points (a TextQuoteSelector's `exact` must match the
 * slice). Annotations are grouped into documents by `target.source`, whose texts must be given
 * in `options.texts`; the collection's creator and `created` stand in for the options'
 * annotator and export time.
 */
export function parseW3c(input: string, options: ParseOptions = {}): ParseResult {
  const json = parseJsonSafely(input);
  if (!json.ok) return { ok: false, problems: json.problems };
  const { items, container } = itemsOf(json.value);
  const annotator = agentName(container?.creator) ?? options.annotator;
  const exportedAt = container?.created ?? options.exportedAt;
  const problems: FormatProblem[] = [];
  const bySource = new Map<string, ImportedSpan[]>();
  items.forEach((raw, index) => {
    const read = readAnnotation(raw, `items[${index}]`, annotator);
    if ('message' in read) {
      problems.push(read);
      return;
    }
    const spans = bySource.get(read.source) ?? [];
    if (spans.length === 0) bySource.set(read.source, spans);
    spans.push(read.span);
  });
  if (items.length === 0) problems.push({ path: '', message: 'the file holds no annotation' });
  const documents: ImportedDocument[] = [];
  for (const [source, spans] of bySource) {
    const text = options.texts?.get(source);
    if (text === undefined) problems.push({ path: spans[0]?.path ?? '', message: `no text given for document ${named(source)} (a W3C export does not contain the texts)` });
    else documents.push({ path: `document ${source}`, text, id: source, spans });
  }
  if (problems.length > 0) return { ok: false, problems };
  return importedDataset('w3c', documents, {
    ...options,
    ...(annotator !== undefined && { annotator }),
    ...(exportedAt !== undefined && { exportedAt }),
  });
}
