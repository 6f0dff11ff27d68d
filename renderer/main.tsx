// Base styles first, so feature stylesheets (imported by their components) can refine them.
import './styles/app.css';
import './editor/editor.css';
import './styles/annotations.css';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { I18nextProvider } from 'react-i18next';
import { createApiClient, getBridge } from './api/bridgeClient';
import { DEFAULT_LABELS } from '@shared/annotation/labelSet';
import { App } from './features/shell/App';
import { createI18n } from './i18n/createI18n';
import { installLabelTheme } from './theme/installLabelTheme';
import { markStart } from './features/shell/markStart';

// The renderer's composition root: bridge -> api client -> i18n in the OS language -> React.
async function start(): Promise<void> {
  markStart('script');
  installLabelTheme(document, DEFAULT_LABELS);
  const api = createApiClient(getBridge());
  const shell = await api.getShellInfo();
  markStart('shell-info');
  const i18n = await createI18n(shell.locale);
  markStart('i18n');
  document.documentElement.lang = i18n.language;
  const root = document.getElementById('root');
  if (!root) throw new Error('Missing #root element');
  createRoot(root).render(
    <StrictMode>
      <I18nextProvider i18n={i18n}>
        <App api={api} shell={shell} />
      </I18nextProvider>
    </StrictMode>,
  );
}

void start();
