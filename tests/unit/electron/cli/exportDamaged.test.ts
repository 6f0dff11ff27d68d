import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runExport } from '../../../../electron/cli/runExport';
import { runImport } from '../../../../electron/cli/runImport';
import { rejectedFilePath } from '../../../../electron/node/assist/rejectedFile';
import { documentPaths } from '../../../../electron/node/store/documentPaths';
import { parseTagwerkDataset } from '@shared/formats/tagwerkFormat';
import { documentIdOf } from '@shared/text/documentId';
import { JONAS, run, snapshotTree, tempDir } from './cliTestKit';

/** Four small documents, one kept healthy; the others are damaged by the cases below. */
const TEXTS = ['Gesund: Mu\u0308ller sagt 😀.', 'Zweites Dokument.', 'Drittes Dokument.', 'Viertes Dokument.'].map((t) => t.normalize('NFC'));

async function storeWith(): Promise<{ dataDir: string; ids: string[] }> {
  const dataDir = tempDir();
  const files = tempDir();
  const names = TEXTS.map((text, i) => {
    writeFileSync(path.join(files, `d${i}.txt`), text);
    return path.join(files, `d${i}.txt`);
  });
  const imported = await run(runImport, ['--data-dir', dataDir, ...names, JONAS]);
  if (imported.code !== 0) throw new Error(imported.stderr);
  return { dataDir, ids: TEXTS.map(documentIdOf) };
}

/** Damage done to one document by hand, as a disk fault or a careless edit would. */
const DAMAGE: ReadonlyArray<readonly [string, (paths: ReturnType<typeof documentPaths>) => void, RegExp]> = [
  ['text.txt no longer matching its id', (p) => writeFileSync(p.text, 'verändert'), /text\.txt .* is missing or damaged/],
  ['annotations.json that is a folder', (p) => mkdirSync(p.annotations), /annotations\.json|EISDIR|folder/],
  ['colleagues that is a file', (p) => writeFileSync(p.colleaguesDir, 'x'), /colleagues|ENOTDIR|not a folder/],
];

describe('tagwerk export with a damaged document', () => {
  it.each(DAMAGE)('skips a document with %s, names it by title and id, writes the rest and exits 0', async (_name, damage, reason) => {
    const { dataDir, ids } = await storeWith();
    const damaged = ids[1] ?? '';
    damage(documentPaths(dataDir, damaged));
    const out = path.join(tempDir(), 'corpus.json');
    const result = await run(runExport, ['--data-dir', dataDir, '--format', 'tagwerk', '--out', out]);
    expect(result.code).toBe(0);
    const note = result.stderr.split('\n').find((line) => line.startsWith('warning: skipped'));
    expect(note).toContain(`"Zweites Dokument." (${damaged})`);
    expect(note).toMatch(reason);
    const parsed = parseTagwerkDataset(readFileSync(out, 'utf8'));
    const exported = parsed.ok ? parsed.dataset.documents.map((d) => d.id) : [];
    expect(exported).not.toContain(damaged);
    expect(exported).toEqual(expect.arrayContaining(ids.filter((id) => id !== damaged)));
    expect(result.stdout).toMatch(/^Exported 4 documents/);
  });

  it('leaves a damaged assist rejections file as it is (export only reads)', async () => {
    const { dataDir } = await storeWith();
    const file = rejectedFilePath(dataDir, 'tester');
    mkdirSync(path.dirname(file), { recursive: true });
    writeFileSync(file, '{"rejected": [ Kö😀');
    const before = snapshotTree(dataDir);
    const result = await run(runExport, ['--data-dir', dataDir, '--format', 'tagwerk', '--out', path.join(tempDir(), 'corpus.json')]);
    expect(result.code).toBe(0);
    expect(snapshotTree(dataDir)).toEqual(before);
    expect(readFileSync(file, 'utf8')).toBe('{"rejected": [ Kö😀');
  });

  it('with --strict exits 1 and writes nothing', async () => {
    const { dataDir, ids } = await storeWith();
    writeFileSync(documentPaths(dataDir, ids[2] ?? '').text, 'verändert');
    const out = path.join(tempDir(), 'corpus.json');
    const result = await run(runExport, ['--data-dir', dataDir, '--format', 'tagwerk', '--strict', '--out', out]);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain(`error: skipped "Drittes Dokument." (${ids[2]})`);
    expect(result.stderr).toContain('Nothing was exported (--strict: 1 damaged document).');
    expect(existsSync(out)).toBe(false);
  });

  it.each([
    ['not JSON', '{"annotator": "kim"'],
    ['an invalid field', JSON.stringify({ annotator: 42, language: 'de' })],
  ])('reports a settings file that is %s and leaves the data folder exactly as it was', async (_name, content) => {
    const { dataDir } = await storeWith();
    writeFileSync(path.join(dataDir, 'settings.json'), content);
    rmSync(path.join(dataDir, 'logs'), { recursive: true, force: true });
    const before = snapshotTree(dataDir);
    const result = await run(runExport, ['--data-dir', dataDir, '--format', 'tagwerk', '--out', path.join(tempDir(), 'c.json')]);
    expect(result.code).toBe(0);
    expect(result.stderr).toMatch(/^note: .*settings\.json .*left as it is/m);
    expect(snapshotTree(dataDir)).toEqual(before);
  });
});
