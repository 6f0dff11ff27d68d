import { CURRENT_SCHEMA_VERSION, migrateAnnotationSet, type AnnotationSet } from '@shared/annotation/annotationSet';
import type { Annotation } from '@shared/annotation/annotation';
import type { Relation } from '@shared/relation/relation';
import { writeFileAtomic } from './atomicWrite';
import type { DocumentPaths } from './documentPaths';
import { quarantineFile } from './quarantine';
import { readAnnotationFile, type AnnotationFileState, type ExpectedDocument } from './readAnnotationFile';
import { noticeFor, relativeToData, type KnownFile, type StoreContext } from './storeContext';
import type { StoreNotice } from './storeNotice';

/** A document's annotations as loaded: `rev` is the base for the next save. */
export interface LoadedAnnotations {
  readonly rev: number;
  readonly annotations: Annotation[];
  /** My relations between those annotations (none in a file from before relations). */
  readonly relations: Relation[];
  readonly annotator: string | null;
  readonly savedAt: string | null;
  /** True when the file is from a newer Tagwerk: show it, never save over it. */
  readonly readOnly: boolean;
  readonly notices: StoreNotice[];
}

function empty(notices: StoreNotice[]): LoadedAnnotations {
  return { rev: 0, annotations: [], relations: [], annotator: null, savedAt: null, readOnly: false, notices };
}

function fromSet(set: AnnotationSet, notices: StoreNotice[]): LoadedAnnotations {
  return { rev: set.rev, annotations: set.annotations, relations: set.relations, annotator: set.annotator, savedAt: set.savedAt, readOnly: false, notices };
}

/** Shows what a newer file holds if it still reads as the current schema, else nothing (read-only either way). */
function fromFuture(raw: unknown, notices: StoreNotice[]): LoadedAnnotations {
  const record = typeof raw === 'object' && raw !== null ? (raw as Record<string, unknown>) : {};
  const asCurrent = migrateAnnotationSet({ ...record, schemaVersion: CURRENT_SCHEMA_VERSION });
  const base = asCurrent.ok ? fromSet(asCurrent.set, notices) : empty(notices);
  return { ...base, readOnly: true };
}

/**
 * Loads a document's annotation set with recovery: a file that fails to parse or validate is
 * moved aside first, then `.bak` is tried and, if good, written back as the main file; if both
 * are bad they are both quarantined and the document starts empty with an error notice. A file
 * from a newer version is returned read-only. Nothing is ever reset without a notice. With
 * `repair` false (a store another process owns) nothing is moved or written, only reported.
 */
export async function loadAnnotationFiles(
  ctx: StoreContext,
  paths: DocumentPaths,
  expected: ExpectedDocument,
  title: string | undefined,
  repair: boolean,
): Promise<{ loaded: LoadedAnnotations; known: KnownFile }> {
  const notices: StoreNotice[] = [];
  const notice = noticeFor(expected.documentId, title);
  const rel = (file: string) => relativeToData(ctx, file);
  const futureNotice = (file: string, state: { message: string }) =>
    notice({ code: 'future-version', severity: 'warning', file: rel(file), message: `${rel(file)} was written by a newer Tagwerk (${state.message}); it is shown read-only and will not be overwritten.` });
  const quarantine = async (file: string, state: { message: string }) => {
    const movedTo = repair ? rel(await quarantineFile(ctx.io, file, ctx.clock())) : undefined;
    const where = movedTo === undefined ? 'it was left in place (read-only store)' : `it was moved to ${movedTo}`;
    notices.push(notice({ code: 'quarantined', severity: 'error', file: rel(file), ...(movedTo === undefined ? {} : { movedTo }), message: `${rel(file)} could not be read (${state.message}); ${where}.` }));
  };

  const main = await readAnnotationFile(ctx.io.fs, paths.annotations, expected);
  if (main.kind === 'ok') return { loaded: fromSet(main.set, notices), known: { kind: 'ok', rev: main.set.rev, stat: main.stat } };
  if (main.kind === 'future') {
    notices.push(futureNotice(paths.annotations, main));
    return { loaded: fromFuture(main.raw, notices), known: { kind: 'future' } };
  }
  if (main.kind === 'corrupt') await quarantine(paths.annotations, main);

  const backup: AnnotationFileState = await readAnnotationFile(ctx.io.fs, paths.backup, expected);
  if (backup.kind === 'ok') {
    const why = main.kind === 'corrupt' ? 'the damaged file' : `the missing ${rel(paths.annotations)}`;
    const action = repair ? 'Restored' : 'Showing (read-only)';
    notices.push(notice({ code: 'recovered-from-backup', severity: 'warning', file: rel(paths.backup), message: `${action} revision ${backup.set.rev} (saved ${backup.set.savedAt}) from ${rel(paths.backup)} in place of ${why}. The latest changes before that save may be missing.` }));
    if (!repair) return { loaded: { ...fromSet(backup.set, notices), readOnly: true }, known: { kind: 'missing' } };
    await writeFileAtomic(ctx.io, paths.annotations, backup.bytes);
    const stat = await ctx.io.fs.stat(paths.annotations);
    return { loaded: fromSet(backup.set, notices), known: { kind: 'ok', rev: backup.set.rev, stat } };
  }
  if (backup.kind === 'future') {
    notices.push(futureNotice(paths.backup, backup));
    return { loaded: fromFuture(backup.raw, notices), known: { kind: 'future' } };
  }
  if (backup.kind === 'corrupt') await quarantine(paths.backup, backup);
  if (main.kind === 'missing' && backup.kind === 'missing') return { loaded: empty(notices), known: { kind: 'missing' } };
  notices.push(notice({ code: 'started-empty', severity: 'error', file: rel(paths.annotations), message: `The annotations of this document and their backup could not be read. The document opens with no annotations; the damaged files were kept (see the notices above).` }));
  return { loaded: empty(notices), known: { kind: 'missing' } };
}
