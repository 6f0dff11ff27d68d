import type { ShortcutPlace } from './keymap';

/** True when typing goes into a form field (note, search), where tagging keys must not fire. */
export function isFormField(target: EventTarget | null): boolean {
  return target instanceof HTMLElement && (target.matches('input, textarea, select') || (target.isContentEditable && !target.closest('.text-editor')));
}

/** True when focus is in the text or on nothing in particular: only there do Enter, Delete and Escape act on tags. */
function isTextOrBody(target: EventTarget | null): boolean {
  return target === document.body || target === document.documentElement || (target instanceof HTMLElement && target.closest('.text-editor') !== null);
}

/**
 * Whether a key event's target is in a shortcut's place: anywhere; outside form fields; in the
 * text (or on nothing focused); in the text itself (`textTag`); the search bar and lists handle
 * their own keys, never the window.
 */
export function isInPlace(where: ShortcutPlace, target: EventTarget | null): boolean {
  if (where === 'anywhere') return true;
  // A visible relation mode or suggestion review takes its keys wherever a field does not (its bindings exist only while it is shown).
  if (where === 'outsideField' || where === 'relationPicking' || where === 'relationSelected' || where === 'suggestionReview') return !isFormField(target);
  if (where === 'text') return !isFormField(target) && isTextOrBody(target);
  // Tab takes a relation only while the text itself has focus: from anywhere else it moves between controls.
  if (where === 'textTag') return target instanceof HTMLElement && target.closest('.text-editor') !== null;
  return false;
}
