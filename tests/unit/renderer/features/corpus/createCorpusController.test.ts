import { describe, expect, it, vi } from 'vitest';
import type { Corpus, CorpusEntry, OpenFilesResponse } from '@shared/ipc/methods/corpusMethods';
import { ApiError, type ApiClient } from '../../../../../renderer/api/bridgeClient';
import { createCorpusController } from '../../../../../renderer/features/corpus/createCorpusController';

const id = (c: string) => `sha256:${c.repeat(64)}`;
const entry = (c: string, title: string): CorpusEntry => ({
  id: id(c),
  title,
  source: `${title}.txt`,
  encoding: 'utf-8',
  status: 'new',
  builtin: false,
  characters: 10,
  labelCounts: [],
  createdAt: '2026-11-27T10:00:00.000Z',
});

function fakeApi(corpus: Corpus, opened: OpenFilesResponse = { cancelled: true, files: [] }) {
  const api = {
    listCorpus: vi.fn(async () => corpus),
    openFiles: vi.fn(async () => opened),
    openDroppedFiles: vi.fn(async () => opened),
    updateDocument: vi.fn(async ({ documentId }: { documentId: string }) => corpus.documents.find((d) => d.id === documentId)),
    removeDocument: vi.fn(async () => ({ trashId: 'x' })),
    restoreDocument: vi.fn(async () => ({ documentId: id('a') })),
    restoreBuiltinDocument: vi.fn(async () => ({ documentId: id('b') })),
  };
  return api as typeof api & ApiClient;
}

const CORPUS: Corpus = { documents: [entry('a', 'Gipfel in Brüssel'), entry('b', 'Wahl 😀'), entry('c', 'Mu\u0308ller')], damaged: [], trash: [], notices: [] };

describe('createCorpusController', () => {
  it('opens the first opened file, tells each refusal and each text already in the corpus, and refreshes the list', async () => {
    const api = fakeApi(CORPUS, {
      cancelled: false,
      files: [
        { ok: false, name: 'Bericht.pdf', code: 'unsupported', message: '“Bericht.pdf” was not opened. …' },
        { ok: true, name: 'b.txt', documentId: id('b'), title: 'Wahl 😀', created: false, doubtful: false, trashedCopy: false },
        { ok: true, name: 'c.txt', documentId: id('c'), title: 'Mu\u0308ller', created: true, doubtful: false, trashedCopy: true },
        { ok: false, name: 'x.bin', code: 'something-new', message: 'odd' },
      ],
    });
    const corpus = createCorpusController(api);
    const open = vi.fn(async () => undefined);
    await corpus.openFromDialog(open);
    expect(open.mock.calls).toEqual([[id('b')]]);
    expect(corpus.store.get().messages.map((m) => [m.key, m.values.name])).toEqual([
      ['refused.unsupported', 'Bericht.pdf'],
      ['refused.failed', 'x.bin'],
      ['alreadyThere', 'b.txt'],
      ['trashedCopy', 'c.txt'],
    ]);
    expect(corpus.store.get().messages[0]?.detail).toBe('“Bericht.pdf” was not opened. …');
    expect(corpus.store.get().corpus).toEqual(CORPUS);
    expect(corpus.store.get().busy).toBe(false);
  });

  it('takes the counts of the document just left without asking main again, and keeps the title filter', async () => {
    const api = fakeApi(CORPUS);
    const corpus = createCorpusController(api);
    corpus.setLabelCounts(id('b'), { actor: 1 });
    expect(corpus.store.get().corpus).toBeNull();
    await corpus.refresh();
    corpus.setLabelCounts(id('b'), { actor: 2, claim: 1 });
    expect(corpus.store.get().corpus?.documents.map((d) => d.labelCounts)).toEqual([[], [{ label: 'actor', count: 2 }, { label: 'claim', count: 1 }], []]);
    expect(api.listCorpus).toHaveBeenCalledTimes(1);
    // Leaving a document with the counts the list already has keeps the very same list (no row or scale is recomputed).
    const before = corpus.store.get().corpus;
    corpus.setLabelCounts(id('b'), { claim: 1, actor: 2, date: 0 });
    expect(corpus.store.get().corpus).toBe(before);
    corpus.setLabelCounts(id('b'), { claim: 1, actor: 3 });
    expect(corpus.store.get().corpus?.documents[1]?.labelCounts).toEqual([{ label: 'claim', count: 1 }, { label: 'actor', count: 3 }]);
    expect(corpus.store.get().corpus?.documents[0]).toBe(before?.documents[0]);
    corpus.setFilter('mu\u0308');
    expect(corpus.store.get().filter).toBe('mu\u0308');
  });

  it('does nothing visible when the dialog is cancelled', async () => {
    const api = fakeApi(CORPUS);
    const corpus = createCorpusController(api);
    const open = vi.fn(async () => undefined);
    await corpus.openFromDialog(open);
    expect(open).not.toHaveBeenCalled();
    expect(corpus.store.get().messages).toEqual([]);
  });

  it('removes another document at once, and the open one only after its neighbour is shown', async () => {
    const api = fakeApi(CORPUS);
    const corpus = createCorpusController(api);
    await corpus.refresh();
    corpus.setCurrent(id('b'));
    const open = vi.fn(async (documentId: string) => void setTimeout(() => corpus.setCurrent(documentId), 5));
    await corpus.remove(id('a'), id('b'), open);
    expect(open).not.toHaveBeenCalled();
    expect(api.removeDocument).toHaveBeenLastCalledWith({ documentId: id('a') });
    await corpus.remove(id('b'), id('b'), open);
    expect(open.mock.calls).toEqual([[id('c')]]);
    expect(api.removeDocument).toHaveBeenLastCalledWith({ documentId: id('b') });
  });

  it('never removes the open document when switching away fails', async () => {
    vi.useFakeTimers();
    try {
      const api = fakeApi(CORPUS);
      const corpus = createCorpusController(api);
      await corpus.refresh();
      corpus.setCurrent(id('c'));
      const removing = corpus.remove(id('c'), id('c'), async () => undefined);
      await vi.advanceTimersByTimeAsync(11_000);
      await removing;
      expect(api.removeDocument).not.toHaveBeenCalled();
      expect(corpus.store.get().messages.map((m) => m.key)).toEqual(['removeFailed']);
    } finally {
      vi.useRealTimers();
    }
  });

  it('refuses to remove the only document before asking main', async () => {
    const api = fakeApi({ documents: [entry('a', 'Einzig')], damaged: [], trash: [], notices: [] });
    const corpus = createCorpusController(api);
    await corpus.refresh();
    await corpus.remove(id('a'), id('a'), async () => undefined);
    expect(api.removeDocument).not.toHaveBeenCalled();
    expect(corpus.store.get().messages[0]).toMatchObject({ key: 'removeFailed', cause: { code: 'bad-request', facts: { code: 'onlyDocument' }, detail: expect.stringMatching(/only document/) as string } });
  });

  it('turns a failed rename into a message with main’s cause to word, and its English words only as the detail', async () => {
    const api = fakeApi(CORPUS);
    api.updateDocument.mockRejectedValueOnce(new ApiError('failed', 'Could not write meta.json: ENOSPC', { code: 'store', why: 'IO' }));
    const corpus = createCorpusController(api);
    await corpus.rename(id('a'), 'Neu');
    expect(corpus.store.get().messages).toMatchObject([{ key: 'renameFailed', severity: 'error', detail: 'Could not write meta.json: ENOSPC', cause: { code: 'failed', facts: { code: 'store', why: 'IO' } } }]);
    expect(corpus.store.get().messages[0]?.values).not.toHaveProperty('reason');
  });

  it('restoring returns to the document list and opens what came back', async () => {
    const api = fakeApi(CORPUS);
    const corpus = createCorpusController(api);
    corpus.showView('trash');
    const open = vi.fn(async () => undefined);
    await corpus.restore(`${'a'.repeat(64)}-2026-11-27T10-00-00-000Z`, open);
    expect(corpus.store.get().view).toBe('documents');
    expect(open).toHaveBeenCalledWith(id('a'));
    corpus.showView('trash');
    await corpus.restoreBuiltin(open);
    expect(corpus.store.get().view).toBe('documents');
    expect(open).toHaveBeenLastCalledWith(id('b'));
  });

  it('dismisses one message by its index', () => {
    const corpus = createCorpusController(fakeApi(CORPUS));
    corpus.say({ key: 'a', values: {}, severity: 'info' });
    corpus.say({ key: 'b', values: {}, severity: 'info' });
    corpus.dismiss(0);
    expect(corpus.store.get().messages.map((m) => m.key)).toEqual(['b']);
  });
});
