import { CURRENT_SCHEMA_VERSION, migrateAnnotationSet, type AnnotationSet } from '@shared/annotation/annotationSet';
import { validateAnnotationsAgainstText } from '@shared/annotation/validateAnnotationsAgainstText';
import type { OffsetConverter } from '@shared/text/offsetConverter';
import { errorCode, type FileStat, type FsPort } from './fsPort';
import { ioError } from './atomicWrite';
import { checkCurrentSet } from './checkCurrentSet';

/** The document an annotation file must belong to, with its text for offset checks. */
export interface ExpectedDocument {
  readonly documentId: string;
  readonly text: string;
  readonly converter: OffsetConverter;
}

/** What reading one annotation set file found; only 'ok' may ever become a `.bak`. */
export type AnnotationFileState =
  | { kind: 'missing' }
  | { kind: 'ok'; set: AnnotationSet; bytes: Uint8Array; stat: FileStat; fromVersion: number }
  | { kind: 'future'; raw: unknown; stat: FileStat; message: string }
  | { kind: 'corrupt'; message: string };

const utf8 = new TextDecoder('utf-8', { fatal: true });

/**
 * Decodes and checks annotation-set bytes: UTF-8, JSON, schema (with migration), the right
 * document and offsets that fit its text. Pure apart from the decode, so loads, saves and
 * colleague imports all judge a file by the same rules.
 */
export function judgeAnnotationBytes(bytes: Uint8Array, expected: ExpectedDocument):
  | { kind: 'ok'; set: AnnotationSet; fromVersion: number }
  | { kind: 'future'; raw: unknown; message: string }
  | { kind: 'corrupt'; message: string } {
  if (bytes.length === 0) return { kind: 'corrupt', message: 'the file is empty (0 bytes)' };
  if (bytes.includes(0)) return { kind: 'corrupt', message: 'the file contains NUL bytes (damaged on disk)' };
  let raw: unknown;
  try {
    raw = JSON.parse(utf8.decode(bytes));
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    return { kind: 'corrupt', message: `the file is not valid UTF-8 JSON (${reason})` };
  }
  // A current set that passes the hand-written check needs no zod pass; anything else gets zod's verdict and words.
  const checked = checkCurrentSet(raw);
  const migrated = checked !== null ? ({ ok: true, set: checked, fromVersion: CURRENT_SCHEMA_VERSION } as const) : migrateAnnotationSet(raw);
  if (!migrated.ok) {
    return migrated.reason === 'future-version'
      ? { kind: 'future', raw, message: migrated.message }
      : { kind: 'corrupt', message: `the file does not match the annotation schema: ${migrated.message}` };
  }
  const { set } = migrated;
  if (set.documentId !== expected.documentId || `sha256:${set.textSha256}` !== expected.documentId) {
    return { kind: 'corrupt', message: `the file belongs to another document (${set.documentId})` };
  }
  const problems = validateAnnotationsAgainstText(expected.text, set.annotations, expected.converter);
  if (problems.length > 0) {
    const first = problems[0]?.message ?? '';
    return { kind: 'corrupt', message: `${problems.length} annotation(s) do not fit the text, e.g. ${first}` };
  }
  return { kind: 'ok', set, fromVersion: migrated.fromVersion };
}

/** Reads and judges one annotation set file; I/O errors other than "missing" are thrown as StoreError('IO'). */
export async function readAnnotationFile(fs: FsPort, file: string, expected: ExpectedDocument): Promise<AnnotationFileState> {
  let stat: FileStat;
  let bytes: Uint8Array;
  try {
    stat = await fs.stat(file);
    bytes = await fs.readFile(file);
  } catch (error) {
    if (errorCode(error) === 'ENOENT') return { kind: 'missing' };
    throw ioError('read', file, error);
  }
  const judged = judgeAnnotationBytes(bytes, expected);
  if (judged.kind === 'ok') return { ...judged, bytes, stat };
  if (judged.kind === 'future') return { ...judged, stat };
  return judged;
}
