import { describe, expect, it } from 'vitest';
import { canonicalAnnotator } from '@shared/text/canonicalAnnotator';

describe('canonicalAnnotator', () => {
  it.each([
    ['composed umlaut', 'Jörg', 'Jörg'],
    ['NFD umlaut', 'Jo\u0308rg', 'Jörg'],
    ['NFD umlaut and trailing spaces', 'Jo\u0308rg  ', 'Jörg'],
    ['leading tab and no-break space', '\t\u00a0Jörg', 'Jörg'],
    ['emoji and skin tone kept as typed', ' Ana 👩🏽‍💻 ', 'Ana 👩🏽‍💻'],
    ['inner spaces and case kept', 'Jonas  W. von Müller', 'Jonas  W. von Müller'],
    ['a prototype word is just a name', ' constructor ', 'constructor'],
    ['only spaces stay a name', '   ', '   '],
  ])('%s: %j → %j', (_case, typed, stored) => {
    expect(canonicalAnnotator(typed)).toBe(stored);
    // Idempotent: a stored name passes every later door unchanged.
    expect(canonicalAnnotator(stored)).toBe(stored);
  });

  it('makes the two spellings of one name one key, and keeps two names two keys', () => {
    expect(canonicalAnnotator('Jo\u0308rg ')).toBe(canonicalAnnotator('Jörg'));
    expect(canonicalAnnotator('Jörg')).not.toBe(canonicalAnnotator('Jorg'));
  });
});
