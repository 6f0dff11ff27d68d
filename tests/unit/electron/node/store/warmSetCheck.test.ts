import { describe, expect, it } from 'vitest';
import { migrateAnnotationSet } from '@shared/annotation/annotationSet';
import { warmSetCheck, warmUpSetJson } from '../../../../../electron/node/store/warmSetCheck';
import { checkCurrentSet } from '../../../../../electron/node/store/checkCurrentSet';

describe('warmSetCheck', () => {
  it('checks a valid set with tags, context, an emoji and an NFD umlaut, and a relation per quote (so the warm-up runs the code a real open runs)', () => {
    const result = migrateAnnotationSet(JSON.parse(warmUpSetJson(500)));
    if (!result.ok) throw new Error(result.message);
    expect(result.set.annotations).toHaveLength(500);
    expect(result.set.relations).toHaveLength(250);
    expect(result.set.annotations[0]).toMatchObject({ text: 'Mu\u0308ller 😀', prefix: 'sagte „' });
    expect(JSON.stringify(checkCurrentSet(JSON.parse(warmUpSetJson(500))))).toBe(JSON.stringify(result.set));
  });

  it('runs one round per idle moment and stops at once when the window closes', async () => {
    let asked = 0;
    expect(await warmSetCheck(async () => (asked += 1, true), 3, 20)).toBe(3);
    expect(asked).toBe(3);
    let left = 2;
    expect(await warmSetCheck(async () => left-- > 0, 6, 20)).toBe(2);
    expect(await warmSetCheck(async () => false, 6, 20)).toBe(0);
  });
});
