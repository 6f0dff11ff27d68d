import { useEffect } from 'react';
import { isHelpKey } from './keymap';

/** True when typing goes into a field, where `?` is a character and not a command. */
function isTyping(target: EventTarget | null): boolean {
  return target instanceof HTMLElement && (target.matches('input, textarea, select') || (target.isContentEditable && !target.closest('.text-editor')));
}

/** Calls `open` on F1 anywhere and on `?` outside form fields, so the shortcut list is one key away. */
export function useHelpKey(open: () => void): void {
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (!isHelpKey(event) || (event.key === '?' && isTyping(event.target))) return;
      event.preventDefault();
      open();
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, [open]);
}
