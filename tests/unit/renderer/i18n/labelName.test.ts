import { describe, expect, it } from 'vitest';
import { createI18n } from '../../../../renderer/i18n/createI18n';
import { labelName } from '../../../../renderer/i18n/labelName';

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
