import { describe, expect, it } from 'vitest';
import { formatProblemLine } from '../../../../shared/formats/formatProblem';
import { labelStudioFormat } from '../../../../shared/formats/labelStudioFormat';
import { PARSE_OPTIONS, SMALL_TEXT, smallDataset } from './formatTestData';

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
  it('writes start/end in UTF-16 code units (the emoji counts 2) and the quote in value.text', () => {
    const [taskOut] = JSON.parse(labelStudioFormat.serialize(smallDataset())) as Array<{ annotations: Array<{ result: Array<{ value: unknown }> }> }>;
    expect(taskOut?.annotations[0]?.result.map((r) => r.value)).toEqual([
      { start: 3, end: 6, text: 'Kim', labels: ['actor'] },
      { start: 14, end: 19, text: '„Ja.“', labels: ['quote'] },
      { start: 20, end: 27, text: 'Mu\u0308ller', labels: ['actor'] },
    ]);
    expect(SMALL_TEXT.slice(3, 6)).toBe('Kim');
  });

  it('reads a Label Studio export into code points, skipping relations and choices', () => {
    const result = parseTasks([
      task([
        region(3, 6, ['actor'], { text: 'Kim' }),
        { id: 'c', from_name: 'sentiment', to_name: 'text', type: 'choices', value: { choices: ['neutral'] } },
        { from_id: 'r1', to_id: 'r2', type: 'relation', direction: 'right' },
      ]),
    ]);
    if (!result.ok) throw new Error(JSON.stringify(result.problems));
    expect(result.dataset.documents[0]?.annotations.map((a) => [a.id, a.start, a.end, a.text])).toEqual([['r1', 2, 5, 'Kim']]);
  });

  it('turns a region with two labels into two spans and keeps one task object as well as an array', () => {
    const result = labelStudioFormat.parse(JSON.stringify(task([region(3, 6, ['actor', 'quote'])])), PARSE_OPTIONS);
    expect(result.ok && result.dataset.documents[0]?.annotations.map((a) => [a.id.startsWith('r1') || a.id.includes(':2-5:'), a.label])).toEqual([
      [true, 'actor'],
      [true, 'quote'],
    ]);
  });

  it('derives a fresh id when two annotators used the same region id', () => {
    const tasks = [{ data: { text: SMALL_TEXT }, annotations: [{ result: [region(3, 6, ['actor'])] }, { result: [region(3, 6, ['quote'])] }] }];
    const result = parseTasks(tasks);
    const ids = result.ok ? result.dataset.documents[0]?.annotations.map((a) => a.id) : [];
    expect(new Set(ids).size).toBe(2);
    expect(ids).toContain('r1');
  });

  it.each([
    [region(1, 6, ['actor']), '[0].annotations[0].result[0].value: UTF-16 span 1..6 is not a non-empty range within 0..36 on character boundaries'],
    [region(3, 99, ['actor']), '[0].annotations[0].result[0].value: UTF-16 span 3..99 is not a non-empty range within 0..36 on character boundaries'],
    [region(3, 6, ['actor'], { text: 'Kin' }), '[0].annotations[0].result[0]: document sha256:'],
    [region(3, 6, []), '[0].annotations[0].result[0].value.labels'],
  ])('reports a bad region clearly (%#)', (bad, line) => {
    const result = parseTasks([task([bad])]);
    expect(!result.ok && result.problems.map(formatProblemLine).some((p) => p.startsWith(line))).toBe(true);
  });

  it('names the quote mismatch with the code-point offsets, expected and found text', () => {
    const result = parseTasks([task([region(3, 6, ['actor'], { text: 'Kin' })])]);
    expect(!result.ok && result.problems[0]?.message).toMatch(/: span 2\.\.5 reads "Kim" but the file quotes "Kin"$/);
  });

  it('rejects input that is not a task list', () => {
    const result = labelStudioFormat.parse('{"data": {}}', PARSE_OPTIONS);
    expect(!result.ok && result.problems.length).toBeGreaterThan(0);
  });
});
