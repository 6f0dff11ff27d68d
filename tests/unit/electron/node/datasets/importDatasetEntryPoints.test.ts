import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runImport } from '../../../../../electron/cli/runImport';
import { createDatasetHandlers } from '../../../../../electron/main/handlers/createDatasetHandlers';
import type { HandlerDeps } from '../../../../../electron/main/handlers/handlerDeps';
import { createConfSettings } from '../../../../../electron/node/settings/createConfSettings';
import { createDocumentStore, type DocumentStore } from '../../../../../electron/node/store/createDocumentStore';
import { fakeDeps, JONAS, MIXED, NOW, REPO, tempDir } from '../../cli/cliTestKit';

const ME = 'kim';
const BROKEN = 'tests/fixtures/cli/broken-spans.tagwerk.json';

/** What one import did, the same for both entry points: refused, or per document whether it was new and what happened to each set. */
type Outcome = 'refused' | string[];

/** A dataset file for a case: a fixture as it is, or changed (exported later, a colleague's span dropped). */
interface CaseFile {
  readonly fixture: string;
  readonly exportedAt?: string;
  readonly dropFirstOf?: string;
}

function materialize(dir: string, file: CaseFile, index: number): string {
  if (file.exportedAt === undefined && file.dropFirstOf === undefined) return path.join(REPO, file.fixture);
  const dataset = JSON.parse(readFileSync(path.join(REPO, file.fixture), 'utf8')) as { exportedAt: string; documents: { annotations: { annotator: string }[] }[] };
  if (file.exportedAt !== undefined) dataset.exportedAt = file.exportedAt;
  if (file.dropFirstOf !== undefined) {
    for (const document of dataset.documents) {
      const at = document.annotations.findIndex((a) => a.annotator === file.dropFirstOf);
      if (at >= 0) document.annotations.splice(at, 1);
    }
  }
  const target = path.join(dir, `case-${index}.tagwerk.json`);
  writeFileSync(target, JSON.stringify(dataset));
  return target;
}

/** Imports through the window: the dataset IPC handler, its open dialog answering `file`. */
async function importThroughApp(dataDir: string, files: readonly string[]): Promise<Outcome[]> {
  const store = createDocumentStore({ dataDir, clock: () => new Date(NOW) });
  await store.init();
  const settings = createConfSettings({ dataDir });
  settings.update({ annotator: ME });
  let chosen = '';
  const deps: HandlerDeps = {
    shellInfo: () => ({ locale: 'de-DE', platform: 'linux', version: 'test', userName: 'analyst' }),
    store,
    settings,
    dialogs: { showSave: async () => null, showOpen: async () => [chosen] },
    clock: () => new Date(NOW),
    startupNotices: [],
    emit: () => undefined,
    onSaveState: () => undefined,
  };
  const handlers = createDatasetHandlers(deps);
  const outcomes: Outcome[] = [];
  for (const file of files) {
    chosen = file;
    const result = await handlers.importDataset(undefined);
    if (result.status !== 'imported') {
      outcomes.push('refused');
      continue;
    }
    outcomes.push(
      result.documents.flatMap((d) => [
        d.created ? 'added' : 'already stored',
        ...(d.mine === null ? [] : [`mine +${d.mine.added}`]),
        ...d.colleagues.map((c) => `${c.annotator} ${c.outcome}`),
      ]),
    );
  }
  await store.flush();
  return outcomes;
}

const CLI_SET = /^ {2}(\S+)'s set: \d+ annotations?(?: (stored)| (replace) the earlier import|, (unchanged))/;
const CLI_KEPT = /^sha256:[0-9a-f]+: the store holds a newer import of (\S+)'s set/;

/** Imports through `tagwerk import`, reading back the same outcomes from what it printed. */
async function importThroughCli(dataDir: string, files: readonly string[]): Promise<Outcome[]> {
  const outcomes: Outcome[] = [];
  for (const file of files) {
    const fake = fakeDeps();
    const code = await runImport(['--data-dir', dataDir, '--annotator', ME, file], fake.deps);
    if (code !== 0) {
      outcomes.push('refused');
      continue;
    }
    const out: string[] = [];
    const kept = fake.stderr().split('\n').flatMap((l) => CLI_KEPT.exec(l)?.slice(1, 2) ?? []);
    for (const line of fake.stdout().split('\n')) {
      const document = /^sha256:[0-9a-f]+\s+\S+\s+\d+ characters\s+(added|already stored)/.exec(line);
      const mine = /^ {2}my set \(\S+\): (\d+) added/.exec(line);
      const set = CLI_SET.exec(line);
      if (document) {
        // A kept-newer set is reported on stderr; it follows the document's other lines.
        if (out.length > 0 && kept.length > 0) out.push(`${kept.shift() ?? ''} kept-newer`);
        out.push(document[1] ?? '');
      } else if (mine) out.push(`mine +${mine[1]}`);
      else if (set) out.push(`${set[1]} ${set[2] ? 'stored' : set[3] ? 'replaced' : 'unchanged'}`);
    }
    for (const annotator of kept) out.push(`${annotator} kept-newer`);
    outcomes.push(out);
  }
  return outcomes;
}

/** Everything an import can change in a store: documents, my sets, colleagues' sets. */
async function storeContents(dataDir: string) {
  const store: DocumentStore = createDocumentStore({ dataDir }, { readOnly: true });
  const { documents } = await store.listDocuments();
  const contents = [];
  for (const meta of [...documents].sort((a, b) => a.id.localeCompare(b.id))) {
    const mine = await store.loadAnnotations(meta.id);
    const { sets } = await store.listColleagueSets(meta.id);
    contents.push({
      id: meta.id,
      title: meta.title,
      source: meta.source,
      text: (await store.getDocument(meta.id)).text,
      mine: mine.annotations,
      colleagues: sets.map((s) => ({ annotator: s.annotator, savedAt: s.savedAt, annotations: s.annotations })),
    });
  }
  return contents;
}

const LATER = '2026-12-01T08:00:00.000Z';

// Each case imports its files in order into an empty store; both paths must end the same.
const CASES: ReadonlyArray<{ name: string; files: CaseFile[]; expected: Outcome[] }> = [
  {
    name: 'my and a colleague\'s tags of an emoji text and an NFD umlaut text (😀, "Mu\u0308ller")',
    files: [{ fixture: MIXED }],
    expected: [['added', 'mine +8', 'jonas stored', 'added', 'mine +4', 'jonas stored']],
  },
  { name: "a colleague's export of the built-in article", files: [{ fixture: JONAS }], expected: [['added', 'jonas stored']] },
  { name: 'the same file twice: nothing changes the second time', files: [{ fixture: JONAS }, { fixture: JONAS }], expected: [['added', 'jonas stored'], ['already stored', 'jonas unchanged']] },
  {
    name: "a later export with one span fewer replaces the colleague's set",
    files: [{ fixture: JONAS }, { fixture: JONAS, exportedAt: LATER, dropFirstOf: 'jonas' }],
    expected: [['added', 'jonas stored'], ['already stored', 'jonas replaced']],
  },
  {
    name: "an older export never rolls back the colleague's later set",
    files: [{ fixture: JONAS, exportedAt: LATER, dropFirstOf: 'jonas' }, { fixture: JONAS }],
    expected: [['added', 'jonas stored'], ['already stored', 'jonas kept-newer']],
  },
  { name: 'a file with broken spans is refused and stores nothing', files: [{ fixture: BROKEN }, { fixture: JONAS }], expected: ['refused', ['added', 'jonas stored']] },
];

describe("the window's import and `tagwerk import` behave the same", () => {
  it.each(CASES)('$name', async ({ files, expected }) => {
    const inputs = tempDir('tagwerk-inputs-');
    const paths = files.map((f, i) => materialize(inputs, f, i));
    const appDir = tempDir('tagwerk-app-');
    const cliDir = tempDir('tagwerk-cli-');
    const app = await importThroughApp(appDir, paths);
    const cli = await importThroughCli(cliDir, paths);
    expect(cli).toEqual(app);
    expect(app).toEqual(expected);
    expect(await storeContents(cliDir)).toEqual(await storeContents(appDir));
  }, 60_000);
});
