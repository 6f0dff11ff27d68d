import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runExport } from '../../../../electron/cli/runExport';
import { runImport } from '../../../../electron/cli/runImport';
import { documentPaths } from '../../../../electron/node/store/documentPaths';
import { documentIdOf } from '@shared/text/documentId';
import { CORPUS_TEXTS, JONAS, MIXED, REPO, run, tempDir } from './cliTestKit';

/** The exports of the store below, written before the export was made faster (session 6); a faster export must write the same bytes. */
const GOLDEN = (name: string) => path.join(REPO, 'tests/fixtures/cli', name);
const RECORD = process.env.TAGWERK_RECORD_GOLDEN === '1';

/** The corpus texts (an emoji text, an NFD one, cp1252, UTF-16), kim's and jonas's sets, one title edited by hand after the index was written, and one damaged text. */
async function storeAfterHandEdits(): Promise<string> {
  const dataDir = tempDir();
  const files = tempDir();
  const damagedText = 'Beschädigt 😀: Mu\u0308ller.'.normalize('NFC');
  writeFileSync(path.join(files, 'damaged.txt'), damagedText);
  const imported = await run(runImport, ['--data-dir', dataDir, '--annotator', 'kim', ...CORPUS_TEXTS, MIXED, JONAS, path.join(files, 'damaged.txt')]);
  if (imported.code !== 0) throw new Error(imported.stderr);
  const emoji = documentPaths(dataDir, documentIdOf(readFileSync(path.join(REPO, 'tests/fixtures/corpus/emoji-astral.txt'), 'utf8').replace(/\r\n?/g, '\n').normalize('NFC')));
  const meta = JSON.parse(readFileSync(emoji.meta, 'utf8')) as { title: string };
  writeFileSync(emoji.meta, JSON.stringify({ ...meta, title: 'Von Hand umbenannt: Grüße 👋' }));
  writeFileSync(documentPaths(dataDir, documentIdOf(damagedText)).text, 'verändert');
  return dataDir;
}

describe('tagwerk export writes the same bytes as before', () => {
  it.each([
    ['everything', 'export-all.tagwerk.json', [] as string[]],
    ['one annotator', 'export-jonas.tagwerk.json', ['--annotator', 'jonas']],
  ])('%s: byte-identical to the recorded export, the hand-edited title included and the damaged document skipped with its note', async (_case, golden, extra) => {
    const dataDir = await storeAfterHandEdits();
    const out = path.join(tempDir(), 'out.json');
    const result = await run(runExport, ['--data-dir', dataDir, '--format', 'tagwerk', '--out', out, ...extra]);
    expect(result.code).toBe(0);
    expect(result.stderr).toMatch(/^warning: skipped "Beschädigt 😀: Müller\." \(sha256:[0-9a-f]{64}\): text\.txt of .* is missing or damaged\n$/);
    const bytes = readFileSync(out, 'utf8');
    if (RECORD) writeFileSync(GOLDEN(golden), bytes);
    expect(bytes).toContain('Von Hand umbenannt: Grüße 👋');
    expect(bytes).toBe(readFileSync(GOLDEN(golden), 'utf8'));
  });
});
