import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runConvert } from '../../../../electron/cli/runConvert';
import { runExport } from '../../../../electron/cli/runExport';
import { runImport } from '../../../../electron/cli/runImport';
import { runValidate } from '../../../../electron/cli/runValidate';
import { acquireStoreLock } from '../../../../electron/node/store/storeLock';
import type { TagwerkDataset } from '@shared/formats/datasetSchema';
import { parseTagwerkDataset } from '@shared/formats/tagwerkFormat';
import { ARTICLE_ID, CORPUS_TEXTS, JONAS, MIXED, NOW, REPO, lines, run, snapshotTree, tempDir } from './cliTestKit';

/** A store with the six corpus texts, kim's tags as mine, and jonas's tags (from two files) as his set. */
async function seededStore(): Promise<string> {
  const dataDir = tempDir();
  const imported = await run(runImport, ['--data-dir', dataDir, '--annotator', 'kim', ...CORPUS_TEXTS, MIXED, JONAS]);
  if (imported.code !== 0) throw new Error(imported.stderr);
  return dataDir;
}

function readDataset(file: string): TagwerkDataset {
  const parsed = parseTagwerkDataset(readFileSync(file, 'utf8'));
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.problems));
  return parsed.dataset;
}

function fixtureAnnotations(): number {
  return [MIXED, JONAS].map((f) => readDataset(path.join(REPO, f))).reduce((n, d) => n + d.documents.reduce((m, doc) => m + doc.annotations.length, 0), 0);
}

const TEXT_FORMATS = ['tagwerk', 'doccano', 'w3c', 'labelstudio', 'spacy'] as const;

describe('tagwerk export', () => {
  it('exports every document and every annotator’s set as a valid tagwerk dataset, deterministically', async () => {
    const dataDir = await seededStore();
    const out = tempDir();
    const first = await run(runExport, ['--data-dir', dataDir, '--format', 'tagwerk', '--out', path.join(out, 'a.json')]);
    expect(first.stderr).toBe('');
    expect(first.code).toBe(0);
    const total = fixtureAnnotations();
    // Six texts: the mixed file's NFD copy of the umlaut text is stored as that text (NFC), not as a seventh document.
    expect(first.stdout).toMatch(new RegExp(`^Exported 6 documents and ${total} annotations as tagwerk to .*a\\.json \\(\\d+ bytes\\)\\.\\n$`));
    const dataset = readDataset(path.join(out, 'a.json'));
    expect(dataset.exportedAt).toBe(NOW);
    expect(dataset.annotator).toBe('tester');
    expect(dataset.labels.map((l) => l.id)).toEqual(['claim', 'quote', 'date', 'actor']);
    expect(new Set(dataset.documents.flatMap((d) => d.annotations.map((a) => a.annotator)))).toEqual(new Set(['kim', 'jonas']));
    expect(dataset.documents.find((d) => d.id === ARTICLE_ID)?.annotations).toHaveLength(18);
    expect(dataset.documents.map((d) => d.source)).toEqual([...dataset.documents.map((d) => d.source)].sort());
    const validated = await run(runValidate, [path.join(out, 'a.json')]);
    expect(validated.code).toBe(0);
    expect(validated.stdout).toContain(`valid tagwerk.dataset v2 (6 documents, ${total} annotations, 0 relations)`);
    await run(runExport, ['--data-dir', dataDir, '--format', 'tagwerk', '--out', path.join(out, 'b.json')]);
    expect(readFileSync(path.join(out, 'b.json'), 'utf8')).toBe(readFileSync(path.join(out, 'a.json'), 'utf8'));
  });

  it.each(TEXT_FORMATS)('exports %s, and converting that file to its own format gives the same bytes', async (format) => {
    const dataDir = await seededStore();
    const out = tempDir();
    const file = path.join(out, `export.${format}`);
    const exported = await run(runExport, ['--format', format, '--out', file, '--data-dir', dataDir]);
    expect(exported.code).toBe(0);
    const again = path.join(out, `again.${format}`);
    const converted = await run(runConvert, ['--from', format, '--to', format, '--annotator', 'kim', '--data-dir', dataDir, file, again]);
    expect(converted.stderr).toBe('');
    expect(converted.code).toBe(0);
    expect(readFileSync(again, 'utf8')).toBe(readFileSync(file, 'utf8'));
  });

  it('exports brat into a folder it creates: a folder per annotator with annotation.conf, a .txt and an .ann per document, and reads back the same', async () => {
    const dataDir = await seededStore();
    const folder = path.join(tempDir(), 'nested', 'brat');
    const result = await run(runExport, ['--data-dir', dataDir, '--format', 'brat', '--out', folder]);
    expect(result.code).toBe(0);
    const annotators = readdirSync(folder).sort();
    expect(annotators.length).toBeGreaterThan(1);
    const names = annotators.flatMap((a) => readdirSync(path.join(folder, a)).map((n) => path.join(a, n))).sort();
    for (const annotator of annotators) {
      const own = readdirSync(path.join(folder, annotator));
      expect(own.filter((n) => n.endsWith('.txt'))).toHaveLength(6);
      expect(own.filter((n) => n.endsWith('.ann'))).toHaveLength(6);
      expect(own).toContain('annotation.conf');
      expect(readFileSync(path.join(folder, annotator, '000_2010653594c6cf10.txt'), 'utf8')).toBe(readFileSync(path.join(REPO, CORPUS_TEXTS[0]), 'utf8'));
    }
    const again = path.join(tempDir(), 'again');
    expect((await run(runConvert, ['--from', 'brat', '--to', 'brat', '--annotator', 'kim', folder, again])).code).toBe(0);
    for (const name of names) expect(readFileSync(path.join(again, name), 'utf8')).toBe(readFileSync(path.join(folder, name), 'utf8'));
  });

  it('writes code points in doccano and in Label Studio (emoji before the spans)', async () => {
    const dataDir = await seededStore();
    const out = tempDir();
    await run(runExport, ['--data-dir', dataDir, '--format', 'tagwerk', '--document', '74b6fc5d', '--out', path.join(out, 't.json')]);
    await run(runExport, ['--data-dir', dataDir, '--format', 'doccano', '--document', '74b6fc5d', '--out', path.join(out, 'd.jsonl')]);
    await run(runExport, ['--data-dir', dataDir, '--format', 'labelstudio', '--document', '74b6fc5d', '--out', path.join(out, 'l.json')]);
    const [doc] = readDataset(path.join(out, 't.json')).documents;
    const quotes = doc?.annotations.map((a) => a.text).sort();
    const doccano = lines(readFileSync(path.join(out, 'd.jsonl'), 'utf8')).map((l) => JSON.parse(l) as { text: string; label: [number, number, string][] });
    expect(doccano.flatMap((r) => r.label.map(([s, e]) => Array.from(r.text).slice(s, e).join(''))).sort()).toEqual(quotes);
    const [task] = JSON.parse(readFileSync(path.join(out, 'l.json'), 'utf8')) as { data: { text: string }; annotations: { result: { value: { start: number; end: number; text: string } }[] }[] }[];
    const values = task?.annotations.flatMap((a) => a.result.map((r) => r.value)) ?? [];
    const points = Array.from(task?.data.text ?? '');
    expect(values.map((v) => points.slice(v.start, v.end).join('')).sort()).toEqual(quotes);
    expect(values.some((v) => (task?.data.text.slice(v.start, v.end) ?? '') !== v.text)).toBe(true);
  });

  it('filters by --document (id or hex prefix) and by --annotator, which also names the file', async () => {
    const dataDir = await seededStore();
    const out = tempDir();
    const one = await run(runExport, ['--data-dir', dataDir, '--format', 'tagwerk', '--document', 'b5314d02dded', '--out', path.join(out, 'one.json')]);
    expect(one.code).toBe(0);
    expect(readDataset(path.join(out, 'one.json')).documents.map((d) => d.id)).toEqual([ARTICLE_ID]);
    const jonas = await run(runExport, ['--data-dir', dataDir, '--format', 'tagwerk', '--annotator', 'jonas', '--out', path.join(out, 'jonas.json')]);
    expect(jonas.code).toBe(0);
    const dataset = readDataset(path.join(out, 'jonas.json'));
    expect(dataset.annotator).toBe('jonas');
    expect(dataset.documents).toHaveLength(6);
    expect(dataset.documents.flatMap((d) => d.annotations).every((a) => a.annotator === 'jonas')).toBe(true);
    const nobody = await run(runExport, ['--data-dir', dataDir, '--format', 'tagwerk', '--annotator', 'jonsa', '--out', path.join(out, 'x.json')]);
    expect(nobody.code).toBe(1);
    expect(nobody.stderr).toBe('jonsa has no annotations in the selected documents (annotators there: jonas, kim); nothing was exported.\n');
    expect(existsSync(path.join(out, 'x.json'))).toBe(false);
    const unknown = await run(runExport, ['--data-dir', dataDir, '--format', 'tagwerk', '--document', 'sha256:ffff', '--document', 'xyz', '--out', path.join(out, 'y.json')]);
    expect(unknown.code).toBe(1);
    expect(lines(unknown.stderr)).toEqual([
      '--document sha256:ffff: no such document in the store',
      '--document xyz: not a document id (sha256:<hex>, or at least 4 hex digits of it)',
    ]);
  });

  it('keeps every annotation when two annotators used the same ids: the later one is renamed and reported', async () => {
    const dataDir = await seededStore();
    const ana = readFileSync(path.join(REPO, JONAS), 'utf8').replaceAll('"jonas"', '"ana"');
    const dir = tempDir();
    writeFileSync(path.join(dir, 'ana.json'), ana);
    expect((await run(runImport, ['--data-dir', dataDir, '--annotator', 'kim', path.join(dir, 'ana.json')])).code).toBe(0);
    const result = await run(runExport, ['--data-dir', dataDir, '--format', 'tagwerk', '--document', 'b5314d02', '--out', path.join(dir, 'out.json')]);
    expect(result.code).toBe(0);
    expect(lines(result.stderr)).toHaveLength(18);
    expect(result.stderr).toContain('annotation id "jonas-001" of jonas is also used by another annotation; exported as "jonas-001~jonas"');
    const [doc] = readDataset(path.join(dir, 'out.json')).documents;
    expect(doc?.annotations).toHaveLength(36);
  });

  it('reads the store only: works while the app holds the lock and changes nothing', async () => {
    const dataDir = await seededStore();
    const app = await acquireStoreLock(dataDir, { owner: 'app', pid: process.pid });
    if (!app.ok) throw new Error('lock');
    try {
      const before = snapshotTree(dataDir);
      const result = await run(runExport, ['--data-dir', dataDir, '--format', 'spacy', '--out', path.join(tempDir(), 'x.jsonl')]);
      expect(result.code).toBe(0);
      expect(snapshotTree(dataDir)).toEqual(before);
    } finally {
      await app.lock.release();
    }
  });

  it('exits 1 on an empty store or an unwritable --out, and 2 on a wrong command line', async () => {
    const empty = await run(runExport, ['--data-dir', tempDir(), '--format', 'tagwerk', '--out', path.join(tempDir(), 'x.json')]);
    expect(empty.code).toBe(1);
    expect(empty.stderr).toMatch(/^The store in .* holds no documents; nothing was exported\./);
    const dataDir = await seededStore();
    const unwritable = await run(runExport, ['--data-dir', dataDir, '--format', 'doccano', '--out', path.join(tempDir(), 'no', 'such', 'x.jsonl')]);
    expect(unwritable.code).toBe(1);
    expect(unwritable.stderr).toMatch(/x\.jsonl: no such file or folder\n$/);
    for (const args of [['--out', 'x.json'], ['--format', 'xml', '--out', 'x.json'], ['--format', 'tagwerk'], ['--format', 'tagwerk', '--out', 'x', 'extra']]) {
      const result = await run(runExport, ['--data-dir', dataDir, ...args]);
      expect(result.code, args.join(' ')).toBe(2);
      expect(result.stderr).toContain('Usage: tagwerk export');
    }
    expect((await run(runExport, ['--format', 'xml', '--out', 'x'])).stderr).toContain('--format xml: unknown format (one of tagwerk, doccano, w3c, brat, labelstudio, spacy, webanno, conll)');
    const help = await run(runExport, ['-h']);
    expect(help.code).toBe(0);
    expect(help.stdout).toContain('--format FORMAT');
  });
});
