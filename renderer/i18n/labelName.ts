import { LABEL_IDS } from '@shared/annotation/labelSet';

const KNOWN_LABEL_IDS: ReadonlySet<string> = new Set(LABEL_IDS);

/**
 * A label's name in the UI language: the catalog's entry for a built-in label id, any other id
 * shown literally, because a label read from a file is data and never an i18n key (a label
 * `constructor` or `$t(app.loading)` must not look anything up or be interpolated).
 */
export function labelName(t: (key: string) => string, id: string): string {
  return KNOWN_LABEL_IDS.has(id) ? t(`labels.${id}`) : id;
}
