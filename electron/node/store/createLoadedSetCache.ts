import type { LoadedAnnotations } from './loadAnnotationFiles';
import { sameStat, type KnownFile } from './storeContext';
import type { FileStat } from './fsPort';

/** My loaded sets of the last few documents, each valid while its annotations file is the one it was read from. */
export interface LoadedSetCache {
  /** The set loaded from the file `known` describes, if that file is still on disk unchanged (`stat` of it now); a fresh copy of its lists. */
  reuse(id: string, known: KnownFile | undefined, stat: FileStat | null): LoadedAnnotations | null;
  /** Remembers a set read cleanly (no notices) from the file `known` describes; anything else forgets the document. */
  remember(id: string, known: KnownFile, loaded: LoadedAnnotations): void;
  forget(id: string): void;
}

/**
 * Keeps the last `size` sets loaded without trouble, so opening a document again (or asking for
 * its counts right after opening it) does not parse and check a 10,000-tag file again: about
 * 50 ms of main's time per open of a 1M document. A set is reused only while its file has the
 * same inode, size and mtime as when it was read; its tags and relations are frozen, and every
 * caller gets its own lists.
 */
export function createLoadedSetCache(size: number): LoadedSetCache {
  const sets = new Map<string, { rev: number; stat: FileStat; loaded: LoadedAnnotations }>();
  const copy = (loaded: LoadedAnnotations): LoadedAnnotations => ({ ...loaded, annotations: [...loaded.annotations], relations: [...loaded.relations], notices: [] });
  return {
    reuse(id, known, stat) {
      const held = sets.get(id);
      if (!held || !stat || known?.kind !== 'ok' || known.rev !== held.rev || !sameStat(known.stat, held.stat) || !sameStat(stat, held.stat)) {
        sets.delete(id);
        return null;
      }
      sets.delete(id);
      sets.set(id, held);
      return copy(held.loaded);
    },
    remember(id, known, loaded) {
      sets.delete(id);
      if (known.kind !== 'ok' || loaded.notices.length > 0 || loaded.readOnly) return;
      for (const a of loaded.annotations) Object.freeze(a);
      for (const r of loaded.relations) Object.freeze(r);
      sets.set(id, { rev: known.rev, stat: known.stat, loaded: copy(loaded) });
      for (const oldest of sets.keys()) {
        if (sets.size <= size) break;
        sets.delete(oldest);
      }
    },
    forget: (id) => void sets.delete(id),
  };
}
