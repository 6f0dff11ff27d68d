import { z } from 'zod';
import { AnnotationSetSchema, CURRENT_SCHEMA_VERSION, type AnnotationSet } from '@shared/annotation/annotationSet';
import { validateAnnotationsAgainstText } from '@shared/annotation/validateAnnotationsAgainstText';
import type { Annotation } from '@shared/annotation/annotation';
import type { Relation } from '@shared/relation/relation';
import { replaceBackup, unlessMissing, writeFileAtomic } from './atomicWrite';
import type { DocumentPaths } from './documentPaths';
import type { FileStat } from './fsPort';
import { quarantineFile } from './quarantine';
import { setFileText } from './setFileText';
import { readAnnotationFile, type ExpectedDocument } from './readAnnotationFile';
import { noticeFor, relativeToData, sameStat, type KnownFile, type StoreContext } from './storeContext';
import { StoreError } from './storeError';
import type { StoreNotice } from './storeNotice';

/** A save request: the whole current set with its relations, who made it and the rev it was based on. */
export interface SaveAnnotationsInput {
  readonly annotations: readonly Annotation[];
  /** My relations between those annotations; none when left out. */
  readonly relations?: readonly Relation[] | undefined;
  readonly annotator: string;
  readonly baseRev: number;
}

/** What a save wrote; `rev` is the new base for the next save. */
export interface SavedAnnotations {
  readonly rev: number;
  readonly savedAt: string;
  readonly notices: StoreNotice[];
}

/** Builds and validates the file content; throws StoreError('INVALID') so nothing a load would reject is ever written. */
function buildSet(ctx: StoreContext, expected: ExpectedDocument, input: SaveAnnotationsInput): AnnotationSet {
  const candidate = {
    schemaVersion: CURRENT_SCHEMA_VERSION,
    documentId: expected.documentId,
    textSha256: expected.documentId.slice('sha256:'.length),
    offsetUnit: 'codepoint',
    rev: input.baseRev + 1,
    savedAt: ctx.clock().toISOString(),
    annotator: input.annotator,
    annotations: input.annotations,
    relations: input.relations ?? [],
  };
  const parsed = AnnotationSetSchema.safeParse(candidate);
  const documentId = expected.documentId;
  if (!parsed.success) throw new StoreError('INVALID', `Refusing to save invalid annotations: ${z.prettifyError(parsed.error)}`, { documentId });
  const problems = validateAnnotationsAgainstText(expected.text, parsed.data.annotations, expected.converter);
  if (problems.length > 0) {
    throw new StoreError('INVALID', `Refusing to save annotations that do not fit the text: ${problems[0]?.message ?? ''}`, { documentId });
  }
  return parsed.data;
}

function statOrMissing(ctx: StoreContext, file: string): Promise<FileStat | undefined> {
  return unlessMissing('inspect', file, () => ctx.io.fs.stat(file));
}

/**
 * Saves a document's annotation set: refuses (CONFLICT) when the file's rev is not `baseRev`,
 * refuses (READ_ONLY) to overwrite a newer version's file, moves a damaged file aside instead
 * of overwriting it, makes the current good file the `.bak`, then writes atomically. Callers
 * must run it through the per-document queue.
 */
export async function saveAnnotationFiles(
  ctx: StoreContext,
  paths: DocumentPaths,
  expected: ExpectedDocument,
  input: SaveAnnotationsInput,
  known: KnownFile | undefined,
  title: string | undefined,
): Promise<{ saved: SavedAnnotations; known: KnownFile | undefined }> {
  const documentId = expected.documentId;
  if (known?.kind === 'future') {
    throw new StoreError('READ_ONLY', 'These annotations come from a newer Tagwerk and are never overwritten.', { documentId });
  }
  const set = buildSet(ctx, expected, input);
  const notices: StoreNotice[] = [];
  const stat = await statOrMissing(ctx, paths.annotations);
  let fileRev: number | undefined;
  if (stat !== undefined) {
    if (known?.kind === 'ok' && sameStat(known.stat, stat)) {
      fileRev = known.rev;
    } else {
      const current = await readAnnotationFile(ctx.io.fs, paths.annotations, expected);
      if (current.kind === 'future') {
        throw new StoreError('READ_ONLY', 'The annotations file was written by a newer Tagwerk and is never overwritten.', { documentId });
      }
      if (current.kind === 'ok') fileRev = current.set.rev;
      if (current.kind === 'corrupt') {
        const movedTo = relativeToData(ctx, await quarantineFile(ctx.io, paths.annotations, ctx.clock()));
        const rel = relativeToData(ctx, paths.annotations);
        notices.push(noticeFor(documentId, title)({ code: 'quarantined', severity: 'error', file: rel, movedTo, message: `${rel} was damaged when saving (${current.message}); it was moved aside and replaced by the current annotations.` }));
      }
    }
  }
  if (fileRev !== undefined && fileRev !== input.baseRev) {
    throw new StoreError('CONFLICT', `The annotations were saved elsewhere (file rev ${fileRev}, this change is based on rev ${input.baseRev}).`, { documentId, fileRev, baseRev: input.baseRev });
  }
  if (fileRev !== undefined) await replaceBackup(ctx.io, paths.annotations, paths.backup);
  await writeFileAtomic(ctx.io, paths.annotations, setFileText(set));
  // The save is done; a failing stat only costs the next save a re-read, so it must not fail this one.
  const written = await statOrMissing(ctx, paths.annotations).catch(() => undefined);
  const nextKnown: KnownFile | undefined = written === undefined ? undefined : { kind: 'ok', rev: set.rev, stat: written };
  return { saved: { rev: set.rev, savedAt: set.savedAt, notices }, known: nextKnown };
}
