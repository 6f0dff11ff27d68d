import type { ReactNode } from 'react';

/** Props of one option: its control (radio in a group `name`, or a checkbox), its name, a line about it, and an optional badge. */
export interface ChoiceProps {
  readonly type?: 'radio' | 'checkbox';
  readonly name?: string;
  readonly value?: string;
  readonly checked: boolean;
  onChange(checked: boolean): void;
  readonly label: ReactNode;
  readonly about: ReactNode;
  /** The line about it is cut with an ellipsis instead of wrapping (a document title). */
  readonly aboutOneLine?: boolean;
  readonly badge?: ReactNode;
}

/** One option of a dialog's choice group: the whole row is its label, name over a line about it, so Import… and Export read alike. */
export function Choice({ type = 'radio', name, value, checked, onChange, label, about, aboutOneLine = false, badge }: ChoiceProps) {
  return (
    <label className={type === 'checkbox' ? 'choice check' : 'choice'}>
      <input type={type} name={name} value={value} checked={checked} onChange={(event) => onChange(event.target.checked)} />
      <span className="choice-text">
        <span className="choice-name">{label}</span>
        <span className={aboutOneLine ? 'choice-about single-line' : 'choice-about'}>{about}</span>
      </span>
      {badge}
    </label>
  );
}
