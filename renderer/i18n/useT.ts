import { useCallback, useContext, useMemo, useSyncExternalStore } from 'react';
import { I18nContext, getI18n } from 'react-i18next';
import type { i18n as I18n, TFunction } from 'i18next';

/** Without an i18next instance (a component rendered alone in a unit test) a key reads as itself, as with react-i18next. */
const KEY_AS_TEXT = ((key: string) => key) as unknown as TFunction;
const NEVER_CHANGES = () => () => undefined;

/**
 * The UI language's `t` for the panels that render after every key press: the same function until
 * the language changes (which re-renders), without react-i18next's per-render check of every
 * namespace's resources (`useTranslation` runs `hasLoadedNamespace` on each render) — our catalogs
 * are bundled into the instance before the first render, so they are always loaded.
 */
export function useT(): TFunction {
  const i18n = (useContext(I18nContext) as { i18n?: I18n } | undefined)?.i18n ?? (getI18n() as I18n | undefined);
  const subscribe = useCallback(
    (changed: () => void) => {
      if (!i18n) return NEVER_CHANGES();
      i18n.on('languageChanged', changed);
      return () => i18n.off('languageChanged', changed);
    },
    [i18n],
  );
  const language = useSyncExternalStore(subscribe, () => i18n?.language ?? '');
  return useMemo(() => (i18n ? i18n.getFixedT(language) : KEY_AS_TEXT), [i18n, language]);
}
