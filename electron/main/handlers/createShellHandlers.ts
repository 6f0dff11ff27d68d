import type { SettingsView } from '@shared/ipc/contract';
import type { Handlers } from '../ipc/createIpcRouter';
import type { Settings } from '../../node/settings/settingsSchema';
import { toNotice, type HandlerDeps } from './handlerDeps';
import { canonicalAnnotator } from '@shared/text/canonicalAnnotator';

/** The settings fields the renderer may see; the name canonical (a settings file written by hand or an older Tagwerk may hold it NFD or padded). */
function settingsView(settings: Settings): SettingsView {
  return { annotator: canonicalAnnotator(settings.annotator), snapToWords: settings.snapToWords, language: settings.language, labelView: settings.labelView };
}

/** Handlers of the shell's methods: OS facts, settings, the window's save state. */
export function createShellHandlers(deps: HandlerDeps): Pick<Handlers, 'getShellInfo' | 'getSettings' | 'updateSettings' | 'reportSaveState'> {
  return {
    getShellInfo: () => deps.shellInfo(),
    getSettings: () => ({ settings: settingsView(deps.settings.get()), notices: deps.settings.takeNotices().map(toNotice) }),
    // The name is stored canonical (NFC, trimmed), so tags, colleague sets and the review agree on who I am.
    updateSettings: (patch) => settingsView(deps.settings.update(patch.annotator === undefined ? patch : { ...patch, annotator: canonicalAnnotator(patch.annotator) })),
    reportSaveState: (state) => {
      deps.onSaveState(state);
      return null;
    },
  };
}
