import type { KeyToken } from './keymap';

/** The parts of a key event a chord is compared with. */
export type ChordEvent = Pick<KeyboardEvent, 'key' | 'ctrlKey' | 'metaKey' | 'altKey' | 'shiftKey'>;

/**
 * True when `event` is `chord`: Ctrl (or Cmd) and Alt must be exactly as the chord says and the key
 * the same letter in either case; Shift counts only when `strictShift` (so Ctrl+Shift+Z is not
 * Ctrl+Z), otherwise it is ignored — `?` needs Shift on most layouts and Shift+J still moves.
 */
export function matchChord(chord: readonly KeyToken[], event: ChordEvent, strictShift: boolean): boolean {
  const key = chord[chord.length - 1];
  if (key === undefined) return false;
  if (chord.includes('Ctrl') !== (event.ctrlKey || event.metaKey)) return false;
  if (chord.includes('Alt') !== event.altKey) return false;
  if (strictShift && chord.includes('Shift') !== event.shiftKey) return false;
  if (!strictShift && chord.includes('Shift') && !event.shiftKey) return false;
  return key.length === 1 ? key.toLowerCase() === event.key.toLowerCase() : key === event.key;
}
