import { z } from 'zod';
import { sortAnnotations } from '../annotation/annotationList';
import { createOffsetConverter, isInsideSurrogatePair } from '../text/offsetConverter';
import type { TagwerkDataset } from './datasetSchema';
import type { TextFormatAdapter } from './formatAdapter';
import type { FormatProblem } from './formatProblem';
import { type ImportedDocument, type ImportedSpan, importedDataset } from './importedDataset';
import { parseJsonSafely } from './parseJsonSafely';
import { problemsFromIssues } from './validateTagwerkDataset';

const LabelsResultSchema = z.object({
  id: z.string().min(1).optional(),
  type: z.literal('labels'),
  value: z.object({ start: z.number().int(), end: z.number().int(), text: z.string().optional(), labels: z.array(z.string().min(1)).min(1) }),
});

const TaskSchema = z.object({
  data: z.object({
    text: z.string().min(1),
    documentId: z.unknown().optional(),
    title: z.string().optional(),
    language: z.string().optional(),
    source: z.string().optional(),
  }),
  // Results of other types (relations, choices, text areas) are not Tagwerk spans and are not read.
  annotations: z.array(z.object({ result: z.array(z.unknown()).default([]) })).default([]),
});

const TasksSchema = z.union([z.array(TaskSchema), TaskSchema.transform((task) => [task])]);

/**
 * Writes Label Studio JSON: an array of tasks `{"data": {"text", "documentId", "title",
 * "language", "source"}, "annotations": [{"result": [...]}]}` whose results are `labels` regions
 * `{"id", "from_name": "label", "to_name": "text", "type": "labels", "value": {"start", "end",
 * "text", "labels": [label]}}`. Unlike every other Tagwerk file, `start`/`end` here are UTF-16
 * code units, because Label Studio slices JavaScript strings: an emoji counts 2, not 1.
 */
export function serializeLabelStudio(dataset: TagwerkDataset): string {
  const tasks = dataset.documents.map((d) => {
    const converter = createOffsetConverter(d.text);
    const result = sortAnnotations(d.annotations).map((a) => ({
      id: a.id,
      from_name: 'label',
      to_name: 'text',
      type: 'labels',
      value: { start: converter.codePointToUtf16(a.start), end: converter.codePointToUtf16(a.end), text: a.text, labels: [a.label] },
    }));
    return {
      data: { text: d.text, documentId: d.id, title: d.title, language: d.language, source: d.source },
      annotations: [{ result }],
    };
  });
  return `${JSON.stringify(tasks, null, 2)}\n`;
}

/** The spans of one task, converted from UTF-16 to code points; bad offsets become problems. */
function taskSpans(text: string, annotations: ReadonlyArray<{ result: unknown[] }>, t: number, taken: Set<string>, problems: FormatProblem[]): ImportedSpan[] {
  const converter = createOffsetConverter(text);
  const spans: ImportedSpan[] = [];
  annotations.forEach((annotation, a) => {
    annotation.result.forEach((raw, r) => {
      const path = `[${t}].annotations[${a}].result[${r}]`;
      const parsed = LabelsResultSchema.safeParse(raw);
      if (!parsed.success) {
        if ((raw as { type?: unknown } | null)?.type === 'labels') problems.push(...problemsFromIssues(parsed.error.issues, [path]));
        return;
      }
      const { id, value } = parsed.data;
      const { start, end } = value;
      if (start < 0 || start >= end || end > text.length || isInsideSurrogatePair(text, start) || isInsideSurrogatePair(text, end)) {
        problems.push({ path: `${path}.value`, message: `UTF-16 span ${start}..${end} is not a non-empty range within 0..${text.length} on character boundaries` });
        return;
      }
      // Ids repeat across annotators' annotations of one task; a repeated id is derived afresh instead,
      // as are the ids of a region's second and further labels (one Tagwerk span per label).
      value.labels.forEach((label, l) => {
        const keepId = l === 0 && id !== undefined && !taken.has(id);
        if (keepId) taken.add(id);
        spans.push({
          path,
          start: converter.utf16ToCodePoint(start),
          end: converter.utf16ToCodePoint(end),
          label,
          ...(keepId && { id }),
          ...(value.text !== undefined && { quote: value.text }),
        });
      });
    });
  });
  return spans;
}

/**
 * The Label Studio adapter (offsets in UTF-16 code units, converted to code points on read).
 * Reads `labels` results of every annotation of a task; document metadata comes from the
 * task's `data` when present, annotator and export time from the parse options.
 */
export const labelStudioFormat: TextFormatAdapter = {
  id: 'labelstudio',
  offsetUnit: 'utf16',
  serialize: serializeLabelStudio,
  parse(input, options) {
    const json = parseJsonSafely(input);
    if (!json.ok) return { ok: false, problems: json.problems };
    const tasks = TasksSchema.safeParse(json.value);
    if (!tasks.success) return { ok: false, problems: problemsFromIssues(tasks.error.issues) };
    const problems: FormatProblem[] = [];
    const taken = new Set<string>();
    const documents: ImportedDocument[] = tasks.data.map((task, t) => ({
      path: `[${t}]`,
      text: task.data.text,
      id: task.data.documentId,
      title: task.data.title,
      language: task.data.language,
      source: task.data.source,
      spans: taskSpans(task.data.text, task.annotations, t, taken, problems),
    }));
    const result = importedDataset('labelstudio', documents, options);
    if (problems.length === 0) return result;
    return { ok: false, problems: [...problems, ...(result.ok ? [] : result.problems)] };
  },
};
