import { languageFor } from '@shared/i18n/mainCatalogs';
import { createTranslator, type Translate } from '../../node/i18n/createTranslator';
import type { HandlerDeps } from './handlerDeps';

/** main's words in the user's language now (the setting, else the OS locale), for the native dialogs a handler shows. */
export function speakerOf(deps: Pick<HandlerDeps, 'settings' | 'shellInfo'>): Translate {
  return createTranslator(languageFor(deps.settings.get().language, deps.shellInfo().locale));
}
