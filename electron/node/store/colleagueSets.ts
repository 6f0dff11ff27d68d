import path from 'node:path';
import { z } from 'zod';
import { AnnotationSetSchema, type AnnotationSet } from '@shared/annotation/annotationSet';
import { hasLoneSurrogate } from '@shared/formats/loneSurrogateProblems';
import { LIMITS } from '@shared/limits/limits';
import { ioError, unlessMissing, writeFileAtomic } from './atomicWrite';
import { toJsonFile } from './documentMeta';
import { colleagueFileName, documentPaths } from './documentPaths';
import { quarantineFile } from './quarantine';
import { judgeAnnotationBytes, type ExpectedDocument } from './readAnnotationFile';
import { noticeFor, relativeToData, type StoreContext } from './storeContext';
import { StoreError } from './storeError';
import type { StoreNotice } from './storeNotice';

/**
 * Stores a colleague's imported set for a document, replacing an earlier import by the same
 * annotator. The file name is the sha256 of the annotator name, never the name itself, so names
 * that differ only in case or normalisation get different files on every file system; a name
 * with a lone surrogate is refused (UTF-8 would turn it into another name), and a file holding
 * another colleague's set is never overwritten. The set must validate and fit the text
 * (re-anchor before storing).
 */
export async function putColleagueFile(ctx: StoreContext, expected: ExpectedDocument, set: unknown): Promise<AnnotationSet> {
  const documentId = expected.documentId;
  const parsed = AnnotationSetSchema.safeParse(set);
  if (!parsed.success) throw new StoreError('INVALID', `Invalid colleague set: ${z.prettifyError(parsed.error)}`, { documentId });
  const bytes = Buffer.from(toJsonFile(parsed.data), 'utf8');
  const judged = judgeAnnotationBytes(bytes, expected);
  if (judged.kind !== 'ok') throw new StoreError('INVALID', `Colleague set does not fit this document: ${judged.message}`, { documentId });
  const { annotator } = parsed.data;
  if (hasLoneSurrogate(annotator)) {
    throw new StoreError('INVALID', `The annotator name ${JSON.stringify(annotator)} holds half of a surrogate pair: it cannot name a colleague's set (UTF-8 would make it another name).`, { documentId });
  }
  const dir = documentPaths(ctx.dataDir, documentId).colleaguesDir;
  try {
    await ctx.io.fs.mkdir(dir);
  } catch (error) {
    throw ioError('create', dir, error);
  }
  const file = path.join(dir, colleagueFileName(annotator));
  const holder = await annotatorOfFile(ctx, file);
  if (holder !== undefined && holder !== annotator) {
    throw new StoreError('CONFLICT', `The file for ${JSON.stringify(annotator)}'s set holds ${JSON.stringify(holder)}'s set; it was left as it is.`, { documentId });
  }
  await writeFileAtomic(ctx.io, file, bytes);
  return parsed.data;
}

/** The annotator named by a colleague set file's bytes (even one that fails the schema), or undefined when they are not JSON naming one. */
function annotatorIn(bytes: Uint8Array): string | undefined {
  try {
    const raw = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(bytes)) as unknown;
    const annotator = typeof raw === 'object' && raw !== null ? (raw as { annotator?: unknown }).annotator : undefined;
    return typeof annotator === 'string' ? annotator : undefined;
  } catch {
    return undefined;
  }
}

/** The annotator a stored colleague set file names, or undefined when there is no such file or it cannot be read. */
async function annotatorOfFile(ctx: StoreContext, file: string): Promise<string | undefined> {
  const bytes = await unlessMissing('read', file, () => ctx.io.fs.readFile(file));
  return bytes === undefined ? undefined : annotatorIn(bytes);
}

/** A name fit to show in a notice: a string within the name limit without lone surrogates, else undefined ("a colleague"). */
function shownAnnotator(annotator: string | undefined): string | undefined {
  return annotator !== undefined && annotator.length > 0 && annotator.length <= LIMITS.nameLength && !hasLoneSurrogate(annotator) ? annotator : undefined;
}

/** A colleague set file kept aside earlier: `<sha256 of the name>.corrupt-<time>[-n].json` (see quarantineFile). */
const KEPT_ASIDE = /^([0-9a-f]{64})\.corrupt-[0-9TZ-]+\.json$/;

/**
 * Notices for colleague sets kept aside earlier whose colleague has no readable set now: the
 * review says so every time until that colleague's file is imported again (same name, same hash).
 */
async function keptAsideNotices(ctx: StoreContext, dir: string, names: readonly string[], live: ReadonlySet<string>, notice: ReturnType<typeof noticeFor>): Promise<StoreNotice[]> {
  const notices: StoreNotice[] = [];
  for (const name of names.filter((n) => KEPT_ASIDE.test(n)).sort()) {
    const hex = KEPT_ASIDE.exec(name)?.[1] ?? '';
    if (live.has(hex)) continue;
    const file = path.join(dir, name);
    const annotator = shownAnnotator(await annotatorOfFile(ctx, file).catch(() => undefined));
    notices.push(notice({
      code: 'quarantined',
      severity: 'warning',
      file: relativeToData(ctx, path.join(dir, `${hex}.json`)),
      movedTo: relativeToData(ctx, file),
      ...(annotator === undefined ? {} : { annotator }),
      message: `${annotator === undefined ? 'A colleague' : JSON.stringify(annotator)}'s imported set could not be read and was kept aside in ${relativeToData(ctx, file)}. Import it again to compare.`,
    }));
  }
  return notices;
}

/** All stored colleague sets of a document, by annotator name; damaged files are moved aside and reported. */
export async function listColleagueFiles(
  ctx: StoreContext,
  expected: ExpectedDocument,
  title: string | undefined,
  quarantine: boolean,
): Promise<{ sets: AnnotationSet[]; notices: StoreNotice[] }> {
  const dir = documentPaths(ctx.dataDir, expected.documentId).colleaguesDir;
  const names = await unlessMissing('list', dir, () => ctx.io.fs.readdir(dir));
  if (names === undefined) return { sets: [], notices: [] };
  const sets: AnnotationSet[] = [];
  const notices: StoreNotice[] = [];
  const notice = noticeFor(expected.documentId, title);
  const live = new Set<string>();
  for (const name of names.filter((n) => /^[0-9a-f]{64}\.json$/.test(n)).sort()) {
    const file = path.join(dir, name);
    let bytes: Uint8Array;
    try {
      bytes = await ctx.io.fs.readFile(file);
    } catch (error) {
      throw ioError('read', file, error);
    }
    const judged = judgeAnnotationBytes(bytes, expected);
    if (judged.kind === 'ok') {
      sets.push(judged.set);
      live.add(name.slice(0, 64));
      continue;
    }
    // A newer Tagwerk's set stays where it is; it is not kept aside, so it counts as live.
    if (judged.kind === 'future') live.add(name.slice(0, 64));
    const annotator = shownAnnotator(annotatorIn(bytes));
    const movedTo = quarantine && judged.kind === 'corrupt' ? relativeToData(ctx, await quarantineFile(ctx.io, file, ctx.clock())) : undefined;
    const where = movedTo === undefined ? '' : `; it was moved to ${movedTo}`;
    notices.push(notice({
      code: judged.kind === 'future' ? 'future-version' : 'quarantined',
      severity: 'warning',
      file: relativeToData(ctx, file),
      ...(movedTo === undefined ? {} : { movedTo }),
      ...(annotator === undefined ? {} : { annotator }),
      message: `${annotator === undefined ? 'An imported colleague set' : `${JSON.stringify(annotator)}'s imported set`} could not be read (${judged.message})${where}. Import it again if you need it.`,
    }));
  }
  notices.push(...(await keptAsideNotices(ctx, dir, names, live, notice)));
  sets.sort((a, b) => a.annotator.localeCompare(b.annotator));
  return { sets, notices };
}
