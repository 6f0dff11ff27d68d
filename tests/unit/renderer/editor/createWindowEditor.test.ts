// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { Plugin, PluginKey, TextSelection } from '@tiptap/pm/state';
import { createWindowEditor, type WindowEditor } from '../../../../renderer/editor/createWindowEditor';

/** Texts with an emoji (two UTF-16 units) and an NFD umlaut (two code points). */
const FIRST = ['😀 Anfang hier', 'Mu\u0308ller sagt heute'].join('\n');
const SECOND = ['Köln 📰 Ende', 'Zweite Zeile'].join('\n');

const counterKey = new PluginKey<number>('counter');

/** A document plugin that counts its transactions and records its view's life. */
function documentPlugin(log: string[], name: string): Plugin<number> {
  return new Plugin<number>({
    key: counterKey,
    state: { init: () => 0, apply: (_tr, n) => n + 1 },
    view: () => (log.push(`${name} view`), { destroy: () => log.push(`${name} destroyed`) }),
  });
}

const editors: WindowEditor[] = [];
afterEach(() => editors.splice(0).forEach((e) => e.destroy()));

describe('createWindowEditor', () => {
  it.each([
    ['an emoji and an NFD umlaut, then an emoji', FIRST, SECOND],
    ['the other way round', SECOND, FIRST],
  ])('shows a second document (%s) in the same view with none of the first one\'s state', (_case, first, second) => {
    const windowEditor = createWindowEditor();
    editors.push(windowEditor);
    const { editor } = windowEditor;
    const log: string[] = [];
    windowEditor.show(first, [documentPlugin(log, 'first')], 'Text');
    const view = editor.view;
    view.dispatch(view.state.tr.setSelection(TextSelection.create(view.state.doc, 3, 6)));
    expect(counterKey.getState(view.state)).toBe(1);
    expect(view.state.doc.textBetween(0, view.state.doc.content.size, '\n')).toBe(first);

    windowEditor.show(second, [documentPlugin(log, 'second')], 'Texte');
    expect(editor.view).toBe(view);
    expect(view.state.doc.textBetween(0, view.state.doc.content.size, '\n')).toBe(second);
    expect(counterKey.getState(view.state)).toBe(0);
    expect(view.state.selection.from).toBeLessThanOrEqual(3);
    expect(view.state.selection.empty).toBe(true);
    expect(log).toEqual(['first view', 'first destroyed', 'second view']);
    expect(view.dom.getAttribute('aria-label')).toBe('Texte');
    expect(view.dom.textContent).toContain(second.split('\n')[0]);
  });

  it('keeps refusing changes to the text after a switch (the window\'s plugins come along)', () => {
    const windowEditor = createWindowEditor();
    editors.push(windowEditor);
    windowEditor.show(FIRST, [], 'Text');
    windowEditor.show(SECOND, [], 'Text');
    const { view } = windowEditor.editor;
    view.dispatch(view.state.tr.insertText('x', 2));
    expect(view.state.doc.textBetween(0, view.state.doc.content.size, '\n')).toBe(SECOND);
  });
});
