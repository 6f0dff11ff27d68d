import { z } from 'zod';
import { createOffsetConverter } from '../text/offsetConverter';
import { annotatorSets } from './annotatorSets';
import type { DatasetAnnotation, TagwerkDataset } from './datasetSchema';
import type { TextFormatAdapter } from './formatAdapter';
import { createLossTally, type LossKind } from './formatLoss';
import type { FormatProblem } from './formatProblem';
import { type ImportedDocument, type ImportedSpan, importedDataset } from './importedDataset';
import type { ImportedRelation } from './importedRelations';
import { parseJsonSafely } from './parseJsonSafely';
import { problemsFromIssues } from './problemsFromIssues';

const LabelsResultSchema = z.object({
  id: z.string().min(1).optional(),
  type: z.literal('labels'),
  value: z.object({ start: z.number().int(), end: z.number().int(), text: z.string().optional(), labels: z.array(z.string().min(1)).min(1) }),
  meta: z.object({ text: z.union([z.string(), z.array(z.string())]).optional() }).optional(),
});

/** A Label Studio relation result: two region ids of the same annotation, its direction and labels. */
const RelationResultSchema = z.object({
  type: z.literal('relation'),
  from_id: z.string().min(1),
  to_id: z.string().min(1),
  direction: z.enum(['right', 'left', 'bi']).optional(),
  labels: z.array(z.string().min(1)).optional(),
});

const UserSchema = z.union([
  z.number(),
  z.string(),
  z.object({ id: z.number().optional(), email: z.string().optional(), first_name: z.string().optional(), last_name: z.string().optional() }),
]);

const AnnotationSchema = z.object({
  result: z.array(z.unknown()).default([]),
  completed_by: UserSchema.optional(),
  created_username: z.string().optional(),
  was_cancelled: z.boolean().optional(),
});

const TaskSchema = z.object({
  data: z.object({
    text: z.string().min(1),
    documentId: z.unknown().optional(),
    title: z.string().optional(),
    language: z.string().optional(),
    source: z.string().optional(),
  }),
  annotations: z.array(AnnotationSchema).optional(),
  // Label Studio before 1.0 called them completions.
  completions: z.array(AnnotationSchema).optional(),
  predictions: z.array(z.unknown()).optional(),
  drafts: z.array(z.unknown()).optional(),
});

const TasksSchema = z.union([z.array(TaskSchema), TaskSchema.transform((task) => [task])]);

/** What each Label Studio result type that is not a `labels` region becomes in the loss count. */
const RESULT_LOSSES: Readonly<Record<string, LossKind>> = { choices: 'choice', textarea: 'textarea' };

function region(a: DatasetAnnotation): Record<string, unknown> {
  return {
    id: a.id,
    from_name: 'label',
    to_name: 'text',
    type: 'labels',
    value: { start: a.start, end: a.end, text: a.text, labels: [a.label] },
    ...(a.note !== undefined && { meta: { text: [a.note] } }),
  };
}

/**
 * Writes Label Studio JSON: an array of tasks `{"data": {"text", "documentId", "title",
 * "language", "source"}, "annotations": [...]}` with one annotation per annotator
 * (`completed_by`: the annotator's number in this file, `created_username`: the name, as Label
 * Studio's own exports carry it), whose results are `labels` regions `{"id", "from_name":
 * "label", "to_name": "text", "type": "labels", "value": {"start", "end", "text", "labels"}}`
 * with a note as the region's `meta.text`, then the annotator's relations as `{"from_id",
 * "to_id", "type": "relation", "direction": "right", "labels": [type]}` (region ids = annotation
 * ids; a relation's note has no place there). `start`/`end` are code points, as Label Studio's
 * frontend (`codePointsToChars`) and its Python converter count them.
 */
export function serializeLabelStudio(dataset: TagwerkDataset): string {
  const annotators = [...new Set(dataset.documents.flatMap((d) => d.annotations.map((a) => a.annotator)))].sort();
  const tasks = dataset.documents.map((d) => ({
    data: { text: d.text, documentId: d.id, title: d.title, language: d.language, source: d.source },
    annotations: annotatorSets(d).map(({ annotator, annotations, relations }) => ({
      completed_by: annotators.indexOf(annotator) + 1,
      created_username: annotator,
      result: [...annotations.map(region), ...relations.map((r) => ({ from_id: r.from, to_id: r.to, type: 'relation', direction: 'right', labels: [r.type] }))],
    })),
  }));
  return `${JSON.stringify(tasks, null, 2)}\n`;
}

/** The annotator an annotation names: `created_username` (without Label Studio's `, <id>` tail), the user's email or name, else `labelstudio-<id>`. */
function annotatorOf(annotation: z.infer<typeof AnnotationSchema>): string | undefined {
  const named = annotation.created_username?.replace(/, \d+$/, '').trim();
  if (named !== undefined && named !== '') return named;
  const user = annotation.completed_by;
  if (typeof user === 'string' && user.trim() !== '') return user.trim();
  if (typeof user === 'number') return `labelstudio-${user}`;
  if (user === undefined || typeof user === 'string') return undefined;
  const name = [user.first_name, user.last_name].filter((s) => s !== undefined && s.trim() !== '').join(' ');
  return user.email?.trim() || name || (user.id === undefined ? undefined : `labelstudio-${user.id}`);
}

function noteOf(meta: z.infer<typeof LabelsResultSchema>['meta']): string | undefined {
  const text = meta?.text;
  if (text === undefined) return undefined;
  const joined = Array.isArray(text) ? text.join('\n') : text;
  return joined === '' ? undefined : joined;
}

interface TaskReading {
  readonly taken: Set<string>;
  readonly problems: FormatProblem[];
  readonly losses: ReturnType<typeof createLossTally>;
  readonly relations: ImportedRelation[];
}

/** A relation result as Tagwerk relations (one per label; `left` reverses it, `bi` is read as written); one without a label cannot be typed and is lost. */
function readRelation(raw: z.infer<typeof RelationResultSchema>, scope: string, path: string, reading: TaskReading): void {
  const labels = raw.labels ?? [];
  if (labels.length === 0) reading.losses.add('invalidRelation', path);
  const [from, to] = raw.direction === 'left' ? [raw.to_id, raw.from_id] : [raw.from_id, raw.to_id];
  for (const type of labels) reading.relations.push({ path, from: `${scope}:${from}`, to: `${scope}:${to}`, type });
}

/** The spans of one task's annotations (code points, checked against the text); other results are counted as losses. */
function taskSpans(text: string, annotations: ReadonlyArray<z.infer<typeof AnnotationSchema>>, t: number, reading: TaskReading): ImportedSpan[] {
  const length = createOffsetConverter(text).codePointLength;
  const spans: ImportedSpan[] = [];
  annotations.forEach((annotation, a) => {
    if (annotation.was_cancelled === true) {
      reading.losses.add('cancelled', `[${t}].annotations[${a}]`);
      return;
    }
    const annotator = annotatorOf(annotation);
    annotation.result.forEach((raw, r) => {
      const path = `[${t}].annotations[${a}].result[${r}]`;
      const parsed = LabelsResultSchema.safeParse(raw);
      const relation = RelationResultSchema.safeParse(raw);
      if (relation.success) return readRelation(relation.data, `[${t}].annotations[${a}]`, path, reading);
      if (!parsed.success) {
        const type = (raw as { type?: unknown } | null)?.type;
        if (type === 'relation') return reading.losses.add('relation', path);
        if (type === 'labels') reading.problems.push(...problemsFromIssues(parsed.error.issues, [path]));
        else reading.losses.add(typeof type === 'string' ? (RESULT_LOSSES[type] ?? 'otherResult') : 'otherResult', path);
        return;
      }
      const { id, value, meta } = parsed.data;
      if (!(value.start >= 0 && value.start < value.end && value.end <= length)) {
        reading.problems.push({ path: `${path}.value`, code: 'spanOutOfText', start: value.start, end: value.end, length, message: `span ${value.start}..${value.end} is not a non-empty range within 0..${length} code points` });
        return;
      }
      const note = noteOf(meta);
      // Ids repeat across annotators' annotations of one task; a repeated id is derived afresh instead,
      // as are the ids of a region's second and further labels (one Tagwerk span per label).
      value.labels.forEach((label, l) => {
        const keepId = l === 0 && id !== undefined && !reading.taken.has(id);
        if (keepId) reading.taken.add(id);
        spans.push({
          path,
          start: value.start,
          end: value.end,
          label,
          ...(keepId && { id }),
          ...(l === 0 && id !== undefined && { ref: `[${t}].annotations[${a}]:${id}` }),
          ...(value.text !== undefined && { quote: value.text }),
          ...(annotator !== undefined && { annotator }),
          ...(note !== undefined && { note }),
        });
      });
    });
  });
  return spans;
}

/**
 * The Label Studio adapter (code points, as Label Studio counts). Reads the `labels` results of
 * every annotation of a task, each annotation's annotator from `created_username` or
 * `completed_by` (else the parse options'), a region's `meta.text` as its note, and `relation`
 * results between the annotation's regions (by region id, `direction: "left"` reversed, one
 * relation per label); choices, text areas, other result types, predictions, drafts, skipped
 * annotations and relations Tagwerk cannot keep are counted as losses. Document metadata comes from the task's `data` when present, the export
 * time from the parse options.
 */
export const labelStudioFormat: TextFormatAdapter = {
  id: 'labelstudio',
  offsetUnit: 'codepoint',
  serialize: serializeLabelStudio,
  parse(input, options) {
    const json = parseJsonSafely(input);
    if (!json.ok) return { ok: false, problems: json.problems };
    const tasks = TasksSchema.safeParse(json.value);
    if (!tasks.success) return { ok: false, problems: problemsFromIssues(tasks.error.issues) };
    const reading: TaskReading = { taken: new Set(), problems: [], losses: createLossTally(), relations: [] };
    const documents: ImportedDocument[] = tasks.data.map((task, t) => {
      reading.losses.add('prediction', `[${t}].predictions`, task.predictions?.length ?? 0);
      reading.losses.add('draft', `[${t}].drafts`, task.drafts?.length ?? 0);
      reading.relations.length = 0;
      const spans = taskSpans(task.data.text, [...(task.annotations ?? []), ...(task.completions ?? [])], t, reading);
      return {
        path: `[${t}]`,
        text: task.data.text,
        id: task.data.documentId,
        title: task.data.title,
        language: task.data.language,
        source: task.data.source,
        spans,
        relations: [...reading.relations],
      };
    });
    const result = importedDataset('labelstudio', documents, options, reading.losses.list());
    if (reading.problems.length === 0) return result;
    return { ok: false, problems: [...reading.problems, ...(result.ok ? [] : result.problems)] };
  },
};
