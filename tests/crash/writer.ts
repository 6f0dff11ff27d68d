/**
 * Crash-test child: saves revisions of a ~2 MB annotation set through the real document store
 * in a loop and prints `ack <rev>` after each save resolved, until it is killed.
 * Usage: node --import tsx tests/crash/writer.ts <dataDir>
 */
import { createDocumentStore } from '../../electron/node/store/createDocumentStore';
import { CRASH_TEXT, crashAnnotations } from './crashFixture';

async function main(dataDir: string): Promise<void> {
  const store = createDocumentStore({ dataDir });
  await store.init();
  const { meta } = await store.putDocument({ text: CRASH_TEXT, title: 'Crash test', source: 'crash.txt', encoding: 'utf-8' });
  const loaded = await store.loadAnnotations(meta.id);
  for (const notice of loaded.notices) process.stdout.write(`notice ${notice.code}\n`);
  // The first round creates the ~2 MB set; later rounds continue from what is on disk.
  const base = loaded.rev === 0 ? crashAnnotations() : loaded.annotations.map(({ note: _note, ...a }) => a);
  let rev = loaded.rev;
  process.stdout.write(`ready ${rev}\n`);
  for (;;) {
    // Each revision differs from the last (a note naming it moves along the spans), like real edits.
    const marked = rev % base.length;
    const annotations = base.map((a, i) => (i === marked ? { ...a, note: `rev ${rev + 1}` } : a));
    const saved = await store.saveAnnotations(meta.id, { annotations, annotator: 'crash', baseRev: rev });
    rev = saved.rev;
    process.stdout.write(`ack ${rev}\n`);
  }
}

const dataDir = process.argv[2];
if (dataDir === undefined) {
  process.stderr.write('usage: writer.ts <dataDir>\n');
  process.exit(2);
}
main(dataDir).catch((error: unknown) => {
  process.stderr.write(`writer failed: ${error instanceof Error ? error.stack : String(error)}\n`);
  process.exit(1);
});
