import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { recentMenuEntries } from '../../../../../electron/main/menu/recentMenuEntries';
import { refreshMenuAfter } from '../../../../../electron/main/menu/refreshMenuAfter';
import type { Handlers } from '../../../../../electron/main/ipc/createIpcRouter';
import { createConfSettings } from '../../../../../electron/node/settings/createConfSettings';
import { documentIdOf } from '@shared/text/documentId';
import { storeOn, tempDataDir } from '../../node/store/storeTestKit';

let dataDir: string;
let cleanup: () => void;
beforeEach(() => ({ dataDir, cleanup } = tempDataDir()));
afterEach(() => cleanup());

describe('recentMenuEntries', () => {
  it('gives the recent documents newest first with their titles, skipping removed ones', async () => {
    const store = storeOn(dataDir);
    const settings = createConfSettings({ dataDir });
    const texts = ['Erster Text 😀', 'Zweiter Müller', 'Dritter'];
    for (const text of texts) await store.putDocument({ text, title: text, source: 'a.txt', encoding: 'utf-8' });
    const [a, b, c] = texts.map(documentIdOf) as [string, string, string];
    settings.update({ recentDocuments: [c, a, b] });
    await store.removeDocument(b);
    expect(await recentMenuEntries(settings, store)).toEqual([
      { id: c, title: 'Dritter' },
      { id: a, title: 'Erster Text 😀' },
    ]);
  });

  it('looks up only the recent documents, never lists the whole corpus (the menu is rebuilt after every switch)', async () => {
    const store = storeOn(dataDir);
    const settings = createConfSettings({ dataDir });
    const texts = ['Meldung 1 😀', 'Meldung 2 Gru\u0308ße', ...Array.from({ length: 30 }, (_, i) => `Weitere Meldung ${i}`)];
    for (const text of texts) await store.putDocument({ text, title: text, source: 'a.txt', encoding: 'utf-8' });
    settings.update({ recentDocuments: [documentIdOf(texts[1] as string), documentIdOf(texts[0] as string)] });
    const listDocuments = vi.spyOn(store, 'listDocuments');
    const listSummaries = vi.spyOn(store, 'listSummaries');
    expect(await recentMenuEntries(settings, store)).toEqual([
      { id: documentIdOf(texts[1] as string), title: 'Meldung 2 Gru\u0308ße' },
      { id: documentIdOf(texts[0] as string), title: 'Meldung 1 😀' },
    ]);
    expect(listDocuments).not.toHaveBeenCalled();
    expect(listSummaries).not.toHaveBeenCalled();
  });
});

describe('refreshMenuAfter', () => {
  it('refreshes after calls that change recent documents, not after others, and passes results through', async () => {
    let refreshed = 0;
    const handlers = { openDocument: async () => 'opened', getSettings: () => 'settings' } as unknown as Handlers;
    const wrapped = refreshMenuAfter(handlers, async () => void refreshed++);
    expect(await wrapped.openDocument({ documentId: 'x' })).toBe('opened');
    expect(await wrapped.getSettings(undefined)).toBe('settings');
    expect(refreshed).toBe(1);
  });

  it('refreshes after a settings change, so a new language shows in the menu at once', async () => {
    let refreshed = 0;
    const handlers = { updateSettings: async () => ({ language: 'de' }) } as unknown as Handlers;
    const wrapped = refreshMenuAfter(handlers, async () => void refreshed++);
    expect(await wrapped.updateSettings({ language: 'de' })).toEqual({ language: 'de' });
    expect(refreshed).toBe(1);
  });
});
