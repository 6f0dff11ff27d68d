import type { FormatId } from './formatRegistry';
import { parseJsonSafely } from './parseJsonSafely';

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** The format of one parsed JSON value, or undefined when it is none Tagwerk reads. */
function jsonFormat(value: unknown): FormatId | undefined {
  if (isRecord(value) && value.format === 'tagwerk.dataset') return 'tagwerk';
  const first = Array.isArray(value) ? value[0] : value;
  if (!isRecord(first)) return undefined;
  if (isRecord(first.data) && ('annotations' in first || 'completions' in first || 'predictions' in first || typeof first.data.text === 'string')) return 'labelstudio';
  const type = first.type;
  if ('@context' in first || type === 'AnnotationCollection' || type === 'AnnotationPage' || type === 'Annotation' || 'target' in first) return 'w3c';
  return undefined;
}

/** The format of a JSON Lines record: Prodigy/spaCy's `spans`, doccano's `label` or `entities`. */
function lineFormat(value: unknown): FormatId | undefined {
  if (!isRecord(value) || typeof value.text !== 'string') return undefined;
  if ('spans' in value || 'tokens' in value || isRecord(value.meta)) return 'spacy';
  if ('label' in value || 'entities' in value) return 'doccano';
  return undefined;
}

/**
 * Recognises which format a chosen file is in, from its name and content, so one Import… reads
 * every format Tagwerk exports without asking: a brat `.ann` or `annotation.conf` (its folder is
 * read), WebAnno TSV by its `#FORMAT=WebAnno TSV` header, a JSON document by its shape (Tagwerk's
 * `format`, Label Studio's tasks with `data`, W3C annotations), JSON Lines by the keys of the
 * first record (spaCy/Prodigy `spans`, doccano `label`/`entities`). Undefined when none fits.
 */
export function detectImportFormat(name: string, content: string): FormatId | undefined {
  const lower = name.toLowerCase();
  if (lower.endsWith('.ann') || lower === 'annotation.conf') return 'brat';
  const text = content.startsWith('\uFEFF') ? content.slice(1) : content;
  if (text.startsWith('#FORMAT=WebAnno TSV')) return 'webanno';
  const whole = parseJsonSafely(text);
  // A JSON Lines file of one record is one JSON value too.
  if (whole.ok) return jsonFormat(whole.value) ?? lineFormat(whole.value);
  const firstLine = text.split('\n').find((line) => line.trim() !== '');
  if (firstLine === undefined) return undefined;
  const line = parseJsonSafely(firstLine);
  return line.ok ? lineFormat(line.value) : undefined;
}
