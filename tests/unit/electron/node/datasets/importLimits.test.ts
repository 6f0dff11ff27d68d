import path from 'node:path';
import { writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { TagwerkDataset } from '@shared/formats/datasetSchema';
import { parseJsonSafely } from '@shared/formats/parseJsonSafely';
import { LIMITS } from '@shared/limits/limits';
import { documentIdOf } from '@shared/text/documentId';
import { documentMethods } from '@shared/ipc/methods/documentMethods';
import { runImport } from '../../../../../electron/cli/runImport';
import { importDataset } from '../../../../../electron/node/datasets/importDataset';
import { createDocumentStore } from '../../../../../electron/node/store/createDocumentStore';
import { isStoreError } from '../../../../../electron/node/store/storeError';
import { NOW, run, tempDir } from '../../cli/cliTestKit';

const TEXT = 'Gut 👍🏽 – Müller sagte: „Wir handeln.“';

function dataset(annotations: TagwerkDataset['documents'][number]['annotations'], title = 'Artikel'): TagwerkDataset {
  return {
    format: 'tagwerk.dataset', version: 2, exportedAt: NOW, annotator: 'kim', offsetUnit: 'codepoint',
    labels: [{ id: 'actor', name: 'Actor' }],
    documents: [{ id: documentIdOf(TEXT), title, language: 'de', source: 'a.txt', text: TEXT, annotations, relations: [] }],
  };
}

const tag = (n: number, annotator = 'jonas') => ({ id: `t${n}`, label: 'actor', start: 9, end: 15, text: 'Müller', annotator });

describe('one set of limits for import, save and the app', () => {
  it('refuses, writing nothing, more tags of one annotator in a document than a set may hold (they could never be saved again)', async () => {
    const store = createDocumentStore({ dataDir: tempDir() });
    await store.init();
    const tooMany = Array.from({ length: LIMITS.annotationsPerSet + 1 }, (_, n) => tag(n));
    const error = await importDataset(store, dataset(tooMany), 'kim').catch((e: unknown) => e);
    expect(isStoreError(error, 'INVALID')).toBe(true);
    expect((error as Error).message).toBe(`documents[0] holds ${LIMITS.annotationsPerSet + 1} tags by "jonas", more than one set may hold (${LIMITS.annotationsPerSet}); nothing was imported.`);
    expect((await store.listDocuments()).documents).toEqual([]);
    // The save the window makes takes exactly as many as an import may bring.
    const save = documentMethods.saveAnnotations.request;
    const request = (n: number) => ({ documentId: documentIdOf(TEXT), baseRev: 0, annotations: Array.from({ length: n }, (_, i) => tag(i, 'kim')) });
    expect(save.safeParse(request(LIMITS.annotationsPerSet)).success).toBe(true);
    expect(save.safeParse(request(LIMITS.annotationsPerSet + 1)).success).toBe(false);
  }, 60_000);

  it('a title as long as a dataset may carry imports, and the document is listed and opens', async () => {
    const dir = tempDir();
    const file = path.join(dir, 'long.tagwerk.json');
    const title = `Ein sehr langer Titel 👍🏽 ${'ä'.repeat(LIMITS.titleLength - 27)}`;
    expect(title.length).toBe(LIMITS.titleLength);
    writeFileSync(file, JSON.stringify(dataset([tag(1)], title)));
    const result = await run(runImport, ['--data-dir', path.join(dir, 'data'), '--annotator', 'kim', file]);
    expect(result.code).toBe(0);
    const store = createDocumentStore({ dataDir: path.join(dir, 'data') }, { readOnly: true });
    expect((await store.listDocuments()).documents.map((d) => d.title)).toEqual([title]);
    expect((await store.getDocument(documentIdOf(TEXT))).meta.title).toBe(title);
  });

  it('refuses JSON nested deeper than any file Tagwerk reads needs, before walking it', () => {
    const nested = (levels: number) => `${'['.repeat(levels)}${']'.repeat(levels)}`;
    expect(parseJsonSafely(nested(LIMITS.jsonDepth)).ok).toBe(true);
    const deep = parseJsonSafely(`{"documents": ${nested(100_000)}}`, 'line 3');
    expect(deep).toEqual({ ok: false, problems: [{ path: 'line 3', code: 'tooDeep', maximum: LIMITS.jsonDepth, message: `nests arrays and objects more than ${LIMITS.jsonDepth} levels deep; no file Tagwerk reads needs that many` }] });
  });
});
