/** One button of a dialog's foot: its text, and what it does (none: it submits the form). */
export interface DialogAction {
  readonly text: string;
  readonly onClick?: () => void;
  readonly disabled?: boolean;
  /** The id of the text saying why the button is disabled. */
  readonly describedBy?: string;
}

/** Props of the row: an optional secondary action, the primary one, and whether the primary takes the focus on opening. */
export interface DialogActionsProps {
  readonly secondary?: DialogAction | undefined;
  readonly primary: DialogAction;
  readonly focusPrimary?: boolean;
}

function ActionButton({ action, primary, focus }: { action: DialogAction; primary: boolean; focus: boolean }) {
  return (
    <button
      type={action.onClick === undefined ? 'submit' : 'button'}
      className={primary ? 'primary' : undefined}
      onClick={action.onClick}
      disabled={action.disabled}
      aria-describedby={action.describedBy}
      autoFocus={focus}
    >
      {action.text}
    </button>
  );
}

/**
 * The row at a dialog's foot, the same in every dialog: the secondary action (Cancel, Back) on
 * the left, the primary one on the right, focused on opening unless told otherwise, so Enter does
 * what the dialog is for and every dialog's buttons sit in the same places.
 */
export function DialogActions({ secondary, primary, focusPrimary = true }: DialogActionsProps) {
  return (
    <div className="dialog-actions">
      {secondary !== undefined && <ActionButton action={secondary} primary={false} focus={false} />}
      <ActionButton action={primary} primary focus={focusPrimary} />
    </div>
  );
}
