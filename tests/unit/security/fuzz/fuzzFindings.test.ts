import { describe, expect, it } from 'vitest';
import { importDataset } from '../../../../electron/node/datasets/importDataset';
import { textFromFile } from '../../../../electron/node/files/extractText';
import { isStoreError } from '../../../../electron/node/store/storeError';
import { canonicalizeText } from '@shared/text/canonicalText';
import { formatProblemLine } from '@shared/formats/formatProblem';
import { named, quoted, printableText } from '@shared/formats/quoted';
import { doccanoFormat } from '@shared/formats/doccanoFormat';
import { w3cFormat } from '@shared/formats/w3cFormat';
import { findForbiddenKeys, parseJsonSafely } from '@shared/formats/parseJsonSafely';
import { parseTagwerkDataset } from '@shared/formats/tagwerkFormat';
import { validateTagwerkDataset } from '@shared/formats/validateTagwerkDataset';
import { documentIdOf } from '@shared/text/documentId';
import { storeOn } from '../../electron/node/store/storeTestKit';
import { unclearLines } from './clearMessage';
import { MEMORY_DATA_DIR } from './importHarness';
import { createMemoryFs } from './memoryFs';

// Regression tests for what the fuzzers found (see the other files of this folder).

const TEXT = '😀 Kim sagte: „Ja.“\nMu\u0308ller schwieg.';

function dataset(document: Record<string, unknown>, annotations: unknown[] = []): Record<string, unknown> {
  return {
    format: 'tagwerk.dataset',
    version: 1,
    exportedAt: '2026-11-20T12:00:00.000Z',
    annotator: 'kim',
    offsetUnit: 'codepoint',
    labels: [{ id: 'actor', name: 'Actor' }],
    documents: [{ title: 'T', language: 'de', source: 'a.txt', text: TEXT, id: documentIdOf(typeof document.text === 'string' ? document.text : TEXT), annotations, ...document }],
  };
}

describe('parseJsonSafely on deeply nested input', () => {
  it('refuses 100,000 nested arrays in linear time, as nested deeper than any file needs (it took minutes when every level copied its path)', () => {
    const depth = 100_000;
    const started = performance.now();
    const result = parseJsonSafely(`${'['.repeat(depth)}${']'.repeat(depth)}`);
    expect(result.ok ? [] : result.problems.map((p) => p.code)).toEqual(['tooDeep']);
    expect(performance.now() - started).toBeLessThan(5_000);
  });

  it('names a forbidden key 5,000 levels down with a short path', () => {
    const depth = 5_000;
    const found = findForbiddenKeys(JSON.parse(`${'{"a":['.repeat(depth)}{"__proto__":{"polluted":1}}${']}'.repeat(depth)}`));
    expect(found).toHaveLength(1);
    expect(found[0]?.path).toMatch(/^a\[0\]\.a\[0\].* … \(10001 levels deep\) … .*\.__proto__$/);
    expect(found[0]?.path.length).toBeLessThan(120);
  });

  it('still gives short paths in full', () => {
    expect(findForbiddenKeys(JSON.parse('{"documents":[{"constructor":1}]}'))).toEqual([{ path: 'documents[0].constructor', key: 'constructor' }]);
  });
});

describe('JSON syntax errors as messages', () => {
  it.each([
    ['half an emoji', '\u{98320}'],
    ['a control character', '{"a":\u0001}'],
    ['a NUL', '\u0000'],
    ['a bidi override', '\u202e{'],
  ])('escape %s the engine quotes from the input', (_, input) => {
    const result = parseJsonSafely(input);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problems[0]?.message).toMatch(/^not valid JSON \(/);
    expect(unclearLines(result.problems.map((p) => p.message))).toEqual([]);
  });

  it('give the line and column of a position', () => {
    const result = parseJsonSafely('{\n  "a": 1,\n  }');
    expect(result.ok ? '' : result.problems[0]?.message).toMatch(/at position \d+ \(line 3, column 3\)\)$/);
  });
});

describe('quoted values in problem messages', () => {
  it('shortens a 300,000-character label and escapes what cannot be printed', () => {
    expect(quoted('claim'.repeat(60_000))).toMatch(/^"(claim){16}…" \(300000 characters\)$/);
    expect(quoted('a\u0000b\u001b[2J\u202ec\ud800')).toBe('"a\\u0000b\\u001b[2J\\u202ec\\ud800"');
    expect(quoted('😀'.repeat(100))).toBe(`"${'😀'.repeat(80)}…" (100 characters)`);
    expect(printableText('line\nbreak')).toBe('line\\u000abreak');
  });

  it('keep a problem about a huge or hostile label on one short line', () => {
    const huge = 'x'.repeat(300_000);
    const result = validateTagwerkDataset(dataset({}, [{ id: `a\n${huge}`, label: `act\u001b[2J${huge}`, start: 2, end: 5, text: 'Kim', annotator: 'kim' }]));
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problems.map((p) => p.message).join('\n')).toContain('label "act\\u001b[2Jxxx');
    expect(unclearLines(result.problems.map((p) => `${p.path}: ${p.message}`))).toEqual([]);
  });

  it('quote a mismatching span and its stored text shortened', () => {
    const text = `${'Wort '.repeat(100)}Ende`;
    const result = validateTagwerkDataset(dataset({ text }, [{ id: 'a1', label: 'actor', start: 0, end: 400, text: 'y'.repeat(400), annotator: 'kim' }]));
    expect(result.ok ? [] : result.problems.map((p) => p.message)).toEqual([
      `document ${documentIdOf(text)} annotation "a1": span 0..400 reads "${'Wort '.repeat(16)}…" (400 characters) but the annotation quotes "${'y'.repeat(80)}…" (400 characters)`,
    ]);
  });
});

describe('W3C and doccano problems naming hostile values', () => {
  const options = { annotator: 'kim', exportedAt: '2026-11-20T12:00:00.000Z' };
  const annotation = (source: string, id: string) => ({
    id,
    type: 'Annotation',
    body: { type: 'TextualBody', purpose: 'tagging', value: 'actor' },
    target: { source, selector: [{ type: 'TextPositionSelector', start: 0, end: 1 }] },
  });

  it('show a 70,000-character source shortened (the whole source was repeated into the message)', () => {
    const result = w3cFormat.parse(JSON.stringify([annotation('s'.repeat(70_000), 'a1')]), { ...options, texts: new Map() });
    const lines = result.ok ? [] : result.problems.map(formatProblemLine);
    expect(lines).toEqual([`items[0]: no text given for document "${'s'.repeat(80)}…" (70000 characters) (a W3C export does not contain the texts; give it with --text)`]);
  });

  it('escape an annotation id with a line break and keep plain ids as they are', () => {
    const unplaced = { source: 'urn:x', selector: [{ type: 'FragmentSelector', value: 'p=1' }] };
    const hostile = { ...annotation('urn:x', 'evil\nid'), target: unplaced };
    const result = w3cFormat.parse(JSON.stringify([hostile, { ...annotation('urn:x', 'urn:tagwerk:annotation:a1'), target: unplaced }]), { ...options, texts: new Map([['urn:x', 'abc']]) });
    expect(result.ok ? [] : result.problems.map((p) => p.message)).toEqual([
      'annotation "evil\\nid" has neither a TextPositionSelector (start, end) nor a TextQuoteSelector (exact)',
      'annotation urn:tagwerk:annotation:a1 has neither a TextPositionSelector (start, end) nor a TextQuoteSelector (exact)',
    ]);
    expect(named('urn:x')).toBe('urn:x');
    expect(named('a b')).toBe('"a b"');
  });

  it('quote a mismatching W3C quote shortened', () => {
    const text = 'Wort '.repeat(100);
    const long = { ...annotation('urn:x', 'a1'), target: { source: 'urn:x', selector: [{ type: 'TextPositionSelector', start: 0, end: 4 }, { type: 'TextQuoteSelector', exact: 'q'.repeat(5_000) }] } };
    const result = w3cFormat.parse(JSON.stringify([long]), { ...options, texts: new Map([['urn:x', text]]) });
    const messages = result.ok ? [] : result.problems.map((p) => p.message);
    expect(messages).toHaveLength(1);
    expect(messages[0]).toMatch(/span 0\.\.4 reads "Wort" but the file quotes "q{80}…" \(5000 characters\)$/);
  });

  it('keep doccano problems one line each', () => {
    const result = doccanoFormat.parse('{"text": "abc", "label": [[0, 9, "x"]]}\n{"text": 5}', options);
    expect(unclearLines(result.ok ? ['accepted'] : result.problems.map(formatProblemLine))).toEqual([]);
  });
});

describe('datasets the store could not hold are refused before anything is written', () => {
  it('refuses a document text with half a surrogate pair (the store would keep U+FFFD, not the text the spans were checked on)', () => {
    const text = 'ab\ud800cd';
    const result = parseTagwerkDataset(JSON.stringify(dataset({ text }, [{ id: 'a1', label: 'actor', start: 1, end: 3, text: 'b\ud800', annotator: 'jonas' }])));
    // Every string is checked before the schema: the text and the quote that copies its broken half.
    expect(result.ok ? [] : result.problems).toEqual([
      { path: 'documents[0].text', code: 'loneSurrogate', at: 2, message: 'must be well-formed Unicode: it holds half of a surrogate pair (a broken emoji or character) at code point 2' },
      { path: 'documents[0].annotations[0].text', code: 'loneSurrogate', at: 1, message: 'must be well-formed Unicode: it holds half of a surrogate pair (a broken emoji or character) at code point 1' },
    ]);
  });

  it('accepts astral characters and an NFD umlaut in a text', () => {
    expect(parseTagwerkDataset(JSON.stringify(dataset({}, [{ id: 'a1', label: 'actor', start: 2, end: 5, text: 'Kim', annotator: 'kim' }]))).ok).toBe(true);
  });

  it('stores a valid dataset whose language is one letter (it threw a ZodError after writing text.txt)', async () => {
    const memory = createMemoryFs();
    const store = storeOn(MEMORY_DATA_DIR, memory.fs);
    await store.init();
    const parsed = parseTagwerkDataset(JSON.stringify(dataset({ language: 'x' })));
    if (!parsed.ok) throw new Error(JSON.stringify(parsed.problems));
    await importDataset(store, parsed.dataset, 'kim');
    expect((await store.getDocument(documentIdOf(TEXT))).meta.language).toBe('x');
  });

  it('writes nothing when a document cannot be stored, and says why in one line', async () => {
    const memory = createMemoryFs();
    const store = storeOn(MEMORY_DATA_DIR, memory.fs);
    await store.init();
    const before = memory.snapshot();
    const error = await store.putDocument({ text: TEXT, title: 'T', source: 'a.txt', encoding: 'e'.repeat(65), language: '' }).catch((e: unknown) => e);
    expect(isStoreError(error, 'INVALID')).toBe(true);
    expect((error as Error).message).toMatch(/^The document cannot be stored \(encoding: .*; language: .*\); nothing was written\.$/);
    expect(memory.snapshot()).toEqual(before);
  });
});

describe('texts that begin with U+FEFF', () => {
  const bom = [0xef, 0xbb, 0xbf];

  it('opens a file saved with three BOMs as canonical text without any of them', () => {
    const opened = textFromFile('doppelt.txt', Uint8Array.from([...bom, ...bom, ...bom, ...Buffer.from('Kim 😀\r\n', 'utf8')]));
    expect(opened.ok && opened.text).toBe('Kim 😀\n');
    if (opened.ok) expect(canonicalizeText(opened.text)).toBe(opened.text);
  });

  it('drops leading BOMs from Markdown and HTML text as well', () => {
    const md = textFromFile('a.md', Buffer.from('\ufeff\ufeff# Titel\n\nText', 'utf8'));
    expect(md.ok && md.text).toBe('Titel\nText');
  });

  it('are stored and read back exactly (the BOM-stripping decoder made such a document unreadable mid-import)', async () => {
    const text = '\ufeffKim sagte Ja.';
    const memory = createMemoryFs();
    const store = storeOn(MEMORY_DATA_DIR, memory.fs);
    await store.init();
    const parsed = parseTagwerkDataset(JSON.stringify(dataset({ text }, [{ id: 'a1', label: 'actor', start: 1, end: 4, text: 'Kim', annotator: 'jonas' }])));
    if (!parsed.ok) throw new Error(JSON.stringify(parsed.problems));
    await importDataset(store, parsed.dataset, 'kim');
    expect((await store.getDocument(documentIdOf(text))).text).toBe(text);
    expect((await store.listColleagueSets(documentIdOf(text))).sets.map((s) => s.annotations.length)).toEqual([1]);
  });
});
