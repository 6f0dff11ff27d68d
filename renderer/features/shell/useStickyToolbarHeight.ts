import { useEffect, useRef, type RefObject } from 'react';

/**
 * Keeps `--text-toolbar-height` on the pane equal to the sticky text toolbar's height (the search
 * bar and its notes), so the relation banner, sticky too, sits just below it rather than under it;
 * returns the ref for the toolbar.
 */
export function useStickyToolbarHeight(pane: RefObject<HTMLElement | null>): RefObject<HTMLDivElement | null> {
  const toolbar = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const bar = toolbar.current;
    const host = pane.current;
    if (!bar || !host || typeof ResizeObserver === 'undefined') return;
    const observer = new ResizeObserver(() => host.style.setProperty('--text-toolbar-height', `${bar.offsetHeight}px`));
    observer.observe(bar);
    return () => observer.disconnect();
  }, [pane]);
  return toolbar;
}
