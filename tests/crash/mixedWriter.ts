/**
 * Crash-test child for every write path besides a long session's saves: in a loop it imports a
 * three-document dataset (new texts and colleague sets: one multi-document import), replaces a
 * colleague's set, saves my tags with a relation, writes a setting, and moves a document to the
 * trash and back, writes the summary index (index.json) and adds an assist rejection (a
 * `assist/rejected-*.json` file) — printing `ack <op> <n>` after each finished operation, until it is killed.
 * Usage: node --import tsx tests/crash/mixedWriter.ts <dataDir>
 */
import { createAssistMemory } from '../../electron/node/assist/createAssistMemory';
import { importDataset } from '../../electron/node/datasets/importDataset';
import { storeColleagueSet } from '../../electron/node/datasets/storeColleagueSet';
import { createConfSettings } from '../../electron/node/settings/createConfSettings';
import { createDocumentStore } from '../../electron/node/store/createDocumentStore';
import { MIXED_HOME, mixedDataset, mixedExportedAt, mixedRejection, mixedTags, mixedVictim } from './mixedWrites';

async function main(dataDir: string): Promise<void> {
  const store = createDocumentStore({ dataDir });
  await store.init();
  const settings = createConfSettings({ dataDir });
  const assist = createAssistMemory({ dataDir });
  const { meta } = await store.putDocument({ text: MIXED_HOME, title: 'Artikel 0', source: 'artikel-0.txt', encoding: 'utf-8' });
  const start = await store.loadAnnotations(meta.id);
  for (const notice of start.notices) process.stdout.write(`notice ${notice.code}\n`);
  let rev = start.rev;
  process.stdout.write(`ready ${rev}\n`);
  // Writes are numbered by my next rev, so every round continues where the disk is (exports only get later).
  for (let n = rev + 1; ; n = rev + 1) {
    await importDataset(store, mixedDataset(n), 'crash');
    process.stdout.write(`ack import ${n}\n`);
    await storeColleagueSet(store, meta.id, 'jonas', mixedTags(MIXED_HOME, 'jonas', n), mixedExportedAt(n));
    process.stdout.write(`ack colleague ${n}\n`);
    const mine = mixedTags(MIXED_HOME, 'crash', n);
    // The id changes with every save (a real edit), so each save writes a new file.
    const relations = [{ id: `r${n}`, type: 'source', from: mine[0]!.id, to: mine[1]!.id, annotator: 'crash' }];
    rev = (await store.saveAnnotations(meta.id, { annotations: mine, relations, annotator: 'crash', baseRev: rev })).rev;
    process.stdout.write(`ack save ${rev}\n`);
    settings.update({ windowBounds: { width: 100 + n, height: 100 } });
    process.stdout.write(`ack settings ${n}\n`);
    if ((await store.listDocuments()).documents.some((d) => d.id === mixedVictim(n))) {
      const trashed = await store.removeDocument(mixedVictim(n));
      process.stdout.write(`ack trash ${n}\n`);
      await store.restoreDocument(trashed.trashId);
      process.stdout.write(`ack restore ${n}\n`);
    }
    // The summary index is written at once instead of 2 s later, so kills land in its writes too.
    await store.flush();
    process.stdout.write(`ack index ${n}\n`);
    await assist.setRejected('crash', mixedRejection(n), true);
    process.stdout.write(`ack rejection ${n}\n`);
  }
}

const dataDir = process.argv[2];
if (dataDir === undefined) {
  process.stderr.write('usage: mixedWriter.ts <dataDir>\n');
  process.exit(2);
}
main(dataDir).catch((error: unknown) => {
  process.stderr.write(`mixed writer failed: ${error instanceof Error ? error.stack : String(error)}\n`);
  process.exit(1);
});
