/** A key name as the keyboard reports it (`KeyboardEvent.key`) or a modifier; shown through the `keys.*` catalog entries. */
export type KeyToken = string;

/** One shortcut: its catalog id (`shortcuts.<id>`) and its alternatives, each a chord of keys pressed together. */
export interface Shortcut {
  readonly id: string;
  readonly chords: readonly (readonly KeyToken[])[];
}

/**
 * Every workbench shortcut, in the order the overlay and the README list them: the one place
 * the shortcut overlay, the README table (checked by a test) and the key help are made from.
 */
export const KEYMAP: readonly Shortcut[] = [
  { id: 'label', chords: [['1'], ['2'], ['3'], ['4']] },
  { id: 'delete', chords: [['Delete'], ['Backspace']] },
  { id: 'note', chords: [['Enter']] },
  { id: 'move', chords: [['J'], ['K'], ['Alt', 'ArrowDown'], ['Alt', 'ArrowUp']] },
  { id: 'cycle', chords: [['C']] },
  { id: 'deselect', chords: [['Escape']] },
  { id: 'undo', chords: [['Ctrl', 'Z'], ['Ctrl', 'Shift', 'Z'], ['Ctrl', 'Y']] },
  { id: 'search', chords: [['Ctrl', 'F']] },
  { id: 'save', chords: [['Ctrl', 'S']] },
  { id: 'open', chords: [['Ctrl', 'O']] },
  { id: 'export', chords: [['Ctrl', 'E']] },
  { id: 'help', chords: [['?'], ['F1']] },
];

/** Tokens with a name of their own per language; every other token (letters, digits, `?`, F1) is shown as it is. */
export const NAMED_KEYS = ['Ctrl', 'Shift', 'Alt', 'Delete', 'Backspace', 'Enter', 'Escape', 'ArrowDown', 'ArrowUp'] as const;

/** The chords of a shortcut as text, e.g. `Ctrl+Shift+Z`, with `name` giving each token's visible name. */
export function chordTexts(shortcut: Shortcut, name: (token: KeyToken) => string): string[] {
  return shortcut.chords.map((chord) => chord.map(name).join('+'));
}

/** True when a key event is the chord `?` or F1, which open the shortcut overlay. */
export function isHelpKey(event: Pick<KeyboardEvent, 'key' | 'ctrlKey' | 'metaKey' | 'altKey'>): boolean {
  if (event.ctrlKey || event.metaKey || event.altKey) return false;
  return event.key === '?' || event.key === 'F1';
}
