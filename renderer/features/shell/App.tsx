import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { flushSync } from 'react-dom';
import { useTranslation } from 'react-i18next';
import { DEFAULT_LABELS } from '@shared/annotation/labelSet';
import type { Notice, OpenedDocument, SettingsView, ShellInfo } from '@shared/ipc/contract';
import { ApiError, type ApiClient } from '../../api/bridgeClient';
import { causeOf } from '../../api/failureText';
import type { FailureCause } from '@shared/ipc/failureSentence';
import { useFailureText } from '../../i18n/useFailureText';
import { createCorpusController } from '../corpus/createCorpusController';
import { createDocumentSwitch } from '../corpus/createDocumentSwitch';
import { useCorpusTitle } from '../corpus/useCorpusState';
import { countLabels } from '@shared/annotation/countLabels';
import { createDocumentSession, type SessionMemory } from '../../state/createDocumentSession';
import { uiLanguageFor } from '../../i18n/createI18n';
import { AnnotatorPrompt } from './AnnotatorPrompt';
import { WindowWorkbench } from './WindowWorkbench';
import { markStart } from './markStart';

/** Props of the shell: the api client is its only way to main. */
export interface AppProps {
  api: ApiClient;
  shell: ShellInfo;
}

type LoadState =
  | { kind: 'loading' }
  | { kind: 'failed'; cause: FailureCause }
  | { kind: 'ready'; opened: OpenedDocument; settings: SettingsView; notices: Notice[] };

/** Loads settings and the start document, asks for the annotator's name at first start, then shows the workbench. */
export function App({ api, shell }: AppProps) {
  const { t, i18n } = useTranslation();
  const failureText = useFailureText();
  const [state, setState] = useState<LoadState>({ kind: 'loading' });
  // The corpus list and its messages outlive the document's workbench, which remounts per document.
  const corpus = useMemo(() => createCorpusController(api), [api]);

  useEffect(() => {
    let cancelled = false;
    markStart('first-render');
    Promise.all([api.getSettings(), api.openStartDocument()]).then(
      ([{ settings, notices }, opened]) => {
        markStart('start-document');
        if (!cancelled) setState({ kind: 'ready', opened, settings, notices: [...notices, ...opened.notices] });
      },
      (error: unknown) => !cancelled && setState({ kind: 'failed', cause: causeOf(error) }),
    );
    return () => {
      cancelled = true;
    };
  }, [api]);

  const settings = state.kind === 'ready' ? state.settings : null;
  // The UI language follows the OS unless the settings name one.
  const language = settings?.language ?? 'system';
  useEffect(() => {
    const wanted = language === 'system' ? uiLanguageFor(shell.locale) : language;
    if (i18n.language !== wanted) void i18n.changeLanguage(wanted);
    document.documentElement.lang = wanted;
  }, [language, shell.locale, i18n]);
  const opened = state.kind === 'ready' ? state.opened : null;
  const settingsRef = useLatest(settings);
  const histories = useRef(new Map<string, SessionMemory>());
  const session = useMemo(() => {
    if (!opened) return null;
    return createDocumentSession({
      previous: histories.current.get(opened.document.id),
      opened,
      annotator: () => settingsRef.current?.annotator || shell.userName,
      snapToWords: () => settingsRef.current?.snapToWords ?? true,
      newId: () => crypto.randomUUID(),
      now: () => new Date().toISOString(),
      saveAnnotations: (request) => api.saveAnnotations(request),
      isConflict: (error) => error instanceof ApiError && (error.code === 'conflict' || error.code === 'read-only'),
      renderNow: flushSync,
    });
  }, [opened, api, shell.userName]);

  // "Compare now" on another document: it opens with review comparing with that colleague's set.
  const [compareOnOpen, setCompareOnOpen] = useState<{ documentId: string; annotator: string } | null>(null);

  // Switching documents saves the current one first, then opens the other with its annotations;
  // the session left behind is disposed, its undo history kept for coming back. The last choice wins.
  const sessionRef = useLatest(session);
  const failureTextRef = useLatest(failureText);
  const switcher = useMemo(
    () =>
      createDocumentSwitch({
        openDocument: (request) => api.openDocument(request),
        current: () => sessionRef.current,
        leave: (left) => {
          histories.current.set(left.documentId, left.memory());
          corpus.setLabelCounts(left.documentId, countLabels(left.annotations()));
        },
        // Committed synchronously, so the document left behind runs its effects' cleanups, and the next one shows its
        // text in the window's editor, in the same task (see TextEditor) — never a frame of neither.
        show: (next) => flushSync(() => setState((s) => (s.kind === 'ready' ? { ...s, opened: next, notices: next.notices } : s))),
        failed: (error) => sessionRef.current?.say({ key: 'app.openFailed', values: { message: failureTextRef.current(causeOf(error)) }, severity: 'error' }),
      }),
    [api, corpus, sessionRef, failureTextRef],
  );
  const openDocument = useCallback(
    (documentId: string) => {
      setCompareOnOpen(null);
      return switcher.open(documentId);
    },
    [switcher],
  );

  const openToCompare = useCallback(
    (documentId: string, annotator: string) => {
      void openDocument(documentId).then(() => setCompareOnOpen({ documentId, annotator }));
    },
    [openDocument],
  );

  // A renamed document's title shows at once (the corpus knows it before the next open).
  const title = useCorpusTitle(corpus, opened?.document.id ?? '', opened?.document.title ?? '');

  const updateSettings = useCallback(
    async (patch: Partial<SettingsView>) => {
      const next = await api.updateSettings(patch);
      setState((s) => (s.kind === 'ready' ? { ...s, settings: next } : s));
    },
    [api],
  );

  if (state.kind === 'loading') return <p className="placeholder loading">{t('app.loading')}</p>;
  if (state.kind === 'failed')
    return (
      <p className="error" role="alert" title={state.cause.detail}>
        {t('app.loadFailed', { message: failureText(state.cause) })}
      </p>
    );
  if (!session || !settings) return null;
  return (
    <>
      <WindowWorkbench
        api={api}
        onOpenDocument={openDocument}
        onOpenToCompare={openToCompare}
        {...(compareOnOpen !== null && compareOnOpen.documentId === session.documentId && { compareOnOpen: compareOnOpen.annotator })}
        session={session}
        title={title}
        corpus={corpus}
        labels={DEFAULT_LABELS}
        settings={settings}
        initialNotices={state.notices}
        initialScrollTop={state.opened.scrollTop ?? 0}
        {...(state.opened.scrollAnchor && { initialScrollAnchor: state.opened.scrollAnchor })}
        onSettings={updateSettings}
      />
      {settings.annotator === '' && <AnnotatorPrompt suggestion={shell.userName} onSubmit={(annotator) => void updateSettings({ annotator })} />}
    </>
  );
}

/** A ref that always holds the latest value, for callbacks created once. */
function useLatest<T>(value: T): { current: T } {
  const [ref] = useState(() => ({ current: value }));
  ref.current = value;
  return ref;
}
