import { describe, expect, it } from 'vitest';
import { createLearningQueue, LEARN_PART, type LearningPart } from '@shared/assist/learningQueue';
import { createOffsetConverter } from '@shared/text/offsetConverter';

/** Takes every part until the queue is empty. */
function drain(queue: ReturnType<typeof createLearningQueue>): LearningPart[] {
  const parts: LearningPart[] = [];
  for (let part = queue.take(); part; part = queue.take()) parts.push(part);
  return parts;
}

describe('createLearningQueue', () => {
  const cases = [
    ['plain', 'Krüger sagte, Krüger bleibt. Krügers Hund nicht.', 'Krüger'],
    ['emoji before each occurrence', '😀 Krüger sagte, 😀 Krüger bleibt. Krügers Hund nicht.', 'Krüger'],
    ['NFD umlaut in the text and the string', 'Kru\u0308ger sagte, Kru\u0308ger bleibt. Kru\u0308gers Hund nicht.', 'Kru\u0308ger'],
  ] as const;

  it.each(cases)('%s: hands out the whole-word occurrences of a queued string in code points, then is empty', (_name, raw, needle) => {
    const text = raw.normalize('NFC');
    const converter = createOffsetConverter(text);
    const queue = createLearningQueue(text, converter);
    expect(queue.take()).toBeNull();
    queue.requeue('actor\u0000Krüger', { label: 'actor', text: needle });
    expect(queue.pending()).toBe(true);
    const spans = drain(queue).flatMap((p) => p.spans);
    expect(queue.pending()).toBe(false);
    const chars = [...text];
    expect(spans.map((s) => chars.slice(s.start, s.end).join(''))).toEqual(['Krüger', 'Krüger']);
  });

  it('a string with thousands of occurrences comes in parts of at most LEARN_PART; queued again meanwhile, it starts over from the first', () => {
    const text = Array.from({ length: 1000 }, (_, k) => `Die Regierung 😀 tagte ${k}.`).join('\n');
    const queue = createLearningQueue(text, createOffsetConverter(text));
    queue.requeue('k', { label: 'claim', text: 'Regierung' });
    const first: LearningPart[] = [];
    while (first.flatMap((p) => p.spans).length < 300) first.push(queue.take() as LearningPart);
    expect(Math.max(...first.map((p) => p.spans.length))).toBeLessThanOrEqual(LEARN_PART);
    queue.requeue('k', { label: 'claim', text: 'Regierung' });
    const rest = drain(queue).flatMap((p) => p.spans);
    expect(rest).toHaveLength(1000);
    expect(new Set(rest.map((s) => s.start)).size).toBe(1000);
  });

  it('strings are handed out oldest first, and a blank string has no occurrences', () => {
    const text = 'Anna und Berta und Anna.';
    const queue = createLearningQueue(text, createOffsetConverter(text));
    queue.requeue('b', { label: 'actor', text: 'Berta' });
    queue.requeue('blank', { label: 'actor', text: '  ' });
    queue.requeue('a', { label: 'actor', text: 'Anna' });
    const order = drain(queue).filter((p) => p.spans.length > 0 || p.text.trim() === '').map((p) => `${p.key}:${p.spans.length}`);
    expect(order).toEqual(['b:1', 'blank:0', 'a:2']);
  });
});
