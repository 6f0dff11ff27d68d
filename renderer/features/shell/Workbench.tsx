import { useCallback, useEffect, useLayoutEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Editor } from '@tiptap/core';
import type { Label } from '@shared/annotation/labelSet';
import type { Notice, ScrollAnchor, SettingsView } from '@shared/ipc/contract';
import type { ApiClient } from '../../api/bridgeClient';
import { clearTextSelection } from '../../editor/clearTextSelection';
import { chipsKey } from '../../editor/labelChips';
import { buildChunksAt } from '../../editor/lazyChunks';
import { positionOf, sessionPlugins } from '../../editor/sessionExtension';
import type { WindowEditor } from '../../editor/createWindowEditor';
import { TextEditor } from '../../editor/TextEditor';
import type { DocumentSession } from '../../state/createDocumentSession';
import { revealInFrame } from '../tagging/revealInFrame';
import '../assist/assist.css';
import { suggestionHighlights } from '../assist/suggestionHighlights';
import { useSuggestionReview } from '../assist/useSuggestionReview';
import { TextFilterNote } from '../annotations/TextFilterNote';
import type { CorpusController } from '../corpus/createCorpusController';
import { DocumentSourceBar } from '../corpus/DocumentSourceBar';
import { useDatasetDialogs } from '../datasets/useDatasetDialogs';
import { RelationFrame } from '../relations/RelationFrame';
import { relationCommands, useRelationMode } from '../relations/useRelationMode';
import { useReview } from '../review/useReview';
import { SearchBar } from '../search/SearchBar';
import { SettingsDialog } from '../settings/SettingsDialog';
import '../settings/settings.css';
import { applyLabel } from '../tagging/applyLabel';
import { taggingCommands } from '../tagging/taggingCommands';
import { KeyBindingsContext } from '../shortcuts/keyBindingsContext';
import { ShortcutOverlay } from '../shortcuts/ShortcutOverlay';
import { useWindowBindings } from '../shortcuts/useWindowBindings';
import { DocumentHeader } from './DocumentHeader';
import { Notices } from './Notices';
import { PaletteBox } from './PaletteBox';
import { AnnotationPanel } from './AnnotationPanel';
import { StatusLine } from './StatusLine';
import { WithDocument } from './WithDocument';
import { useRememberedScroll } from './useRememberedScroll';
import { useSaveOnLeave } from './useSaveOnLeave';
import { createLabelNamer } from '../../i18n/labelName';

/** Props of the workbench for one open document. */
export interface WorkbenchProps {
  api: ApiClient;
  session: DocumentSession;
  title: string;
  labels: readonly Label[];
  settings: SettingsView;
  initialNotices: Notice[];
  initialScrollTop: number;
  /** Where in the text the view's top was when the document was left (see useRememberedScroll). */
  initialScrollAnchor?: ScrollAnchor;
  onSettings(patch: Partial<SettingsView>): Promise<void>;
  onOpenDocument(documentId: string): Promise<void>;
  /** Opens another document with review open on `annotator`'s set ("compare now" after an import). */
  onOpenToCompare?(documentId: string, annotator: string): void;
  /** The colleague whose set review compares with as soon as this document shows. */
  compareOnOpen?: string;
  /** The window's corpus (sidebar list and messages), kept across document switches. */
  corpus: CorpusController;
  /** The window's frame (see WindowWorkbench), kept across documents: where the header and the labels' box are drawn, and the side panels' state. */
  frame: WorkbenchFrame;
}

/** The parts of the window that outlive a document: two elements to draw into and what the panels show. */
export interface WorkbenchFrame {
  header: HTMLElement;
  palette: HTMLElement;
  /** The window's one text editor, which each document's workbench gives its text and plugins. */
  editor: WindowEditor;
  leftOpen: boolean;
  rightOpen: boolean;
  toggleLeft(): void;
  toggleRight(): void;
  /** Tells the frame whether review is open, which widens the right panel. */
  setReviewOpen(open: boolean): void;
}

/** The tagging workbench: palette, editor with highlights and search, annotation list and details, status line. */
export function Workbench({ api, session, title, labels, settings, initialNotices, initialScrollTop, initialScrollAnchor, onSettings, onOpenDocument, onOpenToCompare, compareOnOpen, corpus, frame }: WorkbenchProps) {
  const { t, i18n } = useTranslation();
  // The workbench follows none of the session's state: my tags re-render the parts that show them
  // (each a WithDocument), a save status or message the status line alone, the selection the right column alone.
  const [editor, setEditor] = useState<Editor | null>(null);
  const [searching, setSearching] = useState(false);
  const [settingsOpen, setSettingsOpen] = useState(false);
  const [shortcutsOpen, setShortcutsOpen] = useState(false);
  const openShortcuts = useCallback(() => setShortcutsOpen(true), []);
  const openSettings = useCallback(() => setSettingsOpen(true), []);
  const [notices, setNotices] = useState(initialNotices);
  const [noteDraft, setNoteDraft] = useState(false);
  const paneRef = useRef<HTMLElement>(null);
  // The bar above the pane where a mode's banner shows (relation mode): its own row, never over the text.
  const modeBarRef = useRef<HTMLDivElement>(null);
  const noteRef = useRef<HTMLTextAreaElement>(null);
  // The window's editor, once it shows this document (a destroyed one, when the window closes, has no view: TipTap's stand-in throws).
  const view = editor && !editor.isDestroyed ? editor.view : null;
  const relationMode = useRelationMode(session);
  const nameOfLabel = useMemo(() => createLabelNamer({ t, language: i18n.language }), [t, i18n.language]);
  // The document's plugins, in the order of priority they had as extensions: suggestions, then the session's.
  const plugins = useMemo(() => [suggestionHighlights((cp) => positionOf(session, cp)), ...sessionPlugins(session, nameOfLabel)], [session, nameOfLabel]);

  // The text is shown once per document: a key press re-renders the workbench, never the editor.
  const editorLabel = t('editor.label');
  const windowEditor = frame.editor;
  const editorElement = useMemo(
    () => <TextEditor windowEditor={windowEditor} text={session.text} label={editorLabel} plugins={plugins} onReady={setEditor} />,
    [windowEditor, session.text, editorLabel, plugins],
  );

  const reveal = useCallback(
    (id: string) => {
      if (!view) return;
      // Only chunks near the view are drawn: the tag's chunk is built before it is looked up.
      const annotation = session.annotations().find((a) => a.id === id);
      if (annotation) buildChunksAt(view, [positionOf(session, annotation.start)]);
      revealInFrame(view, id, paneRef.current);
    },
    [view, session],
  );
  const activate = useCallback(
    (id: string) => {
      session.select(id);
      // The tag picked in the list is what the next label key acts on, not a text selection left behind.
      if (view) clearTextSelection(view);
      reveal(id);
    },
    [session, view, reveal],
  );
  const saveNow = useCallback(() => void session.flush(), [session]);
  const flush = useCallback(() => session.flush(), [session]);
  const applyFromPalette = useCallback((labelId: string) => view && applyLabel(view, session, labelId), [view, session]);
  const openSearch = useCallback(() => setSearching(true), []);
  // The note key may come within the frame of the tag it selected: React shows that tag's details first.
  const focusNote = useCallback(() => {
    session.publishNow();
    noteRef.current?.focus();
  }, [session]);
  const backToText = useCallback(() => view?.focus(), [view]);
  const { review, state: reviewState } = useReview(api, session, view);
  // In review, each shown colleague's relations are drawn in their own (dashed) layer.
  const colleagueLayers = useMemo(
    () => (reviewState.open ? reviewState.colleagues.filter((c) => !reviewState.hidden.includes(c.annotator)).map((c) => ({ id: `colleague:${c.annotator}`, annotator: c.annotator, relations: c.relations, annotations: c.annotations })) : []),
    [reviewState.open, reviewState.colleagues, reviewState.hidden],
  );
  // "Compare now" after a colleague's import: review opens on that document, comparing with their set
  // (another document is opened first; this workbench is then replaced, and the new one opens review).
  const compareNow = useCallback(
    (documentId: string, annotator: string) => {
      if (documentId !== session.documentId) return void onOpenToCompare?.(documentId, annotator);
      review.setCompareWith(annotator);
      review.setOpen(true);
    },
    [session.documentId, onOpenToCompare, review],
  );
  useEffect(() => {
    if (compareOnOpen === undefined) return;
    review.setCompareWith(compareOnOpen);
    review.setOpen(true);
  }, [review, compareOnOpen]);
  const reloadReview = useCallback(() => void review.reload(), [review]);
  const datasets = useDatasetDialogs({ api, session, title, onOpenDocument, onCompare: compareNow, onMigrations: review.receiveMigrations, onColleaguesStored: reloadReview });
  // Suggestion review's toggle and panel follow whether it is open themselves: S does not re-render the workbench.
  const suggestions = useSuggestionReview(api, session, view);
  const toggleSuggestions = useCallback(() => suggestions.setOpen(!suggestions.getState().open), [suggestions]);
  const toggleReview = useCallback(() => review.toggle(), [review]);
  // The window's one command map: keys (from the keymap) and menu items run the same handlers.
  const bindings = useWindowBindings(
    {
      ...taggingCommands({ session, view, labels, focusNote, reveal }),
      ...relationCommands(relationMode, view !== null),
      find: openSearch,
      save: saveNow,
      undo: () => session.undo(),
      redo: () => session.redo(),
      open: () => void corpus.openFromDialog(onOpenDocument),
      'open-document': ({ documentId }) => (documentId ? void onOpenDocument(documentId) : false),
      review: () => review.toggle(),
      export: datasets.openExport,
      import: datasets.openImport,
      help: openShortcuts,
      suggestions: toggleSuggestions,
    },
    api.events,
  );

  // The "label on every span" view follows the setting.
  const chips = settings.labelView === 'chips';
  useEffect(() => {
    if (view && !view.isDestroyed) view.dispatch(view.state.tr.setMeta(chipsKey, { on: chips }).setMeta('addToHistory', false));
  }, [view, chips]);

  // The frame widens the right panel for review before the commit paints; a document left behind closes it.
  const { setReviewOpen } = frame;
  useLayoutEffect(() => {
    setReviewOpen(reviewState.open);
    return () => setReviewOpen(false);
  }, [setReviewOpen, reviewState.open]);

  useSaveOnLeave(api, session, noteDraft);
  useRememberedScroll(api, session, view, paneRef, initialScrollTop, initialScrollAnchor);

  return (
    <KeyBindingsContext.Provider value={bindings}>
    {/* Contents: a box of no layout of its own, its parts are the frame's grid items (and its name, for render counts). */}
    <div className="workbench-document">
      <DocumentHeader
        frame={frame}
        title={title}
        settings={settings}
        onSettings={onSettings}
        onOpenSettings={openSettings}
        reviewOpen={reviewState.open}
        onToggleReview={toggleReview}
        suggestions={suggestions}
        onToggleSuggestions={toggleSuggestions}
        onImport={datasets.openImport}
        onExport={datasets.openExport}
      />
      <PaletteBox frame={frame} session={session} labels={labels} chips={chips} onApply={applyFromPalette} onSettings={onSettings} onOpenShortcuts={openShortcuts} />
      {shortcutsOpen && <ShortcutOverlay onClose={() => setShortcutsOpen(false)} />}
      {settingsOpen && <SettingsDialog settings={settings} onSave={onSettings} onClose={() => setSettingsOpen(false)} />}
      <div className="mode-bar" ref={modeBarRef} />
      <main className={chips ? 'document-pane label-view-chips' : 'document-pane'} ref={paneRef}>
        <Notices notices={notices} onDismiss={(index) => setNotices((n) => n.filter((_, i) => i !== index))} />
        <WithDocument session={session}>
          {({ annotations }) => (
            <DocumentSourceBar api={api} corpus={corpus} documentId={session.documentId} annotated={annotations.length > 0} flush={flush} onOpenDocument={onOpenDocument} />
          )}
        </WithDocument>
        {/* The search bar and the "filtered" line stick together above the text, one under the other. */}
        <div className="text-toolbar">
          <WithDocument session={session}>
            {({ annotations }, hiddenLabels) => (
              <>
                {searching && view && (
                  <SearchBar
                    session={session}
                    view={view}
                    labels={labels}
                    annotations={annotations}
                    snapToWords={settings.snapToWords}
                    onClose={() => (setSearching(false), backToText())}
                  />
                )}
                <TextFilterNote annotations={annotations} hiddenLabels={hiddenLabels} onShowAll={() => hiddenLabels.forEach((l) => session.toggleLabel(l))} />
              </>
            )}
          </WithDocument>
        </div>
        <WithDocument session={session}>
          {({ annotations, relations }, hiddenLabels) => (
            <RelationFrame session={session} mode={relationMode} view={view} annotations={annotations} relations={relations} hiddenLabels={hiddenLabels} colleagueLayers={colleagueLayers} viewportRef={paneRef} modeBarRef={modeBarRef} reveal={reveal}>
              {editorElement}
            </RelationFrame>
          )}
        </WithDocument>
      </main>
      <AnnotationPanel
        api={api}
        session={session}
        relationMode={relationMode}
        view={view}
        labels={labels}
        annotator={settings.annotator}
        hidden={!frame.rightOpen}
        review={review}
        reviewState={reviewState}
        onImportColleague={datasets.openColleagueImport}
        suggestions={suggestions}
        onCloseSuggestions={toggleSuggestions}
        noteRef={noteRef}
        onNoteDraft={setNoteDraft}
        onDone={backToText}
        onActivate={activate}
      />
      <StatusLine session={session} noteDraft={noteDraft} characters={session.converter.codePointLength} />
      {datasets.dialogs}
    </div>
    </KeyBindingsContext.Provider>
  );
}
