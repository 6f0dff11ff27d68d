// @vitest-environment happy-dom
import { act } from 'react';
import { describe, expect, it, vi } from 'vitest';
import type { Annotation } from '@shared/annotation/annotation';
import { mountComponent } from '../../../support/mountComponent';
import { AnnotationDetails } from '../../../../../renderer/features/annotations/AnnotationDetails';

const TAG = { id: 'a1', label: 'quote', start: 0, end: 14, text: 'Mu\u0308ller sagt 😀', annotator: 'tester' } as unknown as Annotation;

const view = mountComponent();

/** Renders the details with a button outside them that `onDone` focuses, as the window returns focus to the text. */
function renderDetails() {
  const onNote = vi.fn();
  const outside = document.createElement('button');
  document.body.append(outside);
  const onDone = vi.fn(() => outside.focus());
  view.render(<AnnotationDetails annotation={TAG} readOnly={false} onNote={onNote} onDelete={() => undefined} onDone={onDone} />);
  const field = view.host.querySelector('textarea') as HTMLTextAreaElement;
  act(() => field.focus());
  return { field, onNote, onDone };
}

/** Types `text` into the field as React sees typing: the native value setter, then an input event. */
function type(field: HTMLTextAreaElement, text: string): void {
  const setValue = Object.getOwnPropertyDescriptor(HTMLTextAreaElement.prototype, 'value')?.set;
  act(() => {
    setValue?.call(field, text);
    field.dispatchEvent(new Event('input', { bubbles: true }));
  });
}

function press(field: HTMLTextAreaElement, key: string, ctrlKey = false): void {
  act(() => void field.dispatchEvent(new KeyboardEvent('keydown', { key, ctrlKey, bubbles: true, cancelable: true })));
}

describe('AnnotationDetails note field', () => {
  it('Escape drops the draft and returns to the text: the blur it causes saves nothing', () => {
    const { field, onNote, onDone } = renderDetails();
    type(field, 'Entwurf 👀 Jo\u0308rdis');
    press(field, 'Escape');
    expect(onDone).toHaveBeenCalledTimes(1);
    expect(onNote).not.toHaveBeenCalled();
    expect(field.value).toBe('');
  });

  it('Ctrl+Enter saves the draft once and returns to the text; leaving the field by blur saves too', () => {
    const { field, onNote, onDone } = renderDetails();
    type(field, 'prüfen 👀');
    press(field, 'Enter', true);
    expect(onNote).toHaveBeenCalledTimes(1);
    expect(onNote).toHaveBeenCalledWith('prüfen 👀');
    expect(onDone).toHaveBeenCalledTimes(1);
    act(() => field.focus());
    type(field, 'später');
    act(() => field.blur());
    expect(onNote).toHaveBeenLastCalledWith('später');
  });
});
