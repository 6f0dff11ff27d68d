import { describe, expect, it } from 'vitest';
import { nextDrawBatch, type DrawChange } from '../../../../../renderer/features/assist/nextDrawBatch';

/** Paragraphs of 100 positions: a position's paragraph starts at the hundred below it. */
const blockOf = (pos: number) => Math.floor(pos / 100) * 100;
const changes = (...positions: number[]): DrawChange[] => positions.map((pos) => ({ id: `s${pos}`, pos }));

describe('nextDrawBatch', () => {
  it('takes the paragraphs nearest the view first, front to back inside each, up to the most a frame draws', () => {
    const all = changes(950, 510, 120, 530, 505, 980, 560);
    expect([...nextDrawBatch(all, 540, 3, blockOf)]).toEqual(['s505', 's510', 's530']);
    expect([...nextDrawBatch(all, 540, 5, blockOf)]).toEqual(['s505', 's510', 's530', 's560', 's950']);
    expect([...nextDrawBatch(all, 990, 3, blockOf)]).toEqual(['s950', 's980', 's505']);
  });

  it('draws everything over successive frames, each change once', () => {
    const all = changes(...Array.from({ length: 250 }, (_, k) => (k * 37) % 1000));
    const left = new Map(all.map((c) => [c.id, c]));
    const seen: string[] = [];
    while (left.size > 0) {
      const batch = nextDrawBatch([...left.values()], 500, 60, blockOf);
      expect(batch.size).toBeLessThanOrEqual(60);
      for (const id of batch) left.delete(id);
      seen.push(...batch);
    }
    expect(new Set(seen).size).toBe(new Set(all.map((c) => c.id)).size);
  });

  it('nothing to change draws nothing, and a frame draws at least one', () => {
    expect(nextDrawBatch([], 0, 60, blockOf).size).toBe(0);
    expect(nextDrawBatch(changes(7, 8), 0, 0, blockOf).size).toBe(1);
  });
});
