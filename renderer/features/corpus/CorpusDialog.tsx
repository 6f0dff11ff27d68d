import type { ReactNode } from 'react';
import { useModalDialog } from '../../ui/useModalDialog';

/** Props of a corpus dialog: its heading's id, a test id, what Escape does, and its content. */
export interface CorpusDialogProps {
  labelledBy: string;
  testId: string;
  className?: string;
  onCancel(): void;
  children: ReactNode;
}

/** A modal `<dialog>` of the corpus: shown while mounted, Escape cancels, focus returns to where it was. */
export function CorpusDialog({ labelledBy, testId, className, onCancel, children }: CorpusDialogProps) {
  const ref = useModalDialog();
  return (
    <dialog
      ref={ref}
      className={className ? `corpus-dialog ${className}` : 'corpus-dialog'}
      aria-labelledby={labelledBy}
      data-testid={testId}
      onCancel={(event) => {
        event.preventDefault();
        onCancel();
      }}
    >
      {children}
    </dialog>
  );
}
