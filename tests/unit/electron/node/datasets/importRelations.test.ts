import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { collectStoreDataset } from '../../../../../electron/node/datasets/collectStoreDataset';
import { importDataset } from '../../../../../electron/node/datasets/importDataset';
import { createDocumentStore } from '../../../../../electron/node/store/createDocumentStore';
import { bratFormat } from '@shared/formats/bratFormat';
import type { TagwerkDataset } from '@shared/formats/datasetSchema';
import { NOW, REPO, tempDir } from '../../cli/cliTestKit';
import { RELATIONS_FIXTURE, loadDataset } from '../../../shared/formats/formatTestSupport';

/** Each relation by its ends' quotes and labels (ids differ between file and store), per document id. */
function relationLines(documents: ReadonlyArray<{ id: string; annotations: ReadonlyArray<{ id: string; label: string; text: string }>; relations?: ReadonlyArray<{ type: string; from: string; to: string; annotator: string }> }>): string[] {
  return documents.flatMap((d) => {
    const end = new Map(d.annotations.map((a) => [a.id, `${a.label} ${JSON.stringify(a.text)}`]));
    return (d.relations ?? []).map((r) => `${d.id.slice(7, 15)} ${end.get(r.from) ?? '?'} -${r.type}/${r.annotator}-> ${end.get(r.to) ?? '?'}`);
  }).sort();
}

const newStore = () => createDocumentStore({ dataDir: tempDir('tagwerk-relations-') });

describe('importing and exporting relations through the store', () => {
  const fixture: TagwerkDataset = loadDataset(RELATIONS_FIXTURE);

  it('my relations go into my set, with their tags; importing the same file again adds nothing', async () => {
    const store = newStore();
    const reports = await importDataset(store, fixture, 'kim');
    expect(reports.map((r) => [r.mine?.relationsAdded, r.mine?.relationsKept, r.mine?.relationsDropped])).toEqual([[5, 0, 0], [2, 0, 0]]);
    const stored = await Promise.all(reports.map(async (r) => ({ id: r.meta.id, ...(await store.loadAnnotations(r.meta.id)) })));
    expect(relationLines(stored)).toEqual(relationLines(fixture.documents));
    const again = await importDataset(store, fixture, 'kim');
    expect(again.map((r) => [r.mine?.added, r.mine?.relationsAdded, r.mine?.relationsKept])).toEqual([[0, 0, 5], [0, 0, 2]]);
  });

  it('an import that adds tags keeps the relations already in my set', async () => {
    const store = newStore();
    const withoutOneTag = { ...fixture, documents: fixture.documents.map((d) => ({ ...d, annotations: d.annotations.filter((a) => a.id !== 'kim-005') })) };
    await importDataset(store, withoutOneTag, 'kim');
    const [first] = await importDataset(store, fixture, 'kim');
    expect(first?.mine?.added).toBe(1);
    const { relations } = await store.loadAnnotations(first?.meta.id ?? '');
    expect(relations).toHaveLength(5);
  });

  it("a colleague's relations are stored with their set, and the export gives every relation back", async () => {
    const store = newStore();
    const reports = await importDataset(store, fixture, 'tester');
    expect(reports.map((r) => r.colleagues.map((c) => [c.annotator, c.relations, c.relationsDropped]).sort())).toEqual([[['jonas', 0, 0], ['kim', 5, 0]], [['jonas', 0, 0], ['kim', 2, 0]]]);
    const { documents } = await store.listDocuments();
    const exported = await collectStoreDataset(store, { documents, exporter: 'tester', exportedAt: NOW });
    if (!exported.ok) throw new Error(exported.problems.join('\n'));
    expect(relationLines(exported.dataset.documents)).toEqual(relationLines(fixture.documents));
    const kimOnly = await collectStoreDataset(store, { documents, exporter: 'tester', exportedAt: NOW, annotator: 'jonas' });
    expect(kimOnly.ok && kimOnly.dataset.documents.flatMap((d) => d.relations ?? [])).toEqual([]);
  });

  it('relations of a type Tagwerk does not have are counted, not stored (brat "Located" from a peer corpus)', async () => {
    const dir = path.join(REPO, 'tests/fixtures/formats/peers/brat-news');
    const files = readdirSync(dir).sort().map((name) => ({ name, content: readFileSync(path.join(dir, name), 'utf8') }));
    const parsed = bratFormat.parse(files, { annotator: 'jonas', exportedAt: NOW });
    if (!parsed.ok) throw new Error(JSON.stringify(parsed.problems));
    const store = newStore();
    const [report] = await importDataset(store, parsed.dataset, 'tester');
    expect(report?.colleagues.map((c) => [c.annotator, c.annotations, c.relations, c.relationsDropped])).toEqual([['jonas', 8, 0, 1]]);
  });
});
