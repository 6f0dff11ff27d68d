import { describe, expect, it, vi } from 'vitest';
import { createKeyBindings, type CommandHandler } from '../../../../../renderer/features/shortcuts/createKeyBindings';
import { KEYMAP, type Shortcut, type ShortcutPlace } from '../../../../../renderer/features/shortcuts/keymap';

/** A key event at a place: 'text', 'field' (a form field) or 'list'. */
function key(k: string, mods: { ctrl?: boolean; shift?: boolean; alt?: boolean } = {}, at: 'text' | 'field' = 'text') {
  return { key: k, ctrlKey: mods.ctrl ?? false, metaKey: false, altKey: mods.alt ?? false, shiftKey: mods.shift ?? false, target: at as unknown as EventTarget, preventDefault: vi.fn() };
}

/** The place test of the window, with targets named by string. */
function isInPlace(where: ShortcutPlace, target: EventTarget | null): boolean {
  const at = target as unknown as string;
  if (where === 'anywhere') return true;
  if (where === 'outsideField' || where === 'text') return at !== 'field';
  return false;
}

/** Bindings over the real keymap whose window layer records the commands it runs. */
function windowBindings(keymap: readonly Shortcut[] = KEYMAP) {
  const ran: string[] = [];
  const bindings = createKeyBindings({ keymap, isInPlace });
  const record = (name: string): CommandHandler => () => void ran.push(name);
  const names = ['label', 'delete', 'note', 'next', 'previous', 'cycle', 'deselect', 'undo', 'redo', 'find', 'save', 'open', 'export', 'help'];
  const commands = Object.fromEntries(names.map((n) => [n, record(n)]));
  bindings.push({ mode: null, handlerOf: (c) => commands[c] });
  return { bindings, ran };
}

describe('createKeyBindings', () => {
  it.each([
    ['1', {}, 'text', 'label'],
    ['j', {}, 'text', 'next'],
    ['J', { shift: true }, 'text', 'next'],
    ['ArrowDown', { alt: true }, 'text', 'next'],
    ['ArrowUp', { alt: true }, 'text', 'previous'],
    ['z', { ctrl: true }, 'text', 'undo'],
    ['Z', { ctrl: true, shift: true }, 'text', 'redo'],
    ['y', { ctrl: true }, 'text', 'redo'],
    ['f', { ctrl: true }, 'field', 'find'],
    ['e', { ctrl: true }, 'field', 'export'],
    ['?', { shift: true }, 'text', 'help'],
    ['F1', {}, 'text', 'help'],
    ['Delete', {}, 'text', 'delete'],
  ] as const)('%s %o in the %s runs %s and prevents the default', (k, mods, at, command) => {
    const { bindings, ran } = windowBindings();
    const event = key(k, mods, at);
    expect(bindings.handleKey(event)).toBe(true);
    expect(ran).toEqual([command]);
    expect(event.preventDefault).toHaveBeenCalled();
  });

  it.each([
    ['1', { ctrl: true }, 'text'],
    ['j', { alt: true }, 'text'],
    ['j', {}, 'field'],
    ['z', { ctrl: true }, 'field'],
    ['?', { shift: true }, 'field'],
    ['😀', {}, 'text'],
    ['u\u0308', {}, 'text'],
    ['ArrowDown', {}, 'text'],
  ] as const)('%s %o in the %s runs nothing and leaves the key alone', (k, mods, at) => {
    const { bindings, ran } = windowBindings();
    const event = key(k, mods, at);
    expect(bindings.handleKey(event)).toBe(false);
    expect(ran).toEqual([]);
    expect(event.preventDefault).not.toHaveBeenCalled();
  });

  it('a handler returning false passes the key on to the browser', () => {
    const bindings = createKeyBindings({ isInPlace });
    bindings.push({ mode: null, handlerOf: () => () => false });
    const event = key('Delete');
    expect(bindings.handleKey(event)).toBe(false);
    expect(event.preventDefault).not.toHaveBeenCalled();
  });

  it("a shown mode's own keys and handlers win over the window's until it is removed; its other keys fall through", () => {
    const modeKeys: Shortcut[] = [...KEYMAP, { id: 'pickType', where: 'outsideField', chords: [['1'], ['Escape']], commands: ['pickType', 'leave'], mode: 'relationPicking' }];
    const { bindings, ran } = windowBindings(modeKeys);
    const picked: string[] = [];
    const remove = bindings.push({ mode: 'relationPicking', handlerOf: (c) => (c === 'pickType' || c === 'leave' ? () => void picked.push(c) : undefined) });
    bindings.handleKey(key('1'));
    bindings.handleKey(key('Escape'));
    bindings.handleKey(key('j'));
    expect(picked).toEqual(['pickType', 'leave']);
    expect(ran).toEqual(['next']);
    remove();
    bindings.handleKey(key('1'));
    bindings.handleKey(key('Escape'));
    expect(picked).toEqual(['pickType', 'leave']);
    expect(ran).toEqual(['next', 'label', 'deselect']);
  });

  it('Escape leaves the shown suggestion review (the real keymap), instead of deselecting the tag; in a field it does neither', () => {
    const inModes = (where: ShortcutPlace, target: EventTarget | null) => (where === 'suggestionReview' ? (target as unknown as string) !== 'field' : isInPlace(where, target));
    const bindings = createKeyBindings({ isInPlace: inModes });
    const ran: string[] = [];
    bindings.push({ mode: null, handlerOf: (c) => (c === 'deselect' ? () => void ran.push(c) : undefined) });
    const remove = bindings.push({ mode: 'suggestionReview', handlerOf: (c) => (c === 'closeSuggestions' ? () => void ran.push(c) : undefined) });
    expect(bindings.handleKey(key('Escape'))).toBe(true);
    expect(bindings.handleKey(key('Escape', {}, 'field'))).toBe(false);
    expect(ran).toEqual(['closeSuggestions']);
    remove();
    bindings.handleKey(key('Escape'));
    expect(ran).toEqual(['closeSuggestions', 'deselect']);
  });

  it('menu commands run the same handlers, top layer first, with the document id', () => {
    const bindings = createKeyBindings({ isInPlace });
    const opened: (string | undefined)[] = [];
    bindings.push({ mode: null, handlerOf: (c) => (c === 'open-document' ? ({ documentId }) => void opened.push(documentId) : undefined) });
    expect(bindings.run('open-document', { documentId: 'sha256:ä😀' })).toBe(true);
    expect(bindings.run('unknown')).toBe(false);
    expect(opened).toEqual(['sha256:ä😀']);
  });
});
