import { writeFileSync } from 'node:fs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Annotation } from '@shared/annotation/annotation';
import { documentIdOf } from '@shared/text/documentId';
import { FIXTURE_ID, FIXTURE_TEXT, fixture, fixturePaths, storeOn, tempDataDir } from './storeTestKit';

let dataDir: string;
let cleanup: () => void;
beforeEach(() => ({ dataDir, cleanup } = tempDataDir()));
afterEach(() => cleanup());

const VALID = JSON.parse(fixture('valid.json').toString('utf8')) as { annotations: Annotation[] };

describe('summarizeDocument (the summary index entry of one document)', () => {
  it.each([
    ['an astral emoji', 'Gut 👍🏽 so', 9],
    ['a combining mark NFC keeps (Q and U+0308: two code points)', 'Q\u0308uark', 6],
    ['a line break and ß', 'Straße\n€', 8],
  ])('counts the code points of a text with %s', async (_name, text, characters) => {
    const store = storeOn(dataDir);
    await store.putDocument({ text, title: 't', source: 'a.txt', encoding: 'utf-8' });
    expect(await store.summarizeDocument(documentIdOf(text))).toMatchObject({ characters, labelCounts: {}, relations: 0, damage: null });
  });

  it('counts my annotations per label', async () => {
    const store = storeOn(dataDir);
    await store.putDocument({ text: FIXTURE_TEXT, title: 't', source: 'a.txt', encoding: 'utf-8' });
    await store.saveAnnotations(FIXTURE_ID, { annotations: VALID.annotations, annotator: 'jonas', baseRev: 0 });
    const expected: Record<string, number> = {};
    for (const a of VALID.annotations) expected[a.label] = (expected[a.label] ?? 0) + 1;
    expect((await store.summarizeDocument(FIXTURE_ID)).labelCounts).toEqual(expected);
    expect(VALID.annotations.length).toBeGreaterThan(1);
  });

  it.each([['constructor'], ['__proto__'], ['toString'], ['hasOwnProperty'], ['$t(app.loading)'], ['Mu\u0308ller 😀']])('counts a tag labelled %s like any other label', async (label) => {
    const store = storeOn(dataDir);
    await store.putDocument({ text: FIXTURE_TEXT, title: 't', source: 'a.txt', encoding: 'utf-8' });
    const annotations = VALID.annotations.map((a) => ({ ...a, label }));
    await store.saveAnnotations(FIXTURE_ID, { annotations, annotator: 'jonas', baseRev: 0 });
    const counts = (await store.summarizeDocument(FIXTURE_ID)).labelCounts;
    expect(counts === null ? null : Object.entries(counts)).toEqual([[label, annotations.length]]);
  });

  it('gives null counts for a damaged annotations.json without touching it (opening repairs it)', async () => {
    const store = storeOn(dataDir);
    await store.putDocument({ text: FIXTURE_TEXT, title: 't', source: 'a.txt', encoding: 'utf-8' });
    writeFileSync(fixturePaths(dataDir).annotations, '{"annotations": [1');
    expect((await store.summarizeDocument(FIXTURE_ID)).labelCounts).toBeNull();
    const loaded = await store.loadAnnotations(FIXTURE_ID);
    expect(loaded.notices.map((n) => n.code)).toContain('quarantined');
  });
});
