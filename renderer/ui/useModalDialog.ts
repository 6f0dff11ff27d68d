import { useEffect, useRef } from 'react';

/**
 * Shows a `<dialog>` as a modal while the component is mounted, and gives focus back to what
 * had it before when it goes away (so the keyboard user lands where they were, e.g. the text).
 */
export function useModalDialog(): React.RefObject<HTMLDialogElement | null> {
  const ref = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    const dialog = ref.current;
    const previous = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    if (dialog && !dialog.open) dialog.showModal();
    return () => {
      if (dialog?.open) dialog.close();
      previous?.focus();
    };
  }, []);
  return ref;
}
