/** A key name as the keyboard reports it (`KeyboardEvent.key`) or a modifier; shown through the `keys.*` catalog entries. */
export type KeyToken = string;

/**
 * Where a shortcut acts: in the text, in the text with a tag selected (focus in the text itself,
 * so Tab elsewhere still moves between controls), anywhere outside a form field, anywhere, in the
 * search bar, in a list, in a note being edited, or (outside a field) while relation picking, a
 * selected relation or the suggestion review is shown.
 */
export type ShortcutPlace = 'text' | 'textTag' | 'outsideField' | 'anywhere' | 'searchBar' | 'list' | 'noteEditing' | 'relationPicking' | 'relationSelected' | 'suggestionReview';

/** A visible mode in which keys may mean something else (its bindings win while it is shown). */
export type ModeId = 'noteEditing' | 'relationPicking' | 'relationSelected' | 'suggestionReview';

/**
 * One shortcut: its catalog id (`shortcuts.actions.<id>`), where it acts, and its alternatives,
 * each a chord of keys pressed together. `commands` names, per chord, the command the window's
 * bindings run (none: the component that owns the place handles the keys, e.g. the search bar);
 * `mode` marks a key that acts only while that mode is shown.
 */
export interface Shortcut {
  readonly id: string;
  readonly where: ShortcutPlace;
  readonly chords: readonly (readonly KeyToken[])[];
  readonly commands?: readonly string[];
  readonly mode?: ModeId;
}

/**
 * Every shortcut, in the order the overlay and the README list them: the one place the shortcut
 * overlay and the README's keymap table (checked by a test) are made from.
 */
export const KEYMAP: readonly Shortcut[] = [
  { id: 'label', where: 'outsideField', chords: [['1'], ['2'], ['3'], ['4']], commands: ['label', 'label', 'label', 'label'] },
  { id: 'delete', where: 'text', chords: [['Delete'], ['Backspace']], commands: ['delete', 'delete'] },
  { id: 'note', where: 'text', chords: [['Enter']], commands: ['note'] },
  { id: 'noteLeave', where: 'noteEditing', chords: [['Ctrl', 'Enter'], ['Escape']] },
  { id: 'move', where: 'outsideField', chords: [['J'], ['K'], ['Alt', 'ArrowDown'], ['Alt', 'ArrowUp']], commands: ['next', 'previous', 'next', 'previous'] },
  { id: 'cycle', where: 'outsideField', chords: [['C']], commands: ['cycle'] },
  { id: 'relate', where: 'outsideField', chords: [['R']], commands: ['relate'] },
  { id: 'relationPick', where: 'relationPicking', chords: [['J'], ['K']], commands: ['relationNext', 'relationPrevious'], mode: 'relationPicking' },
  { id: 'relationConfirm', where: 'relationPicking', chords: [['Enter']], commands: ['relationConfirm'], mode: 'relationPicking' },
  { id: 'relationType', where: 'relationPicking', chords: [['1'], ['2'], ['3']], commands: ['relationType', 'relationType', 'relationType'], mode: 'relationPicking' },
  { id: 'relationCancel', where: 'relationPicking', chords: [['Escape']], commands: ['relationCancel'], mode: 'relationPicking' },
  { id: 'relationDelete', where: 'relationSelected', chords: [['Delete'], ['Backspace']], commands: ['relationDelete', 'relationDelete'], mode: 'relationSelected' },
  { id: 'relationDeselect', where: 'relationSelected', chords: [['Escape']], commands: ['relationDeselect'], mode: 'relationSelected' },
  { id: 'relationTab', where: 'textTag', chords: [['Tab'], ['Shift', 'Tab']], commands: ['relationNextOfTag', 'relationPreviousOfTag'] },
  { id: 'deselect', where: 'text', chords: [['Escape']], commands: ['deselect'] },
  { id: 'undo', where: 'outsideField', chords: [['Ctrl', 'Z'], ['Ctrl', 'Shift', 'Z'], ['Ctrl', 'Y']], commands: ['undo', 'redo', 'redo'] },
  { id: 'search', where: 'anywhere', chords: [['Ctrl', 'F']], commands: ['find'] },
  { id: 'searchSteps', where: 'searchBar', chords: [['Enter'], ['Shift', 'Enter'], ['Escape']] },
  { id: 'save', where: 'anywhere', chords: [['Ctrl', 'S']], commands: ['save'] },
  { id: 'openExport', where: 'anywhere', chords: [['Ctrl', 'O'], ['Ctrl', 'E']], commands: ['open', 'export'] },
  { id: 'lists', where: 'list', chords: [['ArrowUp'], ['ArrowDown'], ['Home'], ['End'], ['Enter']] },
  { id: 'help', where: 'outsideField', chords: [['?'], ['F1']], commands: ['help', 'help'] },
  { id: 'suggestions', where: 'outsideField', chords: [['S']], commands: ['suggestions'] },
  { id: 'suggestionAccept', where: 'suggestionReview', chords: [['A'], ['Enter']], commands: ['acceptSuggestion', 'acceptSuggestion'], mode: 'suggestionReview' },
  { id: 'suggestionReject', where: 'suggestionReview', chords: [['X']], commands: ['rejectSuggestion'], mode: 'suggestionReview' },
  { id: 'suggestionMove', where: 'suggestionReview', chords: [['J'], ['K']], commands: ['nextSuggestion', 'previousSuggestion'], mode: 'suggestionReview' },
  { id: 'suggestionAcceptAll', where: 'suggestionReview', chords: [['Shift', 'A']], commands: ['acceptAllOfLabel'], mode: 'suggestionReview' },
  // Escape leaves every visible mode (note editing, relation picking, a selected relation, the suggestion review), as S does here.
  { id: 'suggestionClose', where: 'suggestionReview', chords: [['Escape']], commands: ['closeSuggestions'], mode: 'suggestionReview' },
];

/** Tokens with a name of their own per language; every other token (letters, digits, `?`, F1) is shown as it is. */
export const NAMED_KEYS = ['Ctrl', 'Shift', 'Alt', 'Tab', 'Delete', 'Backspace', 'Enter', 'Escape', 'ArrowDown', 'ArrowUp', 'Home', 'End'] as const;

/** The chords of a shortcut as text, e.g. `Ctrl+Shift+Z`, with `name` giving each token's visible name. */
export function chordTexts(shortcut: Shortcut, name: (token: KeyToken) => string): string[] {
  return shortcut.chords.map((chord) => chord.map(name).join('+'));
}
