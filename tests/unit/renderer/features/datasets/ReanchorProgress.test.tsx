// @vitest-environment happy-dom
import { act } from 'react';
import { I18nextProvider } from 'react-i18next';
import { describe, expect, it } from 'vitest';
import { createI18n } from '../../../../../renderer/i18n/createI18n';
import { mountComponent } from '../../../support/mountComponent';
import { ReanchorProgress } from '../../../../../renderer/features/datasets/ReanchorProgress';


const view = mountComponent();

describe('ReanchorProgress', () => {
  it.each([
    ['en-US', 'Jonas', 1200, 5000, 'Re-anchoring Jonas’s tags: 1,200 of 5,000'],
    ['de-DE', 'Jonas', 1200, 5000, 'Markierungen von Jonas werden neu verankert: 1.200 von 5.000'],
    ['de-AT', 'Mu\u0308ller 😀', 0, 2000, 'Markierungen von Mu\u0308ller 😀 werden neu verankert: 0 von 2.000'],
    ['en-GB', 'x\u202Etxt', 7, 7, 'Re-anchoring x'],
  ])('%s, %s: %d of %d reads “%s”, names the bar and is a polite live region', async (locale, annotator, done, total, sentence) => {
    const i18n = await createI18n(locale);
    const cancels: string[] = [];
    view.render(
      <I18nextProvider i18n={i18n}>
        <ReanchorProgress progress={{ annotator, done, total }} onCancel={() => cancels.push(locale)} />
      </I18nextProvider>,
    );
    const bar = view.host.querySelector('progress');
    const live = view.host.querySelector('[aria-live="polite"]');
    expect(live?.textContent?.startsWith(sentence)).toBe(true);
    expect(bar?.getAttribute('value')).toBe(String(done));
    expect(bar?.getAttribute('max')).toBe(String(total));
    expect(bar?.getAttribute('aria-labelledby')).toBe(live?.id);
    // The colleague's name is isolated, so a bidi override in it cannot reorder the sentence.
    expect(live?.querySelector('bdi')).not.toBeNull();
    // A panel, not a dialog: nothing makes the rest of the window inert.
    expect(view.host.querySelector('dialog')).toBeNull();
    const cancel = view.host.querySelector('button');
    expect(cancel?.textContent).toBe(locale.startsWith('de') ? 'Import abbrechen' : 'Cancel import');
    act(() => cancel?.click());
    expect(cancels).toEqual([locale]);
  });
});
