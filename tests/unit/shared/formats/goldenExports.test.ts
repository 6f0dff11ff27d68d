import { existsSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join, sep } from 'node:path';
import { describe, expect, it } from 'vitest';
import { bratFormat } from '@shared/formats/bratFormat';
import { formatEntry } from '@shared/formats/formatRegistry';
import { MIXED_FIXTURE, loadDataset, optionsFor, repoPath } from './formatTestSupport';

/**
 * The exports of the mixed fixture, reviewed once and committed, so any change to what users
 * get in a file shows up as a diff. Regenerate after an intended change with
 * TAGWERK_UPDATE_GOLDEN=1 npx vitest run tests/unit/shared/formats/goldenExports.test.ts
 */
const GOLDEN = 'tests/fixtures/formats/golden';
const FILES = { doccano: 'mixed.doccano.jsonl', w3c: 'mixed.w3c.jsonld', labelstudio: 'mixed.labelstudio.json', spacy: 'mixed.spacy.jsonl' } as const;
const update = process.env.TAGWERK_UPDATE_GOLDEN === '1';

function golden(name: string, content: string): string {
  const path = repoPath(join(GOLDEN, name));
  if (update) {
    mkdirSync(join(path, '..'), { recursive: true });
    writeFileSync(path, content);
  }
  return readFileSync(path, 'utf8');
}

describe('golden exports of the mixed fixture', () => {
  const dataset = loadDataset(MIXED_FIXTURE);

  it.each(Object.entries(FILES))('%s export is byte for byte the reviewed file, and reads back', (format, file) => {
    const entry = formatEntry(format as keyof typeof FILES);
    if (entry.output !== 'file') throw new Error(`${format} is not a file format`);
    const out = entry.adapter.serialize(dataset);
    expect(out).toBe(golden(file, out));
    expect(entry.adapter.parse(golden(file, out), optionsFor(dataset)).ok).toBe(true);
  });

  it('brat export is byte for byte the reviewed folder, and reads back', () => {
    const files = bratFormat.serialize(dataset);
    for (const f of files) expect(f.content).toBe(golden(`mixed.brat/${f.name}`, f.content));
    const dir = repoPath(join(GOLDEN, 'mixed.brat'));
    const names = existsSync(dir) ? (readdirSync(dir, { recursive: true }) as string[]).filter((name) => /\.(txt|ann|conf)$/.test(name)).map((name) => name.split(sep).join('/')) : [];
    expect(names.sort()).toEqual(files.map((f) => f.name).sort());
    const back = names.map((name) => ({ name, content: readFileSync(join(dir, name), 'utf8') }));
    expect(bratFormat.parse(back, optionsFor(dataset)).ok).toBe(true);
  });
});
