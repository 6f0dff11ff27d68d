import { describe, expect, it } from 'vitest';
import { titleFromText } from '@shared/text/titleFromText';

describe('titleFromText', () => {
  it.each([
    ['short first line', 'Gipfel in Berlin\nText', 'Gipfel in Berlin'],
    ['skips blank lines and trims', '\n\n  Wahl 2026  \nmehr', 'Wahl 2026'],
    ['emoji kept whole', '😀👍🏽 Gute Nachricht', '😀👍🏽 Gute Nachricht'],
    ['NFD umlaut kept', 'Mu\u0308ller sagt', 'Mu\u0308ller sagt'],
    ['empty text', '', ''],
  ])('%s', (_name, text, expected) => {
    expect(titleFromText(text)).toBe(expected);
  });

  it('cuts a long line at a word boundary with an ellipsis', () => {
    const title = titleFromText('Die Demokratische Volksrepublik Korea (DVRK) und Russland haben ein wegweisendes strategisches Abkommen');
    expect(title).toBe('Die Demokratische Volksrepublik Korea (DVRK) und Russland haben ein…');
    expect(Array.from(title).length).toBeLessThanOrEqual(81);
  });

  it('never cuts an emoji in half', () => {
    const title = titleFromText('😀'.repeat(100), 10);
    expect(title).toBe('😀'.repeat(10) + '…');
  });
});
