// @vitest-environment happy-dom
import { act } from 'react';
import { I18nextProvider } from 'react-i18next';
import { describe, expect, it } from 'vitest';
import type { TFunction } from 'i18next';
import { createI18n } from '../../../../renderer/i18n/createI18n';
import { useT } from '../../../../renderer/i18n/useT';
import { mountComponent } from '../../support/mountComponent';

const mount = mountComponent();

describe('useT', () => {
  it('answers in the UI language, keeps one t while the language stays and follows a switch (de → en → de)', async () => {
    const i18n = await createI18n('de-DE');
    const seen: TFunction[] = [];
    function Words({ n }: { n: number }) {
      const t = useT();
      seen.push(t);
      // A label name with an NFD umlaut and an emoji, interpolated as data, is shown literally.
      return <p>{`${t('labels.claim')} · ${t('status.characters', { count: n })} · ${t('relations.speaker', { name: 'Mu\u0308ller 📰' })}`}</p>;
    }
    const render = (n: number) => mount.render(<I18nextProvider i18n={i18n}><Words n={n} /></I18nextProvider>);
    render(2618);
    expect(mount.host.textContent).toMatch(/^Behauptung · 2\.618 Zeichen · .*Mu\u0308ller 📰/);
    render(2619);
    expect(seen.at(-1)).toBe(seen[0]);
    await act(async () => void (await i18n.changeLanguage('en')));
    expect(mount.host.textContent).toMatch(/^Claim · 2,619 characters · .*Mu\u0308ller 📰/);
    expect(seen.at(-1)).not.toBe(seen[0]);
    await act(async () => void (await i18n.changeLanguage('de')));
    expect(mount.host.textContent).toMatch(/^Behauptung · 2\.619 Zeichen/);
  });
});
