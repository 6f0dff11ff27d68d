import { describe, expect, it, vi } from 'vitest';
import { createI18n } from '../../../../renderer/i18n/createI18n';
import { createLabelNamer, labelName } from '../../../../renderer/i18n/labelName';

describe('labelName', () => {
  it.each([
    ['en-US', 'claim', 'Claim'],
    ['de-DE', 'actor', 'Akteur'],
    ['en-US', 'constructor', 'constructor'],
    ['en-US', '__proto__', '__proto__'],
    ['en-US', 'toString', 'toString'],
    ['en-US', '$t(app.loading)', '$t(app.loading)'],
    ['de-DE', '{{count}}', '{{count}}'],
    ['en-US', 'Mu\u0308ller 😀', 'Mu\u0308ller 😀'],
    ['en-US', 'labels', 'labels'],
  ])('in %s shows %s as %s', async (locale, id, expected) => {
    const i18n = await createI18n(locale);
    expect(labelName(i18n.t, id)).toBe(expected);
  });
});

describe('createLabelNamer', () => {
  it.each([
    ['claim', 'Claim', 'Behauptung'],
    ['actor', 'Actor', 'Akteur'],
    ['Mu\u0308ller 😀', 'Mu\u0308ller 😀', 'Mu\u0308ller 😀'],
    ['$t(app.loading)', '$t(app.loading)', '$t(app.loading)'],
  ])('names %s as %s in English and, after a switch to German, %s', async (id, english, german) => {
    const i18n = await createI18n('en-US');
    const nameOf = createLabelNamer(i18n);
    expect(nameOf(id)).toBe(english);
    await i18n.changeLanguage('de');
    expect(nameOf(id)).toBe(german);
    await i18n.changeLanguage('en');
    expect(nameOf(id)).toBe(english);
  });

  it('asks i18next once per label and language however many spans it names', async () => {
    const i18n = await createI18n('en-US');
    const t = vi.fn((key: string) => i18n.t(key));
    const nameOf = createLabelNamer({ t, get language() { return i18n.language; } });
    for (let i = 0; i < 1000; i++) nameOf(i % 2 === 0 ? 'claim' : 'quote');
    expect(t).toHaveBeenCalledTimes(2);
    await i18n.changeLanguage('de');
    expect(nameOf('claim')).toBe('Behauptung');
    expect(t).toHaveBeenCalledTimes(3);
  });
});
