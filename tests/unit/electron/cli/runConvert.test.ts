import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runConvert } from '../../../../electron/cli/runConvert';
import { parseTagwerkDataset } from '@shared/formats/tagwerkFormat';
import { ARTICLE_ID, JONAS, MIXED, NOW, REPO, lines, run, tempDir } from './cliTestKit';

describe('tagwerk convert', () => {
  it('converts a tagwerk export to doccano JSONL: one line per document, code-point offsets', async () => {
    const out = path.join(tempDir(), 'jonas.jsonl');
    const result = await run(runConvert, ['--from', 'tagwerk', '--to', 'doccano', JONAS, out]);
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/^Converted 1 document and 18 annotations from tagwerk to doccano: .*jonas\.jsonl \(\d+ bytes\)\.\n$/);
    const records = lines(readFileSync(out, 'utf8')).map((l) => JSON.parse(l) as { id: string; text: string; label: [number, number, string][] });
    expect(records).toHaveLength(1);
    expect(records[0]?.id).toBe(ARTICLE_ID);
    expect(records[0]?.label).toHaveLength(18);
    expect(records[0]?.label[0]).toEqual([4, 37, 'actor']);
  });

  it('reads doccano back with each line\'s annotator, and --annotator and the clock for what doccano lacks', async () => {
    const dir = tempDir();
    await run(runConvert, ['--from', 'tagwerk', '--to', 'doccano', MIXED, path.join(dir, 'm.jsonl')]);
    const result = await run(runConvert, ['--from', 'doccano', '--to', 'tagwerk', '--annotator', 'kim', 'm.jsonl', 'm.json'], { cwd: dir });
    expect(result.code).toBe(0);
    const parsed = parseTagwerkDataset(readFileSync(path.join(dir, 'm.json'), 'utf8'));
    if (!parsed.ok) throw new Error('invalid');
    expect(parsed.dataset.annotator).toBe('kim');
    expect(parsed.dataset.exportedAt).toBe(NOW);
    expect([...new Set(parsed.dataset.documents.flatMap((d) => d.annotations.map((a) => a.annotator)))].sort()).toEqual(['jonas', 'kim']);
    const plain = path.join(dir, 'plain.jsonl');
    writeFileSync(plain, '{"text": "Kim 😀 kam.", "label": [[0, 3, "actor"]]}\n');
    expect((await run(runConvert, ['--from', 'doccano', '--to', 'tagwerk', '--annotator', 'mara', plain, path.join(dir, 'p.json')])).code).toBe(0);
    const plainBack = parseTagwerkDataset(readFileSync(path.join(dir, 'p.json'), 'utf8'));
    expect(plainBack.ok && plainBack.dataset.documents[0]?.annotations.map((a) => a.annotator)).toEqual(['mara']);
    expect(parsed.dataset.documents.map((d) => d.source)).toEqual(['m.jsonl', 'm.jsonl']);
  });

  it('reads W3C with the texts given by --text, and brat folders', async () => {
    const dir = tempDir();
    await run(runConvert, ['--from', 'tagwerk', '--to', 'w3c', JONAS, path.join(dir, 'w3c.json')]);
    const missing = await run(runConvert, ['--from', 'w3c', '--to', 'tagwerk', '--data-dir', tempDir(), 'w3c.json', 'x.json'], { cwd: dir });
    expect(missing.code).toBe(1);
    expect(missing.stderr).toContain(`no text given for document ${ARTICLE_ID}`);
    const withText = await run(runConvert, ['--from', 'w3c', '--to', 'brat', '--data-dir', tempDir(), '--text', path.join(REPO, 'tests/fixtures/corpus/000_2010653594c6cf10.txt'), 'w3c.json', 'brat'], { cwd: dir });
    expect(withText.stderr).toBe('');
    expect(withText.code).toBe(0);
    expect(readdirSync(path.join(dir, 'brat')).sort()).toEqual(['annotation.conf', 'w3c.ann', 'w3c.txt']);
    const back = await run(runConvert, ['--from', 'brat', '--to', 'spacy', '--annotator', 'jonas', 'brat', 'spacy.jsonl'], { cwd: dir });
    expect(back.code).toBe(0);
    const [record] = lines(readFileSync(path.join(dir, 'spacy.jsonl'), 'utf8')).map((l) => JSON.parse(l) as { spans: unknown[] });
    expect(record?.spans).toHaveLength(18);
  });

  it('exits 1 with one line per problem of the input, and writes nothing', async () => {
    const dir = tempDir();
    const result = await run(runConvert, ['--from', 'tagwerk', '--to', 'spacy', path.join(REPO, 'tests/fixtures/cli/broken-spans.tagwerk.json'), 'out.jsonl'], { cwd: dir });
    expect(result.code).toBe(1);
    expect(lines(result.stderr)).toHaveLength(5);
    expect(lines(result.stderr).at(-1)).toBe('Nothing was written.');
    expect(readdirSync(dir)).toEqual([]);
    const notDoccano = await run(runConvert, ['--from', 'doccano', '--to', 'tagwerk', '--annotator', 'x', JONAS, path.join(dir, 'o.json')]);
    expect(notDoccano.code).toBe(1);
    expect(notDoccano.stderr).toMatch(/^.*jonas\.tagwerk\.json: line 1/);
  });

  it('says on stderr, by kind, what a Label Studio export holds that Tagwerk cannot keep (its relation is kept), and --strict refuses it', async () => {
    const dir = tempDir();
    const input = path.join(REPO, 'tests/fixtures/formats/peers/labelstudio-export.json');
    const result = await run(runConvert, ['--from', 'labelstudio', '--to', 'tagwerk', input, 'ls.json'], { cwd: dir });
    expect(result.code).toBe(0);
    expect(lines(result.stderr)).toEqual([
      `${input}: warning: 1 prediction not imported (first at [0].predictions)`,
      `${input}: warning: 1 choice (classification) not imported (first at [0].annotations[0].result[5])`,
      `${input}: warning: 1 text area answer not imported (first at [0].annotations[1].result[2])`,
      `${input}: warning: 1 skipped (cancelled) annotation not imported (first at [0].annotations[2])`,
    ]);
    expect(result.stdout).toMatch(/^Converted 1 document and 6 annotations from labelstudio to tagwerk/);
    const written = JSON.parse(readFileSync(path.join(dir, 'ls.json'), 'utf8')) as { documents: Array<{ relations: Array<{ type: string }> }> };
    expect(written.documents[0]?.relations.map((r) => r.type)).toEqual(['source']);
    const strict = await run(runConvert, ['--from', 'labelstudio', '--to', 'tagwerk', '--strict', input, 'strict.json'], { cwd: dir });
    expect(strict.code).toBe(1);
    expect(lines(strict.stderr)[0]).toBe(`${input}: error: 1 prediction not imported (first at [0].predictions)`);
    expect(lines(strict.stderr).at(-1)).toBe('Nothing was written (--strict: the input holds what Tagwerk cannot represent).');
    expect(readdirSync(dir).sort()).toEqual(['ls.json']);
    const lossless = await run(runConvert, ['--from', 'tagwerk', '--to', 'labelstudio', '--strict', path.join(REPO, MIXED), 'mixed.json'], { cwd: dir });
    expect([lossless.code, lossless.stderr]).toEqual([0, '']);
  });

  it('counts a brat corpus\'s events, relations and attributes on stderr', async () => {
    const result = await run(runConvert, ['--from', 'brat', '--to', 'tagwerk', '--annotator', 'kim', path.join(REPO, 'tests/fixtures/formats/peers/brat-news'), path.join(tempDir(), 'b.json')]);
    expect(result.code).toBe(0);
    expect(result.stderr).toContain(': warning: 2 events not imported (first at dpa-meldung.ann line 10)\n');
    expect(result.stderr).toContain(': warning: 3 attributes not imported (first at dpa-meldung.ann line 14)\n');
  });

  it('takes the text of a urn:sha256: source from --text', async () => {
    const samples = path.join(REPO, 'tests/conformance/w3c-annotation-model/samples');
    const result = await run(runConvert, ['--from', 'w3c', '--to', 'spacy', '--data-dir', tempDir(), '--text', path.join(samples, 'text.txt'), path.join(samples, 'valid/collection.json'), path.join(tempDir(), 's.jsonl')]);
    expect([result.code, result.stderr]).toEqual([0, '']);
  });

  it('exits 2 on a wrong command line', async () => {
    for (const args of [['--to', 'doccano', 'a', 'b'], ['--from', 'tagwerk', 'a', 'b'], ['--from', 'csv', '--to', 'doccano', 'a', 'b'], ['--from', 'tagwerk', '--to', 'doccano', 'a'], ['--from', 'tagwerk', '--to', 'doccano', 'a', 'b', 'c']]) {
      const result = await run(runConvert, args);
      expect(result.code, args.join(' ')).toBe(2);
      expect(result.stderr).toContain('Usage: tagwerk convert');
    }
    expect((await run(runConvert, ['--help'])).code).toBe(0);
  });
});
