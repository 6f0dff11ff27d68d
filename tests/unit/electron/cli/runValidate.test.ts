import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runValidate } from '../../../../electron/cli/runValidate';
import { JONAS, lines, run, tempDir } from './cliTestKit';

const SPANS = 'tests/fixtures/cli/broken-spans.tagwerk.json';
const SHAPE = 'tests/fixtures/cli/broken-shape.tagwerk.json';

describe('tagwerk validate', () => {
  it('accepts a valid export (exit 0, a summary on stdout)', async () => {
    const result = await run(runValidate, [JONAS]);
    expect(result).toEqual({ code: 0, stdout: `${JONAS}: valid tagwerk.dataset v1 (1 document, 18 annotations)\n`, stderr: '' });
  });

  it('accepts a version 2 export with relations and counts them; a broken relation is one line with its path', async () => {
    const RELATIONS = 'tests/fixtures/formats/relations.tagwerk.json';
    expect((await run(runValidate, [RELATIONS])).stdout).toBe(`${RELATIONS}: valid tagwerk.dataset v2 (2 documents, 15 annotations, 7 relations)\n`);
    const dir = tempDir();
    const json = JSON.parse(readFileSync(RELATIONS, 'utf8')) as { documents: Array<{ relations: Array<{ type: string }> }> };
    const first = json.documents[1]?.relations[0];
    if (first) first.type = 'source';
    writeFileSync(path.join(dir, 'bad.json'), JSON.stringify(json));
    const result = await run(runValidate, ['bad.json'], { cwd: dir });
    expect(result.code).toBe(1);
    expect(lines(result.stderr)).toEqual([expect.stringMatching(/^bad\.json: documents\[1\]\.relations\[0\]\.type: document sha256:187919de\w+ relation "kim-r102": relation type source does not allow quote → date/)]);
  });

  it('reports every span problem on its own line: wrong id, misquoted span, undeclared label, span past the end', async () => {
    const result = await run(runValidate, [SPANS]);
    expect(result.code).toBe(1);
    expect(result.stdout).toBe('');
    const problems = lines(result.stderr);
    expect(problems).toHaveLength(4);
    expect(problems.every((l) => l.startsWith(`${SPANS}: documents[0].`))).toBe(true);
    expect(problems.some((l) => l.includes('is not the sha256 of its text'))).toBe(true);
    expect(problems.some((l) => l.includes('annotations[1].text:') && l.includes('span 22..31 reads "am Montag" but the annotation quotes "am Montaag"'))).toBe(true);
    expect(problems.some((l) => l.includes('label "person" is not in "labels"'))).toBe(true);
    expect(problems.some((l) => l.includes('annotations[3].end:') && l.includes('span 33..40 is not a non-empty range within 0..38'))).toBe(true);
  });

  it('reports shape problems with their JSON paths', async () => {
    const result = await run(runValidate, [SHAPE]);
    expect(result.code).toBe(1);
    expect(lines(result.stderr)).toEqual([
      `${SHAPE}: version: must be 1 or 2`,
      `${SHAPE}: exportedAt: is required`,
      `${SHAPE}: annotator: must not be empty`,
      `${SHAPE}: documents[0].annotations[0].start: must be of type number`,
      `${SHAPE}: documents[0].annotations[0].annotator: is required`,
    ]);
  });

  it('exits 1 for a file that is missing, not JSON or not UTF-8, checking every file given', async () => {
    const dir = tempDir();
    writeFileSync(path.join(dir, 'trunc.json'), '{"format": "tagwerk.dataset", ');
    writeFileSync(path.join(dir, 'latin1.json'), Buffer.from([0x7b, 0x22, 0xe4, 0x22, 0x7d]));
    const result = await run(runValidate, ['trunc.json', 'latin1.json', 'gone.json', path.resolve(JONAS)], { cwd: dir });
    expect(result.code).toBe(1);
    const problems = lines(result.stderr);
    expect(problems).toHaveLength(3);
    expect(problems[0]).toMatch(/^trunc\.json: /);
    expect(problems[1]).toBe('latin1.json: is not UTF-8 text (dataset files are UTF-8)');
    expect(problems[2]).toBe('gone.json: no such file or folder');
    expect(result.stdout).toContain('valid tagwerk.dataset v1');
  });

  it('exits 2 without a file, 0 with --help', async () => {
    expect((await run(runValidate, [])).code).toBe(2);
    expect((await run(runValidate, ['--strict', JONAS])).code).toBe(2);
    const help = await run(runValidate, ['--help']);
    expect(help.code).toBe(0);
    expect(help.stdout).toMatch(/^Usage: tagwerk validate FILE…/);
  });
});
