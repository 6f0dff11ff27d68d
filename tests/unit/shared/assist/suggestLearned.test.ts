import { describe, expect, it } from 'vitest';
import { suggestLearned } from '@shared/assist/suggestLearned';

function learned(text: string, strings: { label: string; text: string }[], rejected: { label: string; text: string }[] = []): string[] {
  return suggestLearned(text, strings, rejected).map((s) => `${s.label}:${text.slice(s.start, s.end)}`);
}

describe('suggestLearned', () => {
  it.each([
    ['every whole-word occurrence gets my label', 'KCNA meldet, KCNA bestätigt.', [{ label: 'actor', text: 'KCNA' }], [], ['actor:KCNA', 'actor:KCNA']],
    ['not inside a longer word', 'Putins Rede und Putin selbst.', [{ label: 'actor', text: 'Putin' }], [], ['actor:Putin']],
    ['case-sensitive', 'Die Union und die union.', [{ label: 'actor', text: 'Union' }], [], ['actor:Union']],
    ['a rejected string with that label is not suggested', 'Merz und Merz.', [{ label: 'actor', text: 'Merz' }], [{ label: 'actor', text: 'Merz' }], []],
    ['rejected with another label still suggested', 'Merz kam.', [{ label: 'actor', text: 'Merz' }], [{ label: 'claim', text: 'Merz' }], ['actor:Merz']],
    ['NFD text matches an NFC string', 'Mo\u0308rike kam.', [{ label: 'actor', text: 'Mörike' }], [], []],
    ['emoji beside the hit', '😀Merz😀', [{ label: 'actor', text: 'Merz' }], [], ['actor:Merz']],
  ])('%s', (_name, text, strings, rejected, expected) => {
    expect(learned(text, strings, rejected)).toEqual(expected);
  });
});
