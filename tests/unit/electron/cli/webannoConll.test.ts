import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runConvert } from '../../../../electron/cli/runConvert';
import { runExport } from '../../../../electron/cli/runExport';
import { runImport } from '../../../../electron/cli/runImport';
import { parseTagwerkDataset } from '@shared/formats/tagwerkFormat';
import { JONAS, MIXED, REPO, lines, run, tempDir } from './cliTestKit';

const LAYERS = path.join(REPO, 'tests/fixtures/formats/webanno/inception/layers-emoji.tsv');

describe('tagwerk and WebAnno TSV / CoNLL', () => {
  it('lists both formats in export --help with their units', async () => {
    const help = await run(runExport, ['--help']);
    expect(help.stdout).toContain('webanno | conll');
    expect(help.stdout).toContain('webanno (UTF-16 code units)');
    expect(help.stdout).toContain('conll (tokens, no offsets; export only)');
  });

  it('converts the gold article to WebAnno TSV in INCEpTION layout and back to the same tags', async () => {
    const dir = tempDir();
    const out = await run(runConvert, ['--from', 'tagwerk', '--to', 'webanno', path.join(REPO, JONAS), 'tsv'], { cwd: dir });
    expect(out.stderr).toBe('');
    expect(out.code).toBe(0);
    expect(readdirSync(path.join(dir, 'tsv'), { recursive: true }).map(String).sort()).toEqual(['000_2010653594c6cf10.txt', path.join('000_2010653594c6cf10.txt', 'jonas.tsv')]);
    expect(readFileSync(path.join(dir, 'tsv/000_2010653594c6cf10.txt/jonas.tsv'), 'utf8')).toBe(readFileSync(path.join(REPO, 'tests/fixtures/formats/webanno/article/000_2010653594c6cf10.txt/jonas.tsv'), 'utf8'));
    const back = await run(runConvert, ['--from', 'webanno', '--to', 'tagwerk', 'tsv', 'back.json'], { cwd: dir });
    expect(back.code).toBe(0);
    const parsed = parseTagwerkDataset(readFileSync(path.join(dir, 'back.json'), 'utf8'));
    const original = parseTagwerkDataset(readFileSync(path.join(REPO, JONAS), 'utf8'));
    if (!parsed.ok || !original.ok) throw new Error('invalid');
    const spans = (d: typeof parsed.dataset) => d.documents.flatMap((doc) => doc.annotations.map((a) => `${doc.id} ${a.start}-${a.end} ${a.label} ${a.annotator}`)).sort();
    expect(spans(parsed.dataset)).toEqual(spans(original.dataset));
  });

  it('reads a single INCEpTION file with other layers: the Tag layer becomes tags, the rest is counted', async () => {
    const dir = tempDir();
    const result = await run(runConvert, ['--from', 'webanno', '--to', 'doccano', '--annotator', 'anna', LAYERS, 'out.jsonl'], { cwd: dir });
    expect(result.code).toBe(0);
    const [record] = lines(readFileSync(path.join(dir, 'out.jsonl'), 'utf8')).map((l) => JSON.parse(l) as { text: string; label: Array<[number, number, string]> });
    expect(record?.label).toEqual([[2, 8, 'actor'], [14, 24, 'date'], [25, 31, 'actor'], [37, 69, 'claim'], [55, 57, 'actor']]);
  });

  it('exports CoNLL and says on stderr which tags were widened or dropped', async () => {
    const dataDir = tempDir();
    expect((await run(runImport, ['--data-dir', dataDir, path.join(REPO, MIXED)])).code).toBe(0);
    const dir = tempDir();
    const result = await run(runExport, ['--data-dir', dataDir, '--format', 'conll', '--out', 'mixed.conll'], { cwd: dir });
    expect(result.code).toBe(0);
    expect(lines(result.stderr)).toEqual(['conll: 1 tag overlapping another without lying inside it dropped']);
    const content = readFileSync(path.join(dir, 'mixed.conll'), 'utf8');
    expect(content.match(/^-DOCSTART-\tO\tO$/gm)).toHaveLength(4);
    expect(content).toContain('Der\tB-claim\tB-actor\n');
  });

  it('refuses to read CoNLL', async () => {
    const dir = tempDir();
    await run(runConvert, ['--from', 'tagwerk', '--to', 'conll', path.join(REPO, JONAS), 'a.conll'], { cwd: dir });
    const back = await run(runConvert, ['--from', 'conll', '--to', 'tagwerk', '--annotator', 'x', 'a.conll', 'a.json'], { cwd: dir });
    expect(back.code).toBe(1);
    expect(back.stderr).toContain('CoNLL files cannot be imported');
  });
});
