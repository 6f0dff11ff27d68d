import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runAgreement } from '../../../../electron/cli/runAgreement';
import type { TagwerkDataset } from '@shared/formats/datasetSchema';
import { parseTagwerkDataset, serializeTagwerkDataset } from '@shared/formats/tagwerkFormat';
import { JONAS, MIXED, REPO, lines, run, tempDir } from './cliTestKit';

const LABELS = ['claim', 'quote', 'date', 'actor'] as const;

function load(relative: string): TagwerkDataset {
  const parsed = parseTagwerkDataset(readFileSync(path.join(REPO, relative), 'utf8'));
  if (!parsed.ok) throw new Error(relative);
  return parsed.dataset;
}

/**
 * Jonas's file changed in four ways (the article is BMP-only, so JS indices are code points):
 * DVRK actor -> claim; "Wladimir Putin" (278..292) narrowed to "Putin" (287..292); the date
 * "19. Juni 2024" removed; a new date "am vergangenen Samstag" (641..663), overlapping no date of A.
 */
function modifiedJonas(): TagwerkDataset {
  const dataset = structuredClone(load(JONAS));
  const doc = dataset.documents[0];
  if (doc === undefined) throw new Error('no document');
  const text = doc.text;
  expect(Array.from(text)).toHaveLength(text.length);
  const byId = (id: string) => doc.annotations.find((a) => a.id === id) ?? expect.unreachable(id);
  byId('jonas-002').label = 'claim';
  Object.assign(byId('jonas-006'), { start: 287, text: text.slice(287, 292) });
  doc.annotations = doc.annotations.filter((a) => a.id !== 'jonas-010');
  const start = text.indexOf('am vergangenen Samstag');
  expect(start).toBe(641);
  doc.annotations.push({ id: 'b-new', label: 'date', start, end: start + 22, text: text.slice(start, start + 22), annotator: 'jonas' });
  return dataset;
}

/** Jonas's file as version 2 with relations between his tags; `rename` gives B its own ids (ids never decide a match). */
function withRelations(relations: Array<[string, string, string]>, rename = ''): TagwerkDataset {
  const dataset = structuredClone(load(JONAS));
  const doc = dataset.documents[0] ?? expect.unreachable('no document');
  for (const a of doc.annotations) a.id = `${rename}${a.id}`;
  return {
    ...dataset,
    version: 2,
    relationTypes: [
      { id: 'source', name: 'Source', from: ['quote', 'claim'], to: ['actor'] },
      { id: 'target', name: 'Target', from: ['claim'], to: ['actor'] },
      { id: 'time', name: 'Time', from: ['claim', 'quote'], to: ['date'] },
    ],
    documents: [{ ...doc, relations: relations.map(([type, from, to], i) => ({ id: `${rename}r${i}`, type, from: `${rename}${from}`, to: `${rename}${to}`, annotator: 'jonas' })) }],
  } as TagwerkDataset;
}

function write(dir: string, name: string, dataset: TagwerkDataset): string {
  const file = path.join(dir, name);
  writeFileSync(file, serializeTagwerkDataset(dataset));
  return file;
}

/** Cohen's kappa per label straight from the definition: non-whitespace code points, covered or not. */
function naiveKappa(text: string, a: TagwerkDataset['documents'][number]['annotations'], b: typeof a, label: string): number {
  const chars = Array.from(text);
  const covered = (spans: typeof a, i: number) => spans.some((s) => s.label === label && s.start <= i && i < s.end);
  let n = 0, agree = 0, a1 = 0, b1 = 0;
  chars.forEach((ch, i) => {
    if (/\s/.test(ch)) return;
    const x = covered(a, i), y = covered(b, i);
    n++;
    if (x === y) agree++;
    if (x) a1++;
    if (y) b1++;
  });
  const po = agree / n;
  const pe = (a1 / n) * (b1 / n) + (1 - a1 / n) * (1 - b1 / n);
  return pe === 1 ? 1 : (po - pe) / (1 - pe);
}

type Report = {
  exactSpan: { perLabel: Record<string, { tp: number; nA: number; nB: number; precision: number | null; recall: number | null; f1: number | null }>; micro: { tp: number; nA: number; nB: number; precision: number | null; recall: number | null; f1: number | null } };
  overlap: Report['exactSpan'];
  charKappa: { positions: number; perLabel: Record<string, { kappa: number | null }> };
  relations: { perType: Report['exactSpan']['perLabel']; micro: Report['exactSpan']['micro'] };
  documents?: Array<{ id: string; title: string } & Omit<Report, 'documents'>>;
};

describe('tagwerk agreement', () => {
  it('gives 1.0 everywhere for the jonas file against itself, in exactly the issue-7 JSON shape', async () => {
    const result = await run(runAgreement, [JONAS, JONAS, '--json']);
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    const report = JSON.parse(result.stdout) as Report;
    expect(Object.keys(report)).toEqual(['exactSpan', 'overlap', 'charKappa', 'relations']);
    for (const metric of [report.exactSpan, report.overlap]) {
      expect(Object.keys(metric.perLabel)).toEqual([...LABELS]);
      for (const scores of [...Object.values(metric.perLabel), metric.micro]) {
        expect(Object.keys(scores)).toEqual(['tp', 'nA', 'nB', 'precision', 'recall', 'f1']);
        expect([scores.precision, scores.recall, scores.f1]).toEqual([1, 1, 1]);
      }
      expect(metric.micro).toMatchObject({ tp: 18, nA: 18, nB: 18 });
    }
    expect(Object.keys(report.charKappa)).toEqual(['positions', 'perLabel']);
    expect(Object.values(report.charKappa.perLabel).map((k) => k.kappa)).toEqual([1, 1, 1, 1]);
    const text = load(JONAS).documents[0]?.text ?? '';
    expect(report.charKappa.positions).toBe(Array.from(text).filter((c) => !/\s/.test(c)).length);
  });

  it('matches the hand computation against a modified copy (relabel, narrowed span, removed and added span)', async () => {
    const dir = tempDir();
    const b = write(dir, 'b.json', modifiedJonas());
    const result = await run(runAgreement, [JONAS, b, '--json']);
    expect(result.code).toBe(0);
    const report = JSON.parse(result.stdout) as Report;
    const exact = report.exactSpan.perLabel;
    expect(exact.claim).toEqual({ tp: 2, nA: 2, nB: 3, precision: 2 / 3, recall: 1, f1: 4 / 5 });
    expect(exact.quote).toEqual({ tp: 2, nA: 2, nB: 2, precision: 1, recall: 1, f1: 1 });
    expect(exact.date).toEqual({ tp: 4, nA: 5, nB: 5, precision: 4 / 5, recall: 4 / 5, f1: 4 / 5 });
    expect(exact.actor).toEqual({ tp: 7, nA: 9, nB: 8, precision: 7 / 8, recall: 7 / 9, f1: 14 / 17 });
    expect(report.exactSpan.micro).toEqual({ tp: 15, nA: 18, nB: 18, precision: 15 / 18, recall: 15 / 18, f1: 15 / 18 });
    // Overlap: the narrowed Putin still overlaps; nothing else changes.
    expect(report.overlap.perLabel.actor).toEqual({ tp: 8, nA: 9, nB: 8, precision: 1, recall: 8 / 9, f1: 16 / 17 });
    expect(report.overlap.micro).toMatchObject({ tp: 16, nA: 18, nB: 18 });
    const a = load(JONAS).documents[0];
    const m = modifiedJonas().documents[0];
    for (const label of LABELS) {
      expect(report.charKappa.perLabel[label]?.kappa).toBeCloseTo(naiveKappa(a?.text ?? '', a?.annotations ?? [], m?.annotations ?? [], label), 12);
    }
    expect(report.charKappa.perLabel.quote?.kappa).toBe(1);
    expect(report.charKappa.perLabel.claim?.kappa).toBeLessThan(1);
  });

  it('scores relations under "relations": a match needs the type and both ends (span and label), never the ids', async () => {
    const dir = tempDir();
    const a = write(dir, 'a.json', withRelations([['source', 'jonas-018', 'jonas-017'], ['source', 'jonas-011', 'jonas-006'], ['time', 'jonas-014', 'jonas-016']]));
    // B: the first the same under other ids, the second retyped is impossible for a quote, so B points it elsewhere; no time; one target more.
    const b = write(dir, 'b.json', withRelations([['source', 'jonas-018', 'jonas-017'], ['source', 'jonas-011', 'jonas-007'], ['target', 'jonas-018', 'jonas-017']], 'b-'));
    const result = await run(runAgreement, [a, b, '--json']);
    expect(result.stderr).toBe('');
    const report = JSON.parse(result.stdout) as Report;
    expect(report.relations.perType).toEqual({
      source: { tp: 1, nA: 2, nB: 2, precision: 0.5, recall: 0.5, f1: 0.5 },
      target: { tp: 0, nA: 0, nB: 1, precision: 0, recall: null, f1: 0 },
      time: { tp: 0, nA: 1, nB: 0, precision: null, recall: 0, f1: 0 },
    });
    expect(report.relations.micro).toEqual({ tp: 1, nA: 3, nB: 3, precision: 1 / 3, recall: 1 / 3, f1: 1 / 3 });
    const table = await run(runAgreement, [a, b]);
    expect(lines(table.stdout).find((l) => l.startsWith('source'))?.split(/\s+/)).toEqual(['source', '2', '2', '0.500', '0.500', '0.500']);
  });

  it('--without-assist leaves out on both sides the tags accepted from the assist and the relations touching them', async () => {
    const dir = tempDir();
    const assisted = (dataset: TagwerkDataset, id: string): TagwerkDataset => {
      const doc = dataset.documents[0] ?? expect.unreachable('no document');
      Object.assign(doc.annotations.find((x) => x.id === id) ?? expect.unreachable(id), { origin: 'assist' });
      return dataset;
    };
    // A accepted the actor "Wassili Nebensja" (jonas-017) from the assist and made the source relation to it; B tagged it
    // by hand but accepted the date "19. Juni 2024" (jonas-010) from the assist.
    const a = write(dir, 'a.json', assisted(withRelations([['source', 'jonas-018', 'jonas-017']]), 'jonas-017'));
    const b = write(dir, 'b.json', assisted(withRelations([['source', 'jonas-018', 'jonas-017']], 'b-'), 'b-jonas-010'));
    const all = JSON.parse((await run(runAgreement, [a, b, '--json'])).stdout) as Report;
    expect(all.exactSpan.micro).toMatchObject({ tp: 18, nA: 18, nB: 18 });
    expect(all.relations.micro).toMatchObject({ tp: 1, nA: 1, nB: 1 });
    const result = await run(runAgreement, [a, b, '--json', '--without-assist']);
    expect(result.code).toBe(0);
    expect(result.stderr).toBe(`note: left out the annotations accepted from the assist: 1 annotation in ${a}, 1 annotation in ${b}\n`);
    const own = JSON.parse(result.stdout) as Report;
    expect(own.exactSpan.micro).toMatchObject({ tp: 16, nA: 17, nB: 17 });
    expect(own.exactSpan.perLabel.actor).toMatchObject({ tp: 8, nA: 8, nB: 9 });
    expect(own.exactSpan.perLabel.date).toMatchObject({ tp: 4, nA: 5, nB: 4 });
    expect(own.relations.micro).toMatchObject({ tp: 0, nA: 0, nB: 1 });
    const table = await run(runAgreement, [a, b, '--without-assist']);
    expect(lines(table.stdout).find((l) => l.startsWith('micro'))?.split(/\s+/).slice(0, 3)).toEqual(['micro', '17', '17']);
  });

  it('prints a table by default, naming the reference and the units', async () => {
    const dir = tempDir();
    const b = write(dir, 'b.json', modifiedJonas());
    const result = await run(runAgreement, [JONAS, b]);
    expect(result.code).toBe(0);
    const out = lines(result.stdout);
    expect(out[0]).toContain('(A, the reference): 1 document compared');
    expect(out[1]).toMatch(/^label\s+A\s+B\s+exact P\s+R\s+F1\s+overlap P\s+R\s+F1\s+kappa$/);
    expect(out.find((l) => l.startsWith('claim'))?.split(/\s+/).slice(0, 6)).toEqual(['claim', '2', '3', '0.667', '1.000', '0.800']);
    expect(out.find((l) => l.startsWith('micro'))?.split(/\s+/)).toEqual(['micro', '18', '18', '0.833', '0.833', '0.833', '0.889', '0.889', '0.889']);
    expect(result.stdout).toContain('Unicode code points');
  });

  it('over a corpus: documents matched by id, counts summed, per-document figures on request', async () => {
    const dir = tempDir();
    const mixed = load(MIXED);
    const emoji = mixed.documents[0];
    if (emoji === undefined) throw new Error('fixture');
    const kimOnly = { ...emoji, annotations: emoji.annotations.filter((x) => x.annotator === 'kim') };
    const jonas = load(JONAS);
    const a = write(dir, 'a.json', { ...jonas, documents: [...jonas.documents, kimOnly] });
    const modified = modifiedJonas();
    const onlyB = mixed.documents[1];
    if (onlyB === undefined) throw new Error('fixture');
    const b = write(dir, 'b.json', { ...modified, documents: [kimOnly, ...modified.documents, onlyB] });
    const result = await run(runAgreement, [a, b, '--json', '--per-document']);
    expect(result.code).toBe(0);
    expect(result.stderr).toContain(`note: ${onlyB.id} (${onlyB.title}) is only in ${b}; not compared`);
    expect(result.stderr).toContain(`holds annotations by jonas, kim; they are compared as one set`);
    const report = JSON.parse(result.stdout) as Report;
    const n = kimOnly.annotations.length;
    expect(report.exactSpan.micro).toMatchObject({ tp: 15 + n, nA: 18 + n, nB: 18 + n });
    expect(report.documents?.map((d) => d.id)).toEqual([jonas.documents[0]?.id, emoji.id]);
    expect(report.documents?.[0]?.exactSpan.micro).toEqual({ tp: 15, nA: 18, nB: 18, precision: 15 / 18, recall: 15 / 18, f1: 15 / 18 });
    expect(report.documents?.[1]?.exactSpan.micro.f1).toBe(1);
    const single = JSON.parse((await run(runAgreement, [JONAS, write(dir, 'c.json', modified), '--json'])).stdout) as Report;
    expect(report.charKappa.positions).toBe(single.charKappa.positions + Array.from(emoji.text).filter((c) => !/\s/.test(c)).length);
    const table = await run(runAgreement, [a, b]);
    expect(table.stdout).toContain('All 2 documents');
  });

  it('exits 1 for invalid files or no shared document, 2 on a wrong command line', async () => {
    const bad = await run(runAgreement, [JONAS, 'tests/fixtures/cli/broken-spans.tagwerk.json']);
    expect(bad.code).toBe(1);
    expect(lines(bad.stderr)).toHaveLength(4);
    const disjoint = await run(runAgreement, [JONAS, MIXED]);
    expect(disjoint.code).toBe(1);
    expect(disjoint.stderr).toContain('have no document in common');
    expect((await run(runAgreement, [JONAS])).code).toBe(2);
    expect((await run(runAgreement, [JONAS, JONAS, JONAS])).code).toBe(2);
    expect((await run(runAgreement, [JONAS, JONAS, '--csv'])).code).toBe(2);
    expect((await run(runAgreement, ['--help'])).stdout).toMatch(/^Usage: tagwerk agreement A\.json B\.json/);
  });
});
