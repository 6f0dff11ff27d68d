import { z } from 'zod';
import { labeledStringKey, type LabeledString } from '@shared/assist/suggestLearned';
import { ioError, unlessMissing, writeFileAtomic, type AtomicWriteDeps } from '../store/atomicWrite';
import { createNodeFsPort, type FsPort } from '../store/fsPort';
import { documentIdOfFolder, documentPaths, documentsRoot } from '../store/documentPaths';
import { createKeyedQueue } from '../store/keyedQueue';
import { mapInBatches, READ_BATCH } from '../store/mapInBatches';
import { quarantineFile } from '../store/quarantine';
import { createLearnedIndex, type LearnedIndex } from './learnedIndex';
import { assistRoot, RejectedFileSchema, REJECTED_MAX, rejectedFilePath, serializeRejected } from './rejectedFile';

/** Only what the learned index needs of an annotations.json: each tag's label and text. */
const TagStringsSchema = z.object({ annotations: z.array(z.object({ label: z.string(), text: z.string() })) });

/** What the assist's memory runs on: the data folder, the file system (real by default), the clock (for quarantine names). */
export interface AssistMemoryDeps {
  readonly dataDir: string;
  readonly fs?: FsPort;
  readonly clock?: () => Date;
  /** For commands that only read (issue 18): a damaged rejections file is reported here and left as it is, instead of moved aside. */
  readonly readOnly?: { readonly damaged: (file: string) => void };
}

/**
 * What main remembers for the assist: the strings I tagged in every stored document (built from
 * the store once, then kept up to date by every save) and, per annotator, the (label, string)
 * pairs I rejected, in `<dataDir>/assist/`, written atomically.
 */
export interface AssistMemory {
  /** My tagged strings in every document but `exceptDocumentId` (whose tags the window has itself). */
  learned(exceptDocumentId?: string): Promise<LabeledString[]>;
  /** My set of a document was saved: its strings replace what the index knew of it. */
  noteSaved(documentId: string, tags: readonly LabeledString[]): void;
  rejected(annotator: string): Promise<LabeledString[]>;
  /**
   * The annotator's rejections file this process found damaged and moved aside (where it was and
   * where it went), or undefined: the window says so, since the rejections in it are suggested again.
   */
  keptAside(annotator: string): RejectionsKeptAside | undefined;
  /** Adds (`rejected` true) or removes a rejection; returns the annotator's list after the change. */
  setRejected(annotator: string, entry: LabeledString, rejected: boolean): Promise<LabeledString[]>;
  /** Resolves when every queued write has finished. */
  flush(): Promise<void>;
}

/** A damaged rejections file and the name it was moved aside to. */
export interface RejectionsKeptAside {
  readonly file: string;
  readonly movedTo: string;
}

/** Creates the assist's memory over a data folder. */
export function createAssistMemory(deps: AssistMemoryDeps): AssistMemory {
  const { dataDir } = deps;
  const io: AtomicWriteDeps = { fs: deps.fs ?? createNodeFsPort() };
  const clock = deps.clock ?? (() => new Date());
  const queue = createKeyedQueue();
  const index: LearnedIndex = createLearnedIndex();
  const savedWhileBuilding = new Set<string>();
  const keptAside = new Map<string, RejectionsKeptAside>();
  let building = false;
  let built: Promise<void> | undefined;

  /** Reads my set of every document once; a file that cannot be read or parsed is left out (opening it reports it). */
  const build = async () => {
    building = true;
    const folders = (await unlessMissing('list', documentsRoot(dataDir), () => io.fs.readdir(documentsRoot(dataDir)))) ?? [];
    const ids = folders.map(documentIdOfFolder).filter((id): id is string => id !== undefined);
    await mapInBatches(ids, READ_BATCH, async (id) => {
      try {
        const bytes = await io.fs.readFile(documentPaths(dataDir, id).annotations);
        const parsed = TagStringsSchema.safeParse(JSON.parse(Buffer.from(bytes).toString('utf8')));
        if (parsed.success && !savedWhileBuilding.has(id)) index.replaceDocument(id, parsed.data.annotations);
      } catch {
        // Missing or damaged: the store quarantines and reports it when the document is opened.
      }
    });
    building = false;
    savedWhileBuilding.clear();
  };

  const readRejected = async (annotator: string): Promise<LabeledString[]> => {
    const file = rejectedFilePath(dataDir, annotator);
    const bytes = await unlessMissing('read', file, () => io.fs.readFile(file));
    if (bytes === undefined) return [];
    let json: unknown;
    try {
      json = JSON.parse(Buffer.from(bytes).toString('utf8'));
    } catch {
      json = undefined;
    }
    const parsed = RejectedFileSchema.safeParse(json);
    if (parsed.success && parsed.data.annotator === annotator) return parsed.data.rejected;
    // Never silently reset: a reader reports the damaged file and leaves it; the app moves it aside. Either way the list starts empty.
    if (deps.readOnly) deps.readOnly.damaged(file);
    else keptAside.set(annotator, { file, movedTo: await quarantineFile(io, file, clock()) });
    return [];
  };

  return {
    async learned(exceptDocumentId) {
      built ??= build();
      await built;
      return index.list(exceptDocumentId);
    },
    noteSaved(documentId, tags) {
      // Before the first build the build reads the file itself; during it, the save is newer than what it may have read.
      if (built === undefined) return;
      if (building) savedWhileBuilding.add(documentId);
      index.replaceDocument(documentId, tags);
    },
    rejected: (annotator) => queue.run(annotator, () => readRejected(annotator)),
    keptAside: (annotator) => keptAside.get(annotator),
    setRejected: (annotator, entry, rejected) =>
      queue.run(annotator, async () => {
        const list = await readRejected(annotator);
        const key = labeledStringKey(entry);
        const rest = list.filter((r) => labeledStringKey(r) !== key);
        const next = rejected ? [...rest, { label: entry.label, text: entry.text.normalize('NFC') }].slice(-REJECTED_MAX) : rest;
        if (next.length === list.length && !rejected) return list;
        try {
          await io.fs.mkdir(assistRoot(dataDir));
        } catch (error) {
          throw ioError('create', assistRoot(dataDir), error);
        }
        await writeFileAtomic(io, rejectedFilePath(dataDir, annotator), serializeRejected(annotator, next));
        return next;
      }),
    flush: () => queue.flush(),
  };
}
