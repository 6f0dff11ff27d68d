import { useEffect, useMemo } from 'react';
import type { EditorView } from '@tiptap/pm/view';
import type { ApiClient } from '../../api/bridgeClient';
import type { DocumentSession } from '../../state/createDocumentSession';
import { createSuggestionReview, type LoadSlices, type SuggestionReview } from './createSuggestionReview';
import { handTextToWorker, ruleSuggestions, ruleSuggestionsNear, warmAssistWorker } from './ruleSuggestions';
import { createVisibleTextCache } from './createVisibleTextCache';
import { nearVisibleText } from './nearVisibleText';
import { scrollParentOf } from './scrollParentOf';
import { whenIdle } from './whenIdle';
import { positionOf } from '../../editor/sessionExtension';
import { afterPaint } from '../../ui/afterPaint';
import type { Suggestion } from '@shared/assist/suggestion';
import type { SuggestionPatch } from '@shared/assist/suggestionIndex';
import type { TextSpan } from './createSuggestionOverlay';
import { suggestionKey, suggestionRange, type DrawnSuggestion, type SuggestionDraw } from './suggestionHighlights';
import { nextDrawBatch, type DrawChange } from './nextDrawBatch';

/** Suggestions one frame draws or takes away at the most (see `nextDrawBatch`): a frame stays short while a scroll or the end of a load brings a thousand. */
const CHANGES_PER_FRAME = 60;

/**
 * Code points drawn beyond the visible text on each side (about two lines): Chromium rebuilds every
 * custom highlight's markers, and repaints every text node under one, at each DOM change of the page
 * (a tag) and each highlight change (J/K), so each drawn suggestion costs every key press; a scroll
 * draws the newly shown text when the browser is idle.
 */
const DRAW_MARGIN = 200;

/** Scrolls the text's pane so that a painted range sits in the middle of it (a range has no `scrollIntoView`). */
function centerInPane(view: EditorView, range: TextSpan): void {
  const pane = scrollParentOf(view.dom);
  if (!pane) return;
  const live = document.createRange();
  live.setStart(range.startContainer, range.startOffset);
  live.setEnd(range.endContainer, range.endOffset);
  const box = live.getBoundingClientRect();
  const frame = pane.getBoundingClientRect();
  pane.scrollTop += box.top + box.height / 2 - (frame.top + frame.height / 2);
}

/** The parts of the browser's scheduler used here (Chromium's `scheduler.postTask` and `navigator.scheduling.isInputPending`); absent elsewhere. */
interface BrowserScheduling {
  scheduler?: { postTask?(job: () => void, options: { priority: 'background' }): Promise<unknown> };
  navigator?: { scheduling?: { isInputPending?(): boolean } };
}

/** Runs `job` as a background task (after input and rendering, back to back while the page is idle), or when idle where there is no `postTask`. */
function inBackground(job: () => void): void {
  const postTask = (globalThis as BrowserScheduling).scheduler?.postTask;
  if (postTask) void postTask.call((globalThis as BrowserScheduling).scheduler, job, { priority: 'background' }).catch(() => undefined);
  else whenIdle(job);
}

/**
 * The whole text's suggestions go into the index 500 at a time (and learning a part at a time),
 * in background tasks of at most about 3 ms that end early when input waits: a key never waits
 * behind more than one short slice, and no long task at 1M.
 */
const LOAD_SLICES: LoadSlices = {
  slice: 500,
  budgetMs: 3,
  schedule: inBackground,
  now: () => performance.now(),
  inputPending: () => (globalThis as BrowserScheduling).navigator?.scheduling?.isInputPending?.() ?? false,
};

/**
 * The suggestion review of the open document: when the mode opens, the text's rule suggestions
 * (computed once per text in a worker) and my rejections are loaded, then the strings I tagged in
 * other documents; after each change to my tags the index follows after the frame that shows the
 * change, and only the suggestions near the visible text are drawn. The mode's keys are bound by `SuggestionPanel`, shown exactly while the mode is.
 */
export function useSuggestionReview(api: ApiClient, session: DocumentSession, view: EditorView | null): SuggestionReview {
  const review = useMemo(
    () => createSuggestionReview(session, { setRejected: (entry, rejected) => void api.setRejected({ ...entry, rejected }).catch(() => undefined) }, LOAD_SLICES),
    [api, session],
  );

  // The worker is started when the browser is first idle after the open, before anyone presses S, and
  // is handed the text then, so S's requests name it instead of copying 1M characters in the key.
  useEffect(
    () =>
      whenIdle(() => {
        warmAssistWorker();
        handTextToWorker(session.documentId, session.text);
      }),
    [session],
  );

  // Drawn: the shown suggestions near the visible part of the text. A change redraws only the
  // suggestions it touched (after the frame that shows the key's effect), a few dozen per frame,
  // nearest the view first; a scroll or a resize measures the visible range again and
  // redraws it when the browser is idle.
  useEffect(() => {
    if (!view) return;
    let frame: number | null = null;
    let idle: (() => void) | null = null;
    let revealed: string | null = null;
    /** The range drawn now, or null before the first draw (and after a scroll: measured anew). */
    let range: { start: number; end: number } | null = null;
    /** Suggestions whose drawing may have to change: drawn or taken away a few dozen per frame. */
    const touched = new Set<string>();
    const draw = () => {
      frame = null;
      if (view.isDestroyed) return;
      const { currentId } = review.getState();
      const before = suggestionKey.getState(view.state);
      const drawnNow = before?.drawn ?? new Map<string, DrawnSuggestion>();
      // S before anything is computed: nothing to draw and nothing drawn, so no measuring and no transaction in the key's frame.
      if (range === null && !review.drawable() && drawnNow.size === 0 && currentId === (before?.currentId ?? null)) return;
      if (range === null) {
        range = nearVisibleText(view, session, DRAW_MARGIN);
        for (const s of review.visibleIn(range.start, range.end)) touched.add(s.id);
        for (const id of drawnNow.keys()) touched.add(id);
      }
      const { start, end } = range;
      const wanted = new Map<string, Suggestion>();
      const changes: DrawChange[] = [];
      for (const id of touched) {
        const s = review.shown(id);
        const had = drawnNow.get(id);
        if (s && s.start < end && s.end > start) {
          if (!had) changes.push({ id, pos: positionOf(session, s.start) });
          wanted.set(id, s);
        } else if (had) changes.push({ id, pos: had.from });
      }
      // Leaving the mode takes everything away at once; otherwise a few dozen a frame, nearest the view first.
      const center = positionOf(session, Math.floor((start + end) / 2));
      const batch = review.drawable() ? nextDrawBatch(changes, center, CHANGES_PER_FRAME, (pos) => view.state.doc.resolve(pos).start()) : new Set(changes.map((c) => c.id));
      // What is drawn now and what is not drawn needs nothing; the rest of the changes wait for the next frames.
      const changing = new Set(changes.map((c) => c.id));
      for (const id of [...touched]) if (batch.has(id) || !changing.has(id)) touched.delete(id);
      if (touched.size > 0) schedule();
      // A change far from the view (a slice of a long text's suggestions going in) draws nothing: no transaction at all.
      if (batch.size === 0 && currentId === (before?.currentId ?? null)) return;
      const drawn = [...batch].flatMap((id) => wanted.get(id) ?? []).sort((a, b) => a.start - b.start);
      const step: SuggestionDraw = { touched: batch, drawn, currentId };
      view.dispatch(view.state.tr.setMeta(suggestionKey, step).setMeta('addToHistory', false));
      // The current suggestion is scrolled into view once when J/K or a decision moves it (its paragraph, when it is not drawn yet).
      if (currentId === revealed) return;
      revealed = currentId;
      const current = review.current();
      if (!currentId || !current) return;
      const painted = suggestionRange(view, currentId);
      if (painted) return centerInPane(view, painted);
      const { node } = view.domAtPos(positionOf(session, current.start));
      (node instanceof Element ? node : node.parentElement)?.scrollIntoView({ block: 'center' });
    };
    const schedule = () => {
      frame ??= requestAnimationFrame(draw);
    };
    /** Whether the mode was open at the last change, and the wait for the panel's frame to be painted after S opened it. */
    let wasOpen = review.getState().open;
    let opening: (() => void) | null = null;
    const changed = (patch: SuggestionPatch | null) => {
      if (patch === null) range = null;
      else {
        for (const s of patch.added) touched.add(s.id);
        for (const id of patch.removed) touched.add(id);
      }
      const open = review.getState().open;
      const opened = open && !wasOpen;
      wasOpen = open;
      if (!open) {
        opening?.();
        opening = null;
      }
      // S paints its panel first: the screen's suggestions (cached when the mode opens again) are measured and drawn from the frame after, not in the panel's.
      if (opened) opening = afterPaint(() => ((opening = null), schedule()));
      else if (opening === null) schedule();
    };
    const remeasure = () => {
      idle = null;
      range = null;
      schedule();
    };
    const scrolled = () => {
      // Closed, nothing is drawn: the range is measured again when the mode opens, not while scrolling.
      if (!review.getState().open) range = null;
      else idle ??= whenIdle(remeasure);
    };
    review.attach(changed);
    const pane = scrollParentOf(view.dom);
    pane?.addEventListener('scroll', scrolled, { passive: true });
    window.addEventListener('resize', scrolled);
    return () => {
      review.attach(null);
      pane?.removeEventListener('scroll', scrolled);
      window.removeEventListener('resize', scrolled);
      if (frame !== null) cancelAnimationFrame(frame);
      opening?.();
      idle?.();
    };
  }, [review, view, session]);

  // As the mode opens (S), the paragraphs in view are asked for in the key's own task: one short
  // message (the range was measured while idle, the text handed over then), so the worker starts
  // before the panel's frame instead of after it (tens of ms at 1M). After that frame is painted, the rest is loaded, once per
  // document: the rule suggestions of the paragraphs in view, then the whole text's; learned strings
  // follow when main has them. A subscription, not a React effect: the mode's state re-renders only
  // its toggle and panel (`useSuggestionOpen`), never the workbench.
  useEffect(() => {
    /** Leaves the load of the last opening (results that come after the mode closed are dropped). */
    let leave: (() => void) | null = null;
    const visible = view && !view.isDestroyed ? createVisibleTextCache(view, session, DRAW_MARGIN, () => !review.getState().open) : null;
    const opened = () => {
      const first = visible && view && !view.isDestroyed ? ruleSuggestionsNear(session.documentId, session.text, visible.get) : null;
      // Later openings find the whole text's suggestions cached (the first screen is not asked for again): no more measuring ahead.
      visible?.stop();
      let live = true;
      const cancel = afterPaint(() => {
        const rejected = api.rejectedStrings().then((r) => {
          if (live && r.keptAside) review.noteKeptAside(r.keptAside);
          return r.rejected;
        }, () => []);
        if (first) void Promise.all([first, rejected]).then(([rules, list]) => live && review.preview(rules, list));
        void Promise.all([ruleSuggestions(session.documentId, session.text), rejected]).then(([rules, list]) => {
          if (!live) return;
          review.load(rules, list);
          void api.learnedStrings({ documentId: session.documentId }).then((r) => live && review.learn(r.learned), () => undefined);
        });
      });
      return () => {
        live = false;
        cancel();
      };
    };
    const follow = () => {
      const open = review.getState().open;
      if (open && leave === null) leave = opened();
      else if (!open && leave !== null) {
        leave();
        leave = null;
      }
    };
    follow();
    const unsubscribe = review.subscribe(follow);
    return () => {
      unsubscribe();
      visible?.stop();
      leave?.();
    };
  }, [api, session, review, view]);

  // My tags changed (a tag, an undo, an accepted suggestion): the index follows after the frame is painted.
  useEffect(() => {
    let last = session.getState().history;
    let cancel: (() => void) | undefined;
    const unsubscribe = session.subscribe(() => {
      const { history } = session.getState();
      if (history === last) return;
      last = history;
      cancel?.();
      cancel = afterPaint(() => review.sync());
    });
    return () => {
      cancel?.();
      unsubscribe();
    };
  }, [session, review]);

  return review;
}
