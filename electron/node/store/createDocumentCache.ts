import { createOffsetConverter } from '@shared/text/offsetConverter';
import type { DocumentMeta } from './documentMeta';
import type { LoadedAnnotations } from './loadAnnotationFiles';
import type { ExpectedDocument } from './readAnnotationFile';
import { sameStat, type KnownFile } from './storeContext';
import type { FileStat } from './fsPort';

/** A document's text as the store checks offsets against it, with its title for notices. */
export type CachedText = ExpectedDocument & { readonly title: string };

/** The stamps of meta.json and text.txt when they were read (null: read without stamps, never reused for an open). */
export interface FileStamps {
  readonly meta: FileStat;
  readonly text: FileStat;
}

/** What the store keeps of the documents it used last, one entry per document under one eviction rule. */
export interface DocumentCache {
  /** The meta and verified text read from the files `stamps` describe now, if those files are unchanged since. */
  files(id: string, stamps: FileStamps | null): { meta: DocumentMeta; text: string } | null;
  /** The document's text for offset checks (the text was verified by its hash when read). */
  text(id: string): CachedText | null;
  /** Remembers a document's meta and verified text, read from the files `stamps` describes; returns its text for checks. */
  rememberFiles(id: string, meta: DocumentMeta, text: string, stamps: FileStamps | null): CachedText;
  /** My set loaded from the file `known` describes, if that file is still on disk unchanged (`stat` of it now); a fresh copy of its lists. */
  reuseSet(id: string, known: KnownFile | undefined, stat: FileStat | null): LoadedAnnotations | null;
  /** Remembers a set read cleanly (no notices) from the file `known` describes, beside the document's text; anything else forgets the set. */
  rememberSet(id: string, known: KnownFile, loaded: LoadedAnnotations): void;
  /** Forgets my set (the file changed: a save), keeping the text. */
  forgetSet(id: string): void;
  /** Forgets everything about a document (renamed, removed, restored). */
  forget(id: string): void;
}

interface Entry {
  meta: DocumentMeta;
  stamps: FileStamps | null;
  text: CachedText;
  set: { rev: number; stat: FileStat; loaded: LoadedAnnotations } | null;
}

/**
 * Keeps the last `size` documents used — meta, verified text with its offset converter, and my
 * loaded set — so opening one again reads no file but two stats: no 1 MB text re-read and
 * re-hashed, no 10,000-tag file parsed and checked again (about 50 ms of main's time at 1M). The
 * files are trusted only while their inode, size and mtime are those read (damage on disk is
 * still found: a changed file is read and checked again); the set's tags are frozen and every
 * caller gets its own lists. Using a document makes it the newest; the oldest beyond `size` goes whole.
 */
export function createDocumentCache(size: number): DocumentCache {
  const entries = new Map<string, Entry>();
  const copy = (loaded: LoadedAnnotations): LoadedAnnotations => ({ ...loaded, annotations: [...loaded.annotations], relations: [...loaded.relations], notices: [] });
  const use = (id: string): Entry | undefined => {
    const entry = entries.get(id);
    if (entry === undefined) return undefined;
    entries.delete(id);
    entries.set(id, entry);
    return entry;
  };
  return {
    files(id, stamps) {
      const entry = use(id);
      if (!entry || !stamps || !entry.stamps || !sameStat(entry.stamps.meta, stamps.meta) || !sameStat(entry.stamps.text, stamps.text)) return null;
      return { meta: { ...entry.meta }, text: entry.text.text };
    },
    text: (id) => use(id)?.text ?? null,
    rememberFiles(id, meta, text, stamps) {
      const held = use(id);
      // The same text keeps its converter and set (only the meta may be new); another would be a different id.
      const cached = held?.text.text === text ? { ...held.text, title: meta.title } : { documentId: id, text, converter: createOffsetConverter(text), title: meta.title };
      entries.set(id, { meta, stamps, text: cached, set: held?.set ?? null });
      for (const oldest of entries.keys()) {
        if (entries.size <= size) break;
        entries.delete(oldest);
      }
      return cached;
    },
    reuseSet(id, known, stat) {
      const entry = use(id);
      const held = entry?.set;
      if (!entry || !held) return null;
      if (!stat || known?.kind !== 'ok' || known.rev !== held.rev || !sameStat(known.stat, held.stat) || !sameStat(stat, held.stat)) {
        entry.set = null;
        return null;
      }
      return copy(held.loaded);
    },
    rememberSet(id, known, loaded) {
      const entry = use(id);
      if (!entry) return;
      entry.set = null;
      if (known.kind !== 'ok' || loaded.notices.length > 0 || loaded.readOnly) return;
      for (const a of loaded.annotations) Object.freeze(a);
      for (const r of loaded.relations) Object.freeze(r);
      entry.set = { rev: known.rev, stat: known.stat, loaded: copy(loaded) };
    },
    forgetSet(id) {
      const entry = entries.get(id);
      if (entry) entry.set = null;
    },
    forget: (id) => void entries.delete(id),
  };
}
