import { useLayoutEffect, useRef, type RefObject } from 'react';

/** A list in the sidebar: its element, and what a key pressed in it does (true when it used the key). */
export interface ListKeys {
  list: HTMLElement | null;
  onKey(event: KeyboardEvent): boolean;
}

/**
 * Keeps keys pressed in a sidebar list from the workbench's tagging keys (Enter, Delete, digits
 * act on tags there) and hands them to the list. The window capture listener is registered once
 * for the sidebar's life, in a layout effect, so it runs before the workbench's (registered in a
 * passive effect, and again whenever its editor changes), even when the list itself remounts.
 */
export function useListKeyGuard(): RefObject<ListKeys | null> {
  const keys = useRef<ListKeys | null>(null);
  useLayoutEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      const current = keys.current;
      const target = event.target;
      if (!current?.list || !(target instanceof HTMLElement) || !current.list.contains(target)) return;
      if (target.matches('input, select, textarea') || event.ctrlKey || event.metaKey || event.altKey) return;
      if (event.key === 'Tab' || event.key === 'Escape') return;
      event.stopImmediatePropagation();
      if (current.onKey(event)) event.preventDefault();
    };
    window.addEventListener('keydown', onKeyDown, true);
    return () => window.removeEventListener('keydown', onKeyDown, true);
  }, []);
  return keys;
}
