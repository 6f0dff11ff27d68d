import { describe, expect, it } from 'vitest';
import { createLearnedIndex, LEARNED_TEXT_MAX } from '../../../../../electron/node/assist/learnedIndex';

describe('createLearnedIndex', () => {
  it.each([
    ['plain', 'Anna Krüger'],
    ['emoji', 'Team 🎾 Zverev'],
    ['NFD umlaut, kept as NFC', 'Anna Kru\u0308ger'],
    ['a string that is an object key', '__proto__'],
  ])('%s: a string tagged in one document is learned once, left out for that document, and forgotten when untagged', (_name, text) => {
    const index = createLearnedIndex();
    index.replaceDocument('doc-a', [{ label: 'actor', text }, { label: 'actor', text }]);
    expect(index.list()).toEqual([{ label: 'actor', text: text.normalize('NFC') }]);
    expect(index.list('doc-a')).toEqual([]);
    expect(index.list('doc-b')).toHaveLength(1);
    index.replaceDocument('doc-a', []);
    expect(index.list()).toEqual([]);
    expect(index.documents).toBe(0);
  });

  it('counts documents, so a string stays learned while another document still has it; the same string with another label is another entry', () => {
    const index = createLearnedIndex();
    index.replaceDocument('a', [{ label: 'actor', text: 'Verdi' }]);
    index.replaceDocument('b', [{ label: 'actor', text: 'Verdi' }, { label: 'claim', text: 'Verdi' }]);
    expect(index.list('a')).toEqual([{ label: 'actor', text: 'Verdi' }, { label: 'claim', text: 'Verdi' }]);
    index.replaceDocument('b', []);
    expect(index.list()).toEqual([{ label: 'actor', text: 'Verdi' }]);
  });

  it('leaves out blank strings and strings longer than the limit (whole claims never recur verbatim)', () => {
    const index = createLearnedIndex();
    index.replaceDocument('a', [{ label: 'claim', text: '   ' }, { label: 'claim', text: 'x'.repeat(LEARNED_TEXT_MAX + 1) }]);
    expect(index.list()).toEqual([]);
  });
});
