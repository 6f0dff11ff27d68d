import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { formatProblemLine } from '@shared/formats/formatProblem';
import { labelStudioFormat } from '@shared/formats/labelStudioFormat';
import { PARSE_OPTIONS, SMALL_TEXT, smallDataset } from './formatTestData';
import { repoPath } from './formatTestSupport';

/** A task modelled on a real Label Studio 1.x export (emoji flag and 📰 before the spans, `\n` in the text, two annotators, a skipped one, relation, choices, text area, prediction). */
const PEER_EXPORT = 'tests/fixtures/formats/peers/labelstudio-export.json';

function task(result: unknown[], text = SMALL_TEXT): unknown {
  return { id: 1, data: { text }, annotations: [{ id: 10, completed_by: 1, result }], predictions: [] };
}

function region(start: number, end: number, labels: string[], extra: object = {}): unknown {
  return { id: 'r1', from_name: 'label', to_name: 'text', type: 'labels', origin: 'manual', value: { start, end, labels, ...extra } };
}

function parseTasks(tasks: unknown) {
  return labelStudioFormat.parse(JSON.stringify(tasks), PARSE_OPTIONS);
}

describe('Label Studio JSON', () => {
  it('writes start/end in code points (the emoji counts 1, as Label Studio counts), one annotation per annotator with completed_by and the name', () => {
    const [taskOut] = JSON.parse(labelStudioFormat.serialize(smallDataset())) as Array<{ annotations: Array<{ completed_by: number; created_username: string; result: Array<{ value: unknown; meta?: unknown }> }> }>;
    expect(taskOut?.annotations.map((a) => [a.completed_by, a.created_username, a.result.map((r) => r.value)])).toEqual([
      [1, 'jonas', [{ start: 19, end: 26, text: 'Mu\u0308ller', labels: ['actor'] }]],
      [2, 'kim', [{ start: 2, end: 5, text: 'Kim', labels: ['actor'] }, { start: 13, end: 18, text: '„Ja.“', labels: ['quote'] }]],
    ]);
    expect(Array.from(SMALL_TEXT).slice(2, 5).join('')).toBe('Kim');
    expect(taskOut?.annotations[1]?.result[1]?.meta).toEqual({ text: ['kurz'] });
  });

  it('reads a task exactly as Label Studio exports it: right text after the emoji and across the line break, annotators apart, its relation kept, losses counted', () => {
    const result = labelStudioFormat.parse(readFileSync(repoPath(PEER_EXPORT), 'utf8'), PARSE_OPTIONS);
    if (!result.ok) throw new Error(JSON.stringify(result.problems));
    const [doc] = result.dataset.documents;
    expect(doc?.annotations.map((a) => [a.annotator, a.label, a.start, a.end, a.text, a.note ?? null])).toEqual([
      ['labelstudio-1', 'actor', 17, 30, 'Der Bundestag', null],
      ['labelstudio-1', 'date', 38, 50, '3. Juli 2025', null],
      ['labelstudio-1', 'quote', 75, 95, '„Das ist historisch“', 'Zitat aus dem Livestream'],
      ['labelstudio-1', 'actor', 103, 116, 'Anna Beispiel', null],
      ['labelstudio-2', 'actor', 17, 30, 'Der Bundestag', null],
      ['labelstudio-2', 'claim', 17, 95, 'Der Bundestag hat am 3. Juli 2025 das Gesetz beschlossen.\n„Das ist historisch“', null],
    ]);
    const text = new Map(doc?.annotations.map((a) => [a.id, a.text]));
    expect(doc?.relations?.map((r) => [text.get(r.from), r.type, text.get(r.to), r.annotator])).toEqual([['„Das ist historisch“', 'source', 'Anna Beispiel', 'labelstudio-1']]);
    expect(result.losses).toEqual([
      { kind: 'prediction', count: 1, first: '[0].predictions' },
      { kind: 'choice', count: 1, first: '[0].annotations[0].result[5]' },
      { kind: 'textarea', count: 1, first: '[0].annotations[1].result[2]' },
      { kind: 'cancelled', count: 1, first: '[0].annotations[2]' },
    ]);
  });

  it('keeps the annotator name through created_username or a completed_by object', () => {
    const tasks = [{ data: { text: SMALL_TEXT }, annotations: [
      { completed_by: 4, created_username: 'anna@example.org, 4', result: [region(2, 5, ['actor'])] },
      { completed_by: { id: 5, email: 'jonas@example.org' }, result: [{ ...(region(13, 18, ['quote']) as object), id: 'r2' }] },
    ] }];
    const result = parseTasks(tasks);
    expect(result.ok && result.dataset.documents[0]?.annotations.map((a) => a.annotator)).toEqual(['anna@example.org', 'jonas@example.org']);
  });

  it('turns a region with two labels into two spans and keeps one task object as well as an array', () => {
    const result = labelStudioFormat.parse(JSON.stringify(task([region(2, 5, ['actor', 'quote'])])), PARSE_OPTIONS);
    expect(result.ok && result.dataset.documents[0]?.annotations.map((a) => [a.id.startsWith('r1') || a.id.includes(':2-5:'), a.label])).toEqual([
      [true, 'actor'],
      [true, 'quote'],
    ]);
  });

  it('derives a fresh id when two annotators used the same region id', () => {
    const tasks = [{ data: { text: SMALL_TEXT }, annotations: [{ result: [region(2, 5, ['actor'])] }, { result: [region(2, 5, ['quote'])] }] }];
    const result = parseTasks(tasks);
    const ids = result.ok ? result.dataset.documents[0]?.annotations.map((a) => a.id) : [];
    expect(new Set(ids).size).toBe(2);
    expect(ids).toContain('r1');
  });

  it.each([
    [region(3, 99, ['actor']), '[0].annotations[0].result[0].value: span 3..99 is not a non-empty range within 0..35 code points'],
    [region(5, 5, ['actor']), '[0].annotations[0].result[0].value: span 5..5 is not a non-empty range within 0..35 code points'],
    [region(2, 5, ['actor'], { text: 'Kin' }), '[0].annotations[0].result[0]: document sha256:'],
    [region(2, 5, []), '[0].annotations[0].result[0].value.labels'],
  ])('reports a bad region clearly (%#)', (bad, line) => {
    const result = parseTasks([task([bad])]);
    expect(!result.ok && result.problems.map(formatProblemLine).some((p) => p.startsWith(line))).toBe(true);
  });

  it('names the quote mismatch with the code-point offsets, expected and found text (UTF-16 offsets from an old export show up here)', () => {
    const result = parseTasks([task([region(3, 6, ['actor'], { text: 'Kim' })])]);
    expect(!result.ok && result.problems[0]?.message).toMatch(/: span 3\.\.6 reads "im " but the file quotes "Kim"$/);
  });

  it('rejects input that is not a task list', () => {
    const result = labelStudioFormat.parse('{"data": {}}', PARSE_OPTIONS);
    expect(!result.ok && result.problems.length).toBeGreaterThan(0);
  });
});
