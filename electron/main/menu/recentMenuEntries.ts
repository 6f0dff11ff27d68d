import type { SettingsPort } from '../../node/settings/settingsPort';
import type { DocumentStore } from '../../node/store/createDocumentStore';
import type { RecentMenuEntry } from './createMenuTemplate';

/**
 * The recent documents (settings.recentDocuments, newest first) that are still in the corpus, with
 * their titles: each looked up alone in the summary index (a few `stat`s), because the menu is
 * rebuilt after every document switch and listing 10,000 documents there made each switch re-read the corpus.
 */
export async function recentMenuEntries(settings: SettingsPort, store: DocumentStore): Promise<RecentMenuEntry[]> {
  const found = await Promise.all(
    settings.get().recentDocuments.map(async (id): Promise<RecentMenuEntry | null> => {
      const summary = await store.summarizeDocument(id).catch(() => null);
      const title = summary?.meta?.title;
      return title === undefined ? null : { id, title };
    }),
  );
  return found.filter((entry): entry is RecentMenuEntry => entry !== null);
}
