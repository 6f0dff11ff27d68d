import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import iconv from 'iconv-lite';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../../../electron/cli/runCli';
import { runSuggest } from '../../../../electron/cli/runSuggest';
import { createAssistMemory } from '../../../../electron/node/assist/createAssistMemory';
import { rejectedFilePath } from '../../../../electron/node/assist/rejectedFile';
import { createDocumentStore } from '../../../../electron/node/store/createDocumentStore';
import { storeTagged } from '../node/assist/storeTagged';
import { parseTagwerkDataset } from '@shared/formats/tagwerkFormat';
import { documentIdOf } from '@shared/text/documentId';
import { codePointSlice } from '@shared/text/offsetConverter';
import { ARTICLE_ID, CORPUS_TEXTS, NOW, run, snapshotTree, tempDir } from './cliTestKit';

function parsed(json: string) {
  const result = parseTagwerkDataset(json);
  if (!result.ok) throw new Error(JSON.stringify(result.problems));
  return result.dataset;
}


/** One sentence (numbered, so each file is its own document) in every encoding the app opens (the Windows one without the emoji it cannot hold), and in NFD. */
const sentence = (n: number) => `„Das Sondervermögen reicht nicht“, sagte Anna Krüger am Dienstag in Köln 😀 (Meldung ${n}).\n`;
const ENCODED: readonly (readonly [string, Buffer])[] = [
  ['utf8.txt', Buffer.from(sentence(1), 'utf8')],
  ['utf8-bom.txt', Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(sentence(2), 'utf8')])],
  ['utf16le-bom.txt', Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(sentence(3), 'utf16le')])],
  ['utf16be-bom.txt', Buffer.concat([Buffer.from([0xfe, 0xff]), Buffer.from(sentence(4), 'utf16le').swap16()])],
  ['cp1252.txt', iconv.encode(sentence(5).replace(' 😀', ''), 'windows-1252')],
  ['nfd.txt', Buffer.from(sentence(6).normalize('NFD'), 'utf8')],
];

describe('tagwerk suggest', () => {
  it('writes a valid v2 dataset for texts in every encoding the app opens, decoded and canonical as the app has them', async () => {
    const dir = tempDir();
    const out = path.join(dir, 'suggestions.tagwerk.json');
    const result = await run(runSuggest, ['--out', out, ...CORPUS_TEXTS]);
    expect(result.code).toBe(0);
    expect(result.stdout).toBe('');
    expect(result.stderr).toMatch(/^Suggested \d+ annotations and \d+ source relations in 6 documents: .*suggestions\.tagwerk\.json\.\n$/);
    const dataset = parsed(readFileSync(out, 'utf8'));
    expect(dataset.version).toBe(2);
    expect(dataset.annotator).toBe('tagwerk-suggest');
    expect(dataset.exportedAt).toBe(NOW);
    expect(dataset.documents.map((d) => d.source)).toEqual(CORPUS_TEXTS.map((f) => path.basename(f)));
    expect(dataset.documents[0]?.id).toBe(ARTICLE_ID);
    for (const doc of dataset.documents) {
      expect(doc.id).toBe(documentIdOf(doc.text));
      expect(doc.text).toBe(doc.text.normalize('NFC'));
      for (const a of doc.annotations) {
        expect(a).toMatchObject({ annotator: 'tagwerk-suggest', origin: 'assist' });
        expect(codePointSlice(doc.text, a.start, a.end)).toBe(a.text);
      }
    }
    const cp1252 = dataset.documents[2];
    expect(cp1252?.annotations.some((a) => a.label === 'quote' && a.text === '„Wir stehen geschlossen zusammen“')).toBe(true);
    const relations = dataset.documents.flatMap((d) => (d.relations ?? []).map((r) => [d.annotations.find((a) => a.id === r.from)?.label, r.type, d.annotations.find((a) => a.id === r.to)?.label]));
    expect(relations.length).toBeGreaterThan(0);
    for (const relation of relations) expect(relation).toEqual(['quote', 'source', 'actor']);
  });

  it('prints the dataset on stdout without --out, under the annotator --annotator names, with the same ids every run', async () => {
    const text = path.join(tempDir(), 'zitat.txt');
    writeFileSync(text, Buffer.from('\ufeff„Wir bleiben dabei“, sagte Ministerin Anna Krüger am Dienstag 😀.\r\n', 'utf16le'));
    const first = await run(runSuggest, ['--annotator', 'assist-bot', text]);
    const second = await run(runSuggest, ['--annotator', 'assist-bot', text]);
    expect(first.code).toBe(0);
    expect(second.stdout).toBe(first.stdout);
    const dataset = parsed(first.stdout);
    const [doc] = dataset.documents;
    expect(doc?.annotations.map((a) => [a.label, a.text, a.annotator])).toEqual([
      ['quote', '„Wir bleiben dabei“', 'assist-bot'],
      ['actor', 'Anna Krüger', 'assist-bot'],
      ['date', 'am Dienstag', 'assist-bot'],
    ]);
    expect(doc?.relations).toEqual([{ id: expect.any(String), type: 'source', from: doc?.annotations[0]?.id, to: doc?.annotations[1]?.id, annotator: 'assist-bot' }]);
  });

  it('--store imports the suggestions as the suggest annotator\'s set, to be reviewed like a colleague\'s', async () => {
    const dataDir = tempDir();
    const result = await run(runSuggest, ['--store', '--data-dir', dataDir, CORPUS_TEXTS[0]]);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain(ARTICLE_ID);
    const store = createDocumentStore({ dataDir }, { readOnly: true });
    const { sets } = await store.listColleagueSets(ARTICLE_ID);
    expect(sets.map((s) => s.annotator)).toEqual(['tagwerk-suggest']);
    expect(sets[0]?.annotations.length).toBeGreaterThan(5);
    expect(sets[0]?.annotations.every((a) => a.origin === 'assist')).toBe(true);
  });

  it('--store adds each text as `tagwerk import` does: its file\'s name and detected encoding are kept (windows-1252, UTF-16, NFD UTF-8)', async () => {
    const dataDir = tempDir();
    const dir = tempDir();
    const files = ENCODED.filter(([name]) => ['cp1252.txt', 'utf16le-bom.txt', 'nfd.txt'].includes(name)).map(([name, bytes]) => {
      writeFileSync(path.join(dir, name), bytes);
      return path.join(dir, name);
    });
    const result = await run(runSuggest, ['--store', '--data-dir', dataDir, ...files]);
    expect(result.code).toBe(0);
    const store = createDocumentStore({ dataDir }, { readOnly: true });
    const ids = [...result.stdout.matchAll(/^(sha256:[0-9a-f]{64})\s+\S+\s+\d+ characters\s+added\s+(\S+)$/gmu)].map((m) => [m[1] ?? '', m[2] ?? ''] as const);
    expect(ids.map(([, file]) => file)).toEqual(files);
    const metas = await Promise.all(ids.map(async ([id]) => (await store.getDocument(id)).meta));
    expect(metas.map((m) => [m.encoding.toLowerCase(), m.source])).toEqual([
      ['utf-16le', 'utf16le-bom.txt'],
      ['windows-1252', 'cp1252.txt'],
      ['utf-8', 'nfd.txt'],
    ]);
    expect((await store.listColleagueSets(ids[0]?.[0] ?? '')).sets.map((s) => s.annotator)).toEqual(['tagwerk-suggest']);
  });

  it('--store keeps the suggested quote sources as relations of that set', async () => {
    const dataDir = tempDir();
    const text = path.join(tempDir(), 'zitat.txt');
    writeFileSync(text, '„Wir bleiben dabei“, sagte Ministerin Anna Kru\u0308ger am Dienstag 😀.\n');
    const result = await run(runSuggest, ['--store', '--data-dir', dataDir, text]);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('3 annotations and 1 relation stored');
    const store = createDocumentStore({ dataDir }, { readOnly: true });
    const id = /^sha256:[0-9a-f]{64}/.exec(result.stdout)?.[0] ?? '';
    const [set] = (await store.listColleagueSets(id)).sets;
    const textOf = (annotationId: string) => set?.annotations.find((a) => a.id === annotationId)?.text;
    expect(set?.relations.map((r) => [textOf(r.from), r.type, textOf(r.to)])).toEqual([['„Wir bleiben dabei“', 'source', 'Anna Krüger']]);
  });

  it('--learned-from-store suggests the strings the store\'s annotator tagged anywhere, never a rejected one nor over their own tag, in every encoding the app opens', async () => {
    const dataDir = tempDir();
    const store = createDocumentStore({ dataDir });
    await store.init();
    await storeTagged(store, 'Das Sondervermögen wächst weiter.', [['claim', 'Sondervermögen']], 'tester');
    const köln = 'Köln ist eine Stadt am Rhein, sagte Anna Krüger.';
    await storeTagged(store, köln, [['actor', 'Anna Krüger']], 'tester');
    await store.flush();
    const memory = createAssistMemory({ dataDir });
    await memory.setRejected('tester', { label: 'date', text: 'am Dienstag' }, true);
    await memory.flush();
    const dir = tempDir();
    const files = ENCODED.map(([name, bytes]) => {
      writeFileSync(path.join(dir, name), bytes);
      return path.join(dir, name);
    });
    writeFileSync(path.join(dir, 'koeln.txt'), köln);
    const before = snapshotTree(dataDir);

    const plain = await run(runSuggest, [...files]);
    const learned = await run(runSuggest, ['--learned-from-store', '--data-dir', dataDir, ...files, path.join(dir, 'koeln.txt')]);
    expect(learned.code).toBe(0);
    expect(learned.stderr).toMatch(/^Learned from the store: 2 strings tester tagged, 1 rejection\.\n/);
    expect(snapshotTree(dataDir)).toEqual(before);
    const labelled = (json: string) => parsed(json).documents.map((d) => d.annotations.map((a) => [a.label, a.text.normalize('NFC')]));
    for (const [k, doc] of labelled(plain.stdout).entries()) {
      expect(doc, ENCODED[k]?.[0]).not.toContainEqual(['claim', 'Sondervermögen']);
      expect(doc, ENCODED[k]?.[0]).toContainEqual(['date', 'am Dienstag']);
    }
    const withStore = labelled(learned.stdout);
    for (const [k, doc] of withStore.slice(0, ENCODED.length).entries()) {
      expect(doc, ENCODED[k]?.[0]).toContainEqual(['claim', 'Sondervermögen']);
      expect(doc, ENCODED[k]?.[0]).toContainEqual(['actor', 'Anna Krüger']);
      expect(doc, ENCODED[k]?.[0]).not.toContainEqual(['date', 'am Dienstag']);
    }
    // The stored text itself: its own tag is not suggested again.
    expect(withStore.at(-1)).not.toContainEqual(['actor', 'Anna Krüger']);
  });

  it.each([
    ['no text file', [], 2, /missing TEXTFILE/],
    ['a file that does not exist', ['tests/fixtures/corpus/nope.txt'], 1, /nope\.txt.*\nNothing was written \(1 problem\)\.\n$/s],
    ['an empty annotator', ['--annotator', ' ', CORPUS_TEXTS[0]], 2, /--annotator must be 1 to 200 characters/],
  ])('refuses %s with a clear message and writes nothing', async (_name, args, code, message) => {
    const dir = tempDir();
    const before = snapshotTree(dir);
    const result = await run(runSuggest, ['--out', path.join(dir, 'out.json'), ...args]);
    expect(result.code).toBe(code);
    expect(result.stderr).toMatch(message);
    expect(snapshotTree(dir)).toEqual(before);
    expect(existsSync(path.join(dir, 'out.json'))).toBe(false);
  });

  it.each([
    ['the same UTF-8 file twice', Buffer.from(sentence(7), 'utf8'), Buffer.from(sentence(7), 'utf8')],
    ['UTF-8 and UTF-16 LE with BOM (emoji 😀)', Buffer.from(sentence(8), 'utf8'), Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(sentence(8), 'utf16le')])],
    ['UTF-8 with BOM and windows-1252', Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(sentence(9).replace(' 😀', ''), 'utf8')]), iconv.encode(sentence(9).replace(' 😀', ''), 'windows-1252')],
    ['NFC and NFD umlauts', Buffer.from(sentence(10), 'utf8'), Buffer.from(sentence(10).normalize('NFD'), 'utf8')],
  ])('two files with the same text (%s) give one document, with a note naming the duplicate file', async (_name, firstBytes, secondBytes) => {
    const dir = tempDir();
    const [first, second, other] = ['a.txt', 'b.txt', 'c.txt'].map((name) => path.join(dir, name)) as [string, string, string];
    writeFileSync(first, firstBytes);
    writeFileSync(second, secondBytes);
    writeFileSync(other, Buffer.from(sentence(11), 'utf8'));
    const result = await run(runSuggest, [first, second, other]);
    expect(result.code).toBe(0);
    const dataset = parsed(result.stdout);
    expect(dataset.documents.map((d) => d.source)).toEqual(['a.txt', 'c.txt']);
    expect(dataset.documents[0]?.annotations.map((a) => a.label)).toContain('actor');
    expect(result.stderr).toContain(`${second}: the same text as ${first} (document ${dataset.documents[0]?.id}); its suggestions are in the dataset once, under a.txt.\n`);
    expect(result.stderr).toMatch(/Suggested \d+ annotations and \d+ source relations? in 2 documents\.\n$/);
    expect(result.stderr).not.toMatch(/please report/);
  });

  it('--learned-from-store leaves a damaged rejections file byte for byte as it is, names it on stderr and suggests without rejections', async () => {
    const dataDir = tempDir();
    const memory = createAssistMemory({ dataDir });
    await memory.setRejected('tester', { label: 'date', text: 'am Dienstag' }, true);
    await memory.flush();
    const file = rejectedFilePath(dataDir, 'tester');
    writeFileSync(file, '{"format": "tagwerk.rejected", "rejected": [ 😀 Kö');
    const before = snapshotTree(dataDir);
    const bytes = readFileSync(file);
    const dir = tempDir();
    writeFileSync(path.join(dir, 'a.txt'), sentence(12).normalize('NFD'));

    const result = await run(runSuggest, ['--learned-from-store', '--data-dir', dataDir, path.join(dir, 'a.txt')]);
    expect(result.code).toBe(0);
    expect(result.stderr).toContain(`${file}: the rejections file is damaged; suggesting without these rejections.`);
    expect(result.stderr).toMatch(/Learned from the store: 0 strings tester tagged, 0 rejections\.\n/);
    expect(readFileSync(file).equals(bytes)).toBe(true);
    expect(snapshotTree(dataDir)).toEqual(before);
    const [doc] = parsed(result.stdout).documents;
    expect(doc?.annotations.map((a) => [a.label, a.text.normalize('NFC')])).toContainEqual(['date', 'am Dienstag']);
  });

  it('is listed in the top-level help', async () => {
    const result = await run(runCli, ['--help']);
    expect(result.stdout).toContain('suggest [--out FILE] [--annotator NAME] [--learned-from-store] [--store] TEXTFILE…');
  });
});
