import type { SettingsView } from '@shared/ipc/contract';
import type { Handlers } from '../ipc/createIpcRouter';
import type { Settings } from '../../node/settings/settingsSchema';
import { toNotice, type HandlerDeps } from './handlerDeps';

/** The settings fields the renderer may see. */
function settingsView(settings: Settings): SettingsView {
  return { annotator: settings.annotator, snapToWords: settings.snapToWords, language: settings.language, labelView: settings.labelView };
}

/** Handlers of the shell's methods: OS facts, settings, the window's save state. */
export function createShellHandlers(deps: HandlerDeps): Pick<Handlers, 'getShellInfo' | 'getSettings' | 'updateSettings' | 'reportSaveState'> {
  return {
    getShellInfo: () => deps.shellInfo(),
    getSettings: () => ({ settings: settingsView(deps.settings.get()), notices: deps.settings.takeNotices().map(toNotice) }),
    updateSettings: (patch) => settingsView(deps.settings.update(patch)),
    reportSaveState: (state) => {
      deps.onSaveState(state);
      return null;
    },
  };
}
