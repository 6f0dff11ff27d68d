import type { SettingsPort } from '../../node/settings/settingsPort';
import type { DocumentStore } from '../../node/store/createDocumentStore';
import type { RecentMenuEntry } from './createMenuTemplate';

/** The recent documents (settings.recentDocuments, newest first) that are still in the corpus, with their titles. */
export async function recentMenuEntries(settings: SettingsPort, store: DocumentStore): Promise<RecentMenuEntry[]> {
  const { documents } = await store.listDocuments();
  const titles = new Map(documents.map((d) => [d.id, d.title]));
  return settings
    .get()
    .recentDocuments.flatMap((id) => {
      const title = titles.get(id);
      return title === undefined ? [] : [{ id, title }];
    });
}
