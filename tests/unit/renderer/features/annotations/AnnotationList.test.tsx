// @vitest-environment happy-dom
import { act } from 'react';
import { I18nextProvider } from 'react-i18next';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Annotation } from '@shared/annotation/annotation';
import { DEFAULT_LABELS } from '@shared/annotation/labelSet';
import { countLabels } from '@shared/annotation/countLabels';
import { mountComponent } from '../../../support/mountComponent';
import { createI18n } from '../../../../../renderer/i18n/createI18n';
import { AnnotationList } from '../../../../../renderer/features/annotations/AnnotationList';

const tag = (id: string, label: string, start: number, text: string): Annotation => ({ id, label, start, end: start + Array.from(text).length, text, annotator: 'tester' });
const TAGS = [tag('q1', 'quote', 0, 'Wir kooperieren 😀'), tag('a1', 'actor', 30, 'Wassili Nebensja'), tag('q2', 'claim', 60, 'Jo\u0308rg sagt nichts')];
const SPEAKERS = new Map([
  ['q1', 'Wassili Nebensja'],
  ['q2', 'Jo\u0308rg Mu\u0308ller 😀'],
]);

const view = mountComponent();

// happy-dom lays nothing out: the list's scroll box is given a height, so the virtualizer renders rows.
const heights = ['clientHeight', 'clientWidth'].map((name) => [name, Object.getOwnPropertyDescriptor(HTMLElement.prototype, name)] as const);
beforeAll(() => {
  for (const [name] of heights) Object.defineProperty(HTMLElement.prototype, name, { configurable: true, get: () => 600 });
});
afterAll(() => {
  for (const [name, descriptor] of heights) if (descriptor) Object.defineProperty(HTMLElement.prototype, name, descriptor);
});

describe('AnnotationList speaker notes', () => {
  it('shows who said a quote beside it in the window’s language, and follows a change of language', async () => {
    const i18n = await createI18n('en-US');
    const list = () => (
      <I18nextProvider i18n={i18n}>
        <AnnotationList annotations={TAGS} labels={DEFAULT_LABELS} selectedId={null} hiddenLabels={[]} counts={countLabels(TAGS)} onToggleLabel={() => undefined} onActivate={() => undefined} speakers={SPEAKERS} />
      </I18nextProvider>
    );
    view.render(list());
    const notes = () => [...view.host.querySelectorAll('[data-testid="speaker"]')].map((n) => n.textContent);
    expect(notes()).toEqual(['said by Wassili Nebensja', 'said by Jo\u0308rg Mu\u0308ller 😀']);
    await act(async () => void (await i18n.changeLanguage('de')));
    expect(notes()).toEqual(['gesagt von Wassili Nebensja', 'gesagt von Jo\u0308rg Mu\u0308ller 😀']);
  });
});
