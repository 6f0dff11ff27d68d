import type { DocumentStore } from '../../../../../electron/node/store/createDocumentStore';

/** Puts `text` into the store with `annotator`'s tags on the first occurrence of each (label, string); returns its id. */
export async function storeTagged(store: Pick<DocumentStore, 'putDocument' | 'saveAnnotations'>, text: string, tags: readonly (readonly [string, string])[], annotator = 'me'): Promise<string> {
  const { meta } = await store.putDocument({ text, title: 't', source: 't.txt', encoding: 'utf-8' });
  const annotations = tags.map(([label, quote], k) => {
    const start = Array.from(text.slice(0, text.indexOf(quote))).length;
    return { id: `a${k}`, label, start, end: start + Array.from(quote).length, text: quote, annotator };
  });
  await store.saveAnnotations(meta.id, { annotations, annotator, baseRev: 0 });
  return meta.id;
}
