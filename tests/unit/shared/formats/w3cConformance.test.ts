import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { DatasetAnnotation, TagwerkDataset } from '@shared/formats/datasetSchema';
import { validateTagwerkDataset } from '@shared/formats/validateTagwerkDataset';
import { serializeW3c } from '@shared/formats/w3cFormat';
import { codePointLength } from '@shared/text/offsetConverter';
import { MIXED_FIXTURE, PYTHON, loadDataset, pythonMissing, repoPath } from './formatTestSupport';

const CHECKER = repoPath('tests/conformance/w3c-annotation-model/check-w3c.py');
const ARTICLE = repoPath('tests/fixtures/corpus/000_2010653594c6cf10.txt');

/** Runs the WPT-based checker on a W3C export; returns its exit code and the closing count line. */
function check(json: string, textFile?: string): { status: number | null; summary: string; failures: string[] } {
  const file = join(mkdtempSync(join(tmpdir(), 'tagwerk-w3c-')), 'export.jsonld');
  writeFileSync(file, json);
  const run = spawnSync(PYTHON, ['-B', CHECKER, file, ...(textFile === undefined ? [] : ['--text', textFile])], { encoding: 'utf8' });
  const lines = run.stdout.trim().split('\n');
  return { status: run.status, summary: lines[lines.length - 1] ?? '', failures: lines.filter((l) => l.startsWith('FAIL')) };
}

/** An annotation over the first occurrence of `quote` in `text` (code-point offsets). */
function spanOf(text: string, quote: string, label: string, id: string): DatasetAnnotation {
  const from = text.indexOf(quote);
  if (from < 0) throw new Error(`not in the text: ${quote}`);
  const start = codePointLength(text.slice(0, from));
  return { id, label, start, end: start + codePointLength(quote), text: quote, annotator: 'kim', createdAt: '2026-11-21T08:00:00.000Z', updatedAt: '2026-11-21T08:05:00.000Z' };
}

/** The built-in article with jonas's tags plus overlapping, nested and cross-paragraph ones of kim's. */
function builtinArticleDataset(): TagwerkDataset {
  const jonas = loadDataset('tests/fixtures/corpus/000_2010653594c6cf10.jonas.tagwerk.json');
  const doc = jonas.documents[0];
  if (doc === undefined) throw new Error('no document');
  const extra = [
    spanOf(doc.text, 'berichtete die Koreanische Zentrale Nachrichtenagentur', 'claim', 'kim-1'), // overlaps jonas's actor span
    spanOf(doc.text, 'Wladimir Putin und dem nordkoreanischen Staatsführer Kim Jong-un', 'actor', 'kim-2'), // contains two actor spans
    spanOf(doc.text, 'Putin', 'actor', 'kim-3'), // nested in both
    spanOf(doc.text, 'in Pjöngjang im Juni.\nKim Jong-un unterzeichnete am Montag', 'claim', 'kim-4'), // crosses a paragraph break
    spanOf(doc.text, 'Die USA und der südkoreanische Nachrichtendienst NIS', 'actor', 'kim-5'), // same start as a claim
  ];
  const result = validateTagwerkDataset({ ...jonas, documents: [{ ...doc, annotations: [...doc.annotations, ...extra] }] });
  if (!result.ok) throw new Error(JSON.stringify(result.problems));
  return result.dataset;
}

const missing = pythonMissing(['jsonschema']);

describe.skipIf(missing !== undefined)(`W3C Web Annotation conformance (WPT annotation-model MUSTs)${missing === undefined ? '' : ` — SKIPPED: ${missing}`}`, () => {
  it('passes on the export of the built-in article with overlapping tags, offsets checked against its text', () => {
    const dataset = builtinArticleDataset();
    expect(readFileSync(ARTICLE, 'utf8')).toBe(dataset.documents[0]?.text);
    const result = check(serializeW3c(dataset), ARTICLE);
    expect(result.failures).toEqual([]);
    expect(result.status).toBe(0);
    // 23 annotations: 54 WPT assertions + 4 text checks each, plus 25 for the collection and its page.
    expect(result.summary).toBe(`${23 * 58 + 25} passed, 0 failed`);
  });

  it('fails when an offset is off by one (the checker really reads our offsets)', () => {
    const json = serializeW3c(builtinArticleDataset()).replace('"start": 278,', '"start": 279,');
    const result = check(json, ARTICLE);
    expect(result.status).toBe(1);
    expect(result.failures.join('\n')).toContain('text[start:end] (code points) equals TextQuoteSelector.exact');
  });

  it('passes on a corpus export (one collection for several documents), and per document against each text', () => {
    const dataset = loadDataset(MIXED_FIXTURE);
    const whole = check(serializeW3c(dataset));
    expect(whole.failures).toEqual([]);
    expect(whole.status).toBe(0);
    expect(JSON.parse(serializeW3c(dataset)).first.items.map((i: { target: { source: string } }) => i.target.source)).toEqual(
      dataset.documents.flatMap((d) => d.annotations.map(() => d.id)),
    );
    // The checker canonicalises --text (NFC), so the deliberately NFD document is checked without
    // it here; its offsets are checked in Python by pythonSlices.test.ts.
    const canonical = dataset.documents.filter((d) => d.text === d.text.normalize('NFC'));
    expect(canonical.length).toBe(dataset.documents.length - 1);
    for (const document of canonical) {
      const textFile = join(mkdtempSync(join(tmpdir(), 'tagwerk-w3c-text-')), 'text.txt');
      writeFileSync(textFile, document.text);
      const one = check(serializeW3c({ ...dataset, documents: [document] }), textFile);
      expect(one.failures).toEqual([]);
      expect(one.summary).toBe(`${document.annotations.length * 58 + 25} passed, 0 failed`);
    }
  });
});
