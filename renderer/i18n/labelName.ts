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

/** What a label namer reads from i18next: the lookup and the language it answers in now. */
export interface LabelNamerSource {
  t: (key: string) => string;
  readonly language: string;
}

/**
 * `labelName` asked of i18next once per label and language, because the editor names every one of
 * thousands of drawn spans (title, chip) and each `t()` costs microseconds of key parsing; the
 * language is read on every call, so a switch (en → de) is followed, never served from the old cache.
 */
export function createLabelNamer(source: LabelNamerSource): (id: string) => string {
  // One map per language, so a lookup hashes the label id it was given and builds no key string.
  const byLanguage = new Map<string, Map<string, string>>();
  return (id) => {
    let names = byLanguage.get(source.language);
    if (names === undefined) {
      names = new Map();
      byLanguage.set(source.language, names);
    }
    let name = names.get(id);
    if (name === undefined) {
      name = labelName(source.t, id);
      names.set(id, name);
    }
    return name;
  };
}
