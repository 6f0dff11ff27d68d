import { describe, expect, it } from 'vitest';
import { quoteForMessage } from '@shared/annotation/quoteForMessage';

describe('quoteForMessage', () => {
  it.each([
    ['a short quote stays whole', 'Wladimir Putin', 'Wladimir Putin'],
    ['a long one is cut at a word', 'Die Demokratische Volksrepublik Korea', 'Die Demokratische …'],
    ['line breaks become spaces', 'im Juni.\nKim Jong-un', 'im Juni. Kim Jong-un'],
    ['an emoji with skin tone counts as one', '👍🏽'.repeat(24), '👍🏽'.repeat(24)],
    ['one long word is cut between graphemes', '👍🏽'.repeat(30), `${'👍🏽'.repeat(20)}…`],
    ['an NFD umlaut is never split', `${'Mu\u0308ller'.repeat(4)} ok`, `${'Mu\u0308ller'.repeat(3)}Mu\u0308…`],
  ])('%s', (_name, text, expected) => {
    expect(quoteForMessage(text)).toBe(expected);
  });
});
