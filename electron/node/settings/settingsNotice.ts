/** Something the settings port did that the user must hear about (same shape as the IPC Notice). */
export interface SettingsNotice {
  readonly code: 'settings-quarantined' | 'settings-fields-reset' | 'settings-save-failed';
  readonly severity: 'info' | 'warning' | 'error';
  /** Where the original file was moved or copied to, relative to the data folder. */
  readonly movedTo?: string;
  /** The settings that fell back to their defaults. */
  readonly fields?: readonly string[];
  readonly message: string;
}
