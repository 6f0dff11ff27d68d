/** A key name as the keyboard reports it (`KeyboardEvent.key`) or a modifier; shown through the `keys.*` catalog entries. */
export type KeyToken = string;

/** Where a shortcut acts: in the text, anywhere outside a form field, anywhere, in the search bar, or in a list. */
export type ShortcutPlace = 'text' | 'outsideField' | 'anywhere' | 'searchBar' | 'list';

/** One shortcut: its catalog id (`shortcuts.actions.<id>`), where it acts, and its alternatives, each a chord of keys pressed together. */
export interface Shortcut {
  readonly id: string;
  readonly where: ShortcutPlace;
  readonly chords: readonly (readonly KeyToken[])[];
}

/**
 * Every shortcut, in the order the overlay and the README list them: the one place the shortcut
 * overlay and the README's keymap table (checked by a test) are made from.
 */
export const KEYMAP: readonly Shortcut[] = [
  { id: 'label', where: 'outsideField', chords: [['1'], ['2'], ['3'], ['4']] },
  { id: 'delete', where: 'text', chords: [['Delete'], ['Backspace']] },
  { id: 'note', where: 'text', chords: [['Enter']] },
  { id: 'move', where: 'outsideField', chords: [['J'], ['K'], ['Alt', 'ArrowDown'], ['Alt', 'ArrowUp']] },
  { id: 'cycle', where: 'outsideField', chords: [['C']] },
  { id: 'deselect', where: 'text', chords: [['Escape']] },
  { id: 'undo', where: 'outsideField', chords: [['Ctrl', 'Z'], ['Ctrl', 'Shift', 'Z'], ['Ctrl', 'Y']] },
  { id: 'search', where: 'anywhere', chords: [['Ctrl', 'F']] },
  { id: 'searchSteps', where: 'searchBar', chords: [['Enter'], ['Shift', 'Enter'], ['Escape']] },
  { id: 'save', where: 'anywhere', chords: [['Ctrl', 'S']] },
  { id: 'openExport', where: 'anywhere', chords: [['Ctrl', 'O'], ['Ctrl', 'E']] },
  { id: 'lists', where: 'list', chords: [['ArrowUp'], ['ArrowDown'], ['Home'], ['End'], ['Enter']] },
  { id: 'help', where: 'outsideField', chords: [['?'], ['F1']] },
];

/** Tokens with a name of their own per language; every other token (letters, digits, `?`, F1) is shown as it is. */
export const NAMED_KEYS = ['Ctrl', 'Shift', 'Alt', 'Delete', 'Backspace', 'Enter', 'Escape', 'ArrowDown', 'ArrowUp', 'Home', 'End'] as const;

/** The chords of a shortcut as text, e.g. `Ctrl+Shift+Z`, with `name` giving each token's visible name. */
export function chordTexts(shortcut: Shortcut, name: (token: KeyToken) => string): string[] {
  return shortcut.chords.map((chord) => chord.map(name).join('+'));
}

/** True when a key event is the chord `?` or F1, which open the shortcut overlay. */
export function isHelpKey(event: Pick<KeyboardEvent, 'key' | 'ctrlKey' | 'metaKey' | 'altKey'>): boolean {
  if (event.ctrlKey || event.metaKey || event.altKey) return false;
  return event.key === '?' || event.key === 'F1';
}
