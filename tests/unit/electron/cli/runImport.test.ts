import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runImport } from '../../../../electron/cli/runImport';
import { createDocumentStore } from '../../../../electron/node/store/createDocumentStore';
import { acquireStoreLock } from '../../../../electron/node/store/storeLock';
import { documentIdOf } from '@shared/text/documentId';
import { ARTICLE_ID, CORPUS_TEXTS, JONAS, MIXED, REPO, lines, run, snapshotTree, tempDir } from './cliTestKit';

const store = (dataDir: string) => createDocumentStore({ dataDir }, { readOnly: true });

describe('tagwerk import: texts', () => {
  it('imports every corpus text with its detected encoding and length in code points', async () => {
    const dataDir = tempDir();
    const result = await run(runImport, ['--data-dir', dataDir, ...CORPUS_TEXTS]);
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    const rows = lines(result.stdout).map((l) => l.split(/ {2}/));
    expect(rows.map(([, encoding, count, status, file]) => [path.basename(file ?? ''), encoding, count, status])).toEqual([
      ['000_2010653594c6cf10.txt', 'utf-8', '2618 characters', 'added'],
      ['emoji-astral.txt', 'utf-8', '222 characters', 'added'],
      ['gipfel.cp1252.txt', 'windows-1252', '538 characters', 'added'],
      ['nfd-umlaute.txt', 'utf-8', '166 characters', 'added'],
      ['utf8-bom.txt', 'utf-8', '107 characters', 'added'],
      ['wahl.utf16le-bom.txt', 'utf-16le', '331 characters', 'added'],
    ]);
    expect(rows[0]?.[0]).toBe(ARTICLE_ID);
    const { documents } = await store(dataDir).listDocuments();
    expect(documents).toHaveLength(6);
    // The NFD file is stored canonical (NFC), under the id of the canonical text.
    const nfdId = rows[3]?.[0] ?? '';
    const { text, meta } = await store(dataDir).getDocument(nfdId);
    expect(text).toBe(text.normalize('NFC'));
    expect(text).toContain('Göttingen');
    expect(documentIdOf(text)).toBe(nfdId);
    expect(meta.source).toBe('nfd-umlaute.txt');
    // The cp1252 text decodes „“ and € instead of C1 controls.
    const cp1252 = await store(dataDir).getDocument(rows[2]?.[0] ?? '');
    expect(cp1252.text).toMatch(/„Wir stehen geschlossen zusammen“/);
    expect(cp1252.text).toContain('€');
  });

  it('importing the same files again changes nothing and exits 0', async () => {
    const dataDir = tempDir();
    expect((await run(runImport, ['--data-dir', dataDir, ...CORPUS_TEXTS, JONAS])).code).toBe(0);
    const before = snapshotTree(dataDir);
    const again = await run(runImport, [...CORPUS_TEXTS, '--data-dir', dataDir, JONAS]);
    expect(again.code).toBe(0);
    expect(again.stderr).toBe('');
    expect(lines(again.stdout).filter((l) => l.startsWith('sha256:')).every((l) => l.includes('already stored'))).toBe(true);
    expect(again.stdout).toContain("jonas's set: 18 annotations, unchanged");
    expect(snapshotTree(dataDir)).toEqual(before);
  });

  it('takes the data folder from TAGWERK_DATA_DIR, relative to the working folder', async () => {
    const base = tempDir();
    const result = await run(runImport, [path.join(REPO, CORPUS_TEXTS[1])], { cwd: base, env: { TAGWERK_DATA_DIR: 'data' } });
    expect(result.code).toBe(0);
    expect(existsSync(path.join(base, 'data', 'documents'))).toBe(true);
  });
});

describe('tagwerk import: tagwerk datasets', () => {
  it("stores a colleague's annotations as their set, mine (--annotator) in my set, and a changed text as a new document", async () => {
    const dataDir = tempDir();
    await run(runImport, ['--data-dir', dataDir, ...CORPUS_TEXTS]);
    const result = await run(runImport, ['--data-dir', dataDir, '--annotator', 'kim', MIXED, JONAS]);
    // The mixed file's umlaut document is NFD: made canonical, it is the stored NFC text, and the import says so.
    expect(lines(result.stderr)).toEqual([expect.stringMatching(/^note: tests\/fixtures\/formats\/mixed\.tagwerk\.json: documents\[1\] .*the text was made canonical \(NFC\).*; 5 spans mapped onto it$/)]);
    expect(result.code).toBe(0);
    const s = store(dataDir);
    expect((await s.listDocuments()).documents).toHaveLength(6);
    const emojiId = 'sha256:74b6fc5dc4187783627d00c83fadf964da6c58e1bc6e8579ff1c5302c534e26e';
    const mine = await s.loadAnnotations(emojiId);
    expect(mine.annotator).toBe('kim');
    expect(mine.annotations.every((a) => a.annotator === 'kim')).toBe(true);
    const colleagues = await s.listColleagueSets(emojiId);
    expect(colleagues.sets.map((set) => set.annotator)).toEqual(['jonas']);
    const mixed = JSON.parse(readFileSync(path.join(REPO, MIXED), 'utf8')) as { documents: { id: string; annotations: { annotator: string; id: string }[] }[] };
    const emojiDoc = mixed.documents.find((d) => d.id === emojiId);
    const idsBy = (who: string) => emojiDoc?.annotations.filter((a) => a.annotator === who).map((a) => a.id).sort();
    expect(mine.annotations.map((a) => a.id).sort()).toEqual(idsBy('kim'));
    expect(colleagues.sets[0]?.annotations.map((a) => a.id).sort()).toEqual(idsBy('jonas'));
    const article = await s.listColleagueSets(ARTICLE_ID);
    expect(article.sets[0]?.annotations).toHaveLength(18);
    expect((await s.loadAnnotations(ARTICLE_ID)).annotations).toHaveLength(0);
  });

  it('takes "me" from the app settings when --annotator is not given', async () => {
    const dataDir = tempDir();
    writeFileSync(path.join(dataDir, 'settings.json'), JSON.stringify({ annotator: 'jonas' }));
    expect((await run(runImport, ['--data-dir', dataDir, JONAS])).code).toBe(0);
    const loaded = await store(dataDir).loadAnnotations(ARTICLE_ID);
    expect(loaded.annotations).toHaveLength(18);
    expect(loaded.annotator).toBe('jonas');
    expect((await store(dataDir).listColleagueSets(ARTICLE_ID)).sets).toHaveLength(0);
  });

  it('never changes stored work in my set: a reused id with another span is reported and skipped', async () => {
    const dataDir = tempDir();
    await run(runImport, ['--data-dir', dataDir, '--annotator', 'jonas', JONAS]);
    const changed = JSON.parse(readFileSync(path.join(REPO, JONAS), 'utf8'));
    const first = changed.documents[0].annotations[0];
    Object.assign(first, { label: 'claim' });
    const file = path.join(tempDir(), 'changed.tagwerk.json');
    writeFileSync(file, JSON.stringify(changed));
    const result = await run(runImport, ['--data-dir', dataDir, '--annotator', 'jonas', file]);
    expect(result.code).toBe(0);
    expect(result.stderr).toContain(`annotation id "${first.id}" is already in my set as actor 4..37`);
    const loaded = await store(dataDir).loadAnnotations(ARTICLE_ID);
    expect(loaded.rev).toBe(1);
    expect(loaded.annotations.find((a) => a.id === first.id)?.label).toBe('actor');
  });

  it("replaces an older import of a colleague's set but never a newer one", async () => {
    const dataDir = tempDir();
    const original = JSON.parse(readFileSync(path.join(REPO, JONAS), 'utf8'));
    const newer = structuredClone(original);
    newer.exportedAt = '2026-12-01T10:00:00.000Z';
    newer.documents[0].annotations.pop();
    const dir = tempDir();
    writeFileSync(path.join(dir, 'newer.json'), JSON.stringify(newer));
    await run(runImport, ['--data-dir', dataDir, JONAS]);
    const replaced = await run(runImport, ['--data-dir', dataDir, path.join(dir, 'newer.json')]);
    expect(replaced.stdout).toContain("jonas's set: 17 annotations replace the earlier import (18)");
    const old = await run(runImport, ['--data-dir', dataDir, JONAS]);
    expect(old.code).toBe(0);
    expect(old.stderr).toContain("the store holds a newer import of jonas's set (from 2026-12-01T10:00:00.000Z)");
    expect((await store(dataDir).listColleagueSets(ARTICLE_ID)).sets[0]?.annotations).toHaveLength(17);
  });
});

describe('tagwerk import --format: other tools\' files', () => {
  const LS = path.join(REPO, 'tests/fixtures/formats/peers/labelstudio-export.json');

  it('imports a Label Studio export with each annotator kept apart, its relation stored, and says on stderr what it could not keep', async () => {
    const dataDir = tempDir();
    const result = await run(runImport, ['--data-dir', dataDir, '--annotator', 'me', '--format', 'labelstudio', LS]);
    expect(result.code).toBe(0);
    expect(lines(result.stderr)).toContain(`${LS}: warning: 1 choice (classification) not imported (first at [0].annotations[0].result[5])`);
    expect(lines(result.stderr).some((l) => l.includes('relation'))).toBe(false);
    expect(lines(result.stderr)).toHaveLength(4);
    expect(result.stdout).toContain("labelstudio-1's set: 4 annotations and 1 relation stored");
    const store = createDocumentStore({ dataDir }, { readOnly: true });
    const [meta] = (await store.listDocuments()).documents;
    const sets = meta === undefined ? [] : (await store.listColleagueSets(meta.id)).sets;
    expect(sets.map((set) => [set.annotator, set.annotations.length, set.relations.length]).sort()).toEqual([['labelstudio-1', 4, 1], ['labelstudio-2', 2, 0]]);
  });

  it('--strict refuses a file with anything Tagwerk cannot keep: exit 1, the store untouched', async () => {
    const dataDir = tempDir();
    const before = snapshotTree(dataDir);
    const result = await run(runImport, ['--data-dir', dataDir, '--annotator', 'me', '--format', 'labelstudio', '--strict', LS]);
    expect(result.code).toBe(1);
    expect(lines(result.stderr).at(-1)).toBe('Nothing was imported (--strict: the files hold what Tagwerk cannot represent).');
    expect(lines(result.stderr)[0]).toMatch(/: error: 1 prediction not imported/);
    expect(snapshotTree(dataDir)).toEqual(before);
    expect((await run(runImport, ['--data-dir', dataDir, '--strict', LS])).code).toBe(2);
  });
});

describe('tagwerk import: refusals', () => {
  it('checks every file first: one line per problem, exit 1, nothing written', async () => {
    const dataDir = tempDir();
    const bad = JSON.parse(readFileSync(path.join(REPO, JONAS), 'utf8'));
    bad.documents[0].annotations[1].text = 'DVRX';
    bad.documents[0].annotations[2].start = 99999;
    const dir = tempDir();
    writeFileSync(path.join(dir, 'bad.tagwerk.json'), JSON.stringify(bad));
    writeFileSync(path.join(dir, 'scan.pdf'), '%PDF-1.4');
    const result = await run(runImport, ['--data-dir', dataDir, CORPUS_TEXTS[0], 'bad.tagwerk.json', 'missing.txt', 'scan.pdf'], { cwd: dir });
    expect(result.code).toBe(1);
    const errors = lines(result.stderr);
    expect(errors.filter((l) => l.startsWith('bad.tagwerk.json: documents[0].annotations[1].text:'))).toHaveLength(1);
    expect(errors.filter((l) => l.startsWith('bad.tagwerk.json: documents[0].annotations[2]'))).toHaveLength(1);
    expect(errors).toContain('missing.txt: no such file or folder');
    expect(errors.some((l) => l.startsWith('scan.pdf: “scan.pdf” was not opened.'))).toBe(true);
    expect(errors).toContain(`${CORPUS_TEXTS[0]}: no such file or folder`);
    expect(errors.at(-1)).toBe('Nothing was imported (5 problems).');
    expect(result.stdout).toBe('');
    expect(snapshotTree(dataDir)).toEqual({});
  });

  it('refuses to write while the app holds the store lock, and says so', async () => {
    const dataDir = tempDir();
    const app = await acquireStoreLock(dataDir, { owner: 'app', pid: process.pid });
    if (!app.ok) throw new Error('could not take the lock for the test');
    try {
      const before = snapshotTree(dataDir);
      const result = await run(runImport, ['--data-dir', dataDir, ...CORPUS_TEXTS]);
      expect(result.code).toBe(1);
      expect(result.stderr).toMatch(/^Tagwerk is open on this data folder \(pid \d+ on .*\)\. Close the app and try again; nothing was changed\./);
      expect(result.stdout).toBe('');
      expect(snapshotTree(dataDir)).toEqual(before);
    } finally {
      await app.lock.release();
    }
    // Once the app is gone the same command works and leaves no lock behind.
    expect((await run(runImport, ['--data-dir', dataDir, ...CORPUS_TEXTS])).code).toBe(0);
    expect(existsSync(path.join(dataDir, 'tagwerk.lock'))).toBe(false);
  });

  it('exits 2 on a wrong command line and 0 with --help', async () => {
    const none = await run(runImport, ['--data-dir', tempDir()]);
    expect(none.code).toBe(2);
    expect(none.stderr).toContain('tagwerk import: missing FILE');
    expect(none.stderr).toContain('Usage: tagwerk import');
    const unknown = await run(runImport, ['--frobnicate', 'a.txt']);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain("Unknown option '--frobnicate'.");
    const noValue = await run(runImport, ['a.txt', '--data-dir']);
    expect(noValue.code).toBe(2);
    const help = await run(runImport, ['--help']);
    expect(help.code).toBe(0);
    expect(help.stdout).toMatch(/^Usage: tagwerk import/);
  });
});
