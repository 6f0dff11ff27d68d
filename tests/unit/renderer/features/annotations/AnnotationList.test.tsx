// @vitest-environment happy-dom
import { act } from 'react';
import { I18nextProvider } from 'react-i18next';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
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

describe('AnnotationList on a document switch', () => {
  const many = Array.from({ length: 1000 }, (_, i) => tag(`t${i}`, i % 2 ? 'actor' : 'quote', i * 40, i % 3 ? 'Jo\u0308rg Mu\u0308ller' : 'Wir kooperieren 😀'));
  const rows = () => view.host.querySelectorAll('[data-item]').length;

  it('draws the new list’s rows from the last list’s size and reads no layout of its own before its first frame', async () => {
    const i18n = await createI18n('en-US');
    const list = (annotations: readonly Annotation[]) => (
      <I18nextProvider i18n={i18n}>
        <AnnotationList annotations={annotations} labels={DEFAULT_LABELS} selectedId={null} hiddenLabels={[]} counts={countLabels(annotations)} onToggleLabel={() => undefined} onActivate={() => undefined} />
      </I18nextProvider>
    );
    // The last document's list has seen the column's size.
    view.render(list(TAGS));
    view.render(null);
    let reads = 0;
    const counted = ['clientHeight', 'clientWidth', 'scrollHeight'].map((name) => [name, Object.getOwnPropertyDescriptor(HTMLElement.prototype, name)] as const);
    for (const [name] of counted) Object.defineProperty(HTMLElement.prototype, name, { configurable: true, get: () => (reads++, 600) });
    const scrollTo = vi.spyOn(HTMLElement.prototype, 'scrollTo').mockImplementation(() => undefined);
    try {
      view.render(list(many));
      // 600 px of 30 px rows and a few around: drawn in the first render, nothing laid out for it.
      expect(rows()).toBeGreaterThanOrEqual(20);
      expect(rows()).toBeLessThan(100);
      expect(reads).toBe(0);
      expect(scrollTo).not.toHaveBeenCalled();
      // After the frame the virtualizer meets the box (reading it then finds the layout clean) and the rows stay.
      const drawn = rows();
      await act(async () => void (await new Promise((resolve) => setTimeout(resolve, 600))));
      expect(reads).toBeGreaterThan(0);
      expect(rows()).toBe(drawn);
    } finally {
      scrollTo.mockRestore();
      for (const [name, descriptor] of counted) {
        if (descriptor) Object.defineProperty(HTMLElement.prototype, name, descriptor);
        else Reflect.deleteProperty(HTMLElement.prototype, name);
      }
    }
  });
});
