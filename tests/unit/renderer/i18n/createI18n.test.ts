import { describe, expect, it } from 'vitest';
import { createI18n } from '../../../../renderer/i18n/createI18n';

describe('createI18n', () => {
  // The footer's character count reads as the Documents list's count does: grouped in the UI's language.
  it.each([
    ['en-US', 199_984, '199,984 characters'],
    ['en-GB', 1, '1 character'],
    ['de-DE', 199_984, '199.984 Zeichen'],
    ['de-AT', 2618, '2.618 Zeichen'],
  ])('%s: status.characters for %d reads “%s”', async (locale, count, text) => {
    const i18n = await createI18n(locale);
    expect(i18n.t('status.characters', { count })).toBe(text);
  });
});
