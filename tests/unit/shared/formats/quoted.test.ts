import { describe, expect, it } from 'vitest';
import { named, quoted } from '@shared/formats/quoted';

describe('quoted', () => {
  it('cuts a huge value before any per-character work and names its length in code points', () => {
    const huge = '😀'.repeat(5_000_000);
    const started = performance.now();
    const shown = quoted(huge);
    expect(performance.now() - started).toBeLessThan(2000);
    expect(shown).toBe(`"${'😀'.repeat(80)}…" (5000000 characters)`);
  });

  it.each([
    ['a bidi mark', 'a\u200Fb', '"a\\u200fb"'],
    ['an NFD umlaut', 'Mu\u0308ller', '"Mu\u0308ller"'],
  ])('keeps %s honest', (_name, value, expected) => {
    expect(quoted(value)).toBe(expected);
  });

  it('shows a hostile name quoted and escaped', () => {
    expect(named('x\u202Etxt')).toBe('"x\\u202etxt"');
  });
});
