import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { DocumentView } from '../../../shared/ipc/contract';
import { DEFAULT_LABELS } from '../../../shared/annotation/labelSet';
import type { ApiClient } from '../../api/bridgeClient';
import { TextEditor } from '../../editor/TextEditor';

/** Props of the shell: the api client is its only way to main. */
export interface AppProps {
  api: ApiClient;
}

type LoadState = { kind: 'loading' } | { kind: 'failed'; message: string } | { kind: 'ready'; document: DocumentView };

/** The workbench shell: header with the document title, label palette, editor, annotation list, status line. */
export function App({ api }: AppProps) {
  const { t } = useTranslation();
  const [state, setState] = useState<LoadState>({ kind: 'loading' });

  useEffect(() => {
    let cancelled = false;
    api.getBuiltinDocument().then(
      (document) => !cancelled && setState({ kind: 'ready', document }),
      (error: unknown) => !cancelled && setState({ kind: 'failed', message: error instanceof Error ? error.message : String(error) }),
    );
    return () => {
      cancelled = true;
    };
  }, [api]);

  const document = state.kind === 'ready' ? state.document : null;
  return (
    <div className="workbench">
      <header className="workbench-header">
        <span className="app-name">{t('app.name')}</span>
        <h1 className="document-title" data-testid="document-title">
          {document?.title ?? ''}
        </h1>
      </header>
      <aside className="palette" aria-labelledby="palette-heading">
        <h2 id="palette-heading">{t('palette.heading')}</h2>
        <ul className="palette-list">
          {DEFAULT_LABELS.map((label) => (
            <li key={label.id}>
              <button
                type="button"
                className={`label-button label-${label.id}`}
                data-label={label.id}
                aria-label={t('palette.button', { name: t(`labels.${label.id}`, { defaultValue: label.name }), key: label.key })}
              >
                <span className="label-swatch" aria-hidden="true" />
                <span className="label-name">{t(`labels.${label.id}`, { defaultValue: label.name })}</span>
                <kbd aria-hidden="true">{label.key}</kbd>
              </button>
            </li>
          ))}
        </ul>
      </aside>
      <main className="document-pane">
        {state.kind === 'loading' && <p className="placeholder">{t('app.loading')}</p>}
        {state.kind === 'failed' && (
          <p className="error" role="alert">
            {t('app.loadFailed', { message: state.message })}
          </p>
        )}
        {document && <TextEditor text={document.text} label={t('editor.label')} />}
      </main>
      <aside className="annotation-panel" aria-labelledby="annotations-heading">
        <h2 id="annotations-heading">{t('list.heading')}</h2>
        <p className="placeholder">{t('list.empty')}</p>
      </aside>
      <footer className="status-line" role="status" aria-live="polite">
        {document ? t('status.characters', { count: [...document.text].length }) : t('status.ready')}
      </footer>
    </div>
  );
}
