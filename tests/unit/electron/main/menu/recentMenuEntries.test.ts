import { afterEach, beforeEach, describe, expect, it } from 'vitest';
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
