// Runs inside the measured page (bundled by pageScripts.ts, injected through the DevTools
// protocol so the app's CSP is untouched): stamps when an interaction starts and when the
// frame that shows its effect has been painted, and records frame times while scrolling. A change
// of the suggestions' custom highlights (no DOM change) counts as a change too: the painter tells
// the document (highlightsChangedEvent).
import { highlightsChangedEvent } from '../../../renderer/features/assist/highlightsChangedEvent';

/** What the bench may wait for, checked after every DOM change. */
export type Milestone =
  | { kind: 'editor' }
  | { kind: 'opened'; title: string }
  /** The document `title` is shown with at least one relation arc drawn (arcs are drawn after the text's first frame). */
  | { kind: 'arcs'; title: string }
  | { kind: 'list'; count: number }
  | { kind: 'peer' };

export interface Probe {
  /** Forgets the last stamps; the next key press (not a lone modifier) or mouse-up starts the clock. */
  arm(): void;
  /** ms from the stamped input to the painted frame after the first DOM change, or null if none yet. */
  latency(): number | null;
  /** ms from the stamped input to the painted frame after the last change of the list, details or status message, or null if none. */
  panelsLatency(): number | null;
  /** ms since the list, details or status message last changed. */
  panelsQuietFor(): number;
  /** ms since the last DOM change. */
  quietFor(): number;
  /** Starts watching for a milestone; `reached(name)` then gives its time (see there). */
  watch(name: string, milestone: Milestone): void;
  /** performance.now() two animation frames after the milestone was first met, or null. */
  reached(name: string): number | null;
  /** The armed input's time stamp, or null. */
  startedAt(): number | null;
  startFrames(): void;
  /** Intervals between animation frames since startFrames, in ms. */
  stopFrames(): number[];
  /** Client coordinates of a word at `fraction` of the text, not under a tag (scrolled into view, its chunk drawn first), or null. */
  wordNear(fraction: number, skip: number): Promise<{ x: number; y: number; word: string } | null>;
  /** Client coordinates of the `n`-th drawn tag currently visible in the editor, or null. */
  visibleTag(n: number): { x: number; y: number; id: string } | null;
  /** The number shown in an element's text (digits only), or null. */
  numberIn(selector: string): number | null;
}

const MODIFIERS = new Set(['Control', 'Shift', 'Alt', 'Meta']);

/** The panels that follow a key press after the editor: the right column (list, details) and the status message. */
const PANELS = '.annotation-panel, [data-testid="status-message"]';

/** Whether a mutation changed one of the panels. */
const inPanels = (record: MutationRecord) => {
  const node = record.target instanceof Element ? record.target : record.target.parentElement;
  return node?.closest(PANELS) != null;
};

function afterPaint(run: (t: number) => void): void {
  requestAnimationFrame(() => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => run(performance.now());
    channel.port2.postMessage(null);
  });
}

function twoFrames(run: (t: number) => void): void {
  requestAnimationFrame(() => afterPaint(run));
}

const nextFrame = () => new Promise<void>((resolve) => requestAnimationFrame(() => resolve()));

/**
 * The paragraphs to pick a word at `fraction` of the text from, and where in them that is: a
 * peer's all; the editor's in the chunk at that fraction, scrolled to the middle of the view and
 * waited for until it is drawn (the editor draws only chunks near the view, lazyChunks.ts).
 */
async function paragraphsNear(fraction: number): Promise<{ paragraphs: Element[]; at: number }> {
  const peer = document.querySelectorAll('[data-peer-text] p');
  if (peer.length > 0) return { paragraphs: [...peer], at: fraction };
  const chunks = () => document.querySelectorAll('[data-testid="editor"] .text-chunk');
  const count = chunks().length;
  const index = Math.min(Math.floor(count * fraction), count - 1);
  chunks()[index]?.scrollIntoView({ block: 'center' });
  for (let i = 0; i < 120 && chunks()[index]?.classList.contains('text-chunk-placeholder'); i++) await nextFrame();
  const chunk = chunks()[index];
  return { paragraphs: chunk ? [...chunk.querySelectorAll('p')] : [], at: count * fraction - index };
}

function textOf(selector: string): string {
  return document.querySelector(selector)?.textContent ?? '';
}

function met(milestone: Milestone): boolean {
  const editor = document.querySelector('[data-testid="editor"]');
  if (milestone.kind === 'editor') return !!editor && (editor.textContent ?? '').length > 0;
  if (milestone.kind === 'peer') return !!document.querySelector('[data-peer-ready]');
  if (milestone.kind === 'arcs') return textOf('[data-testid="document-title"]') === milestone.title && !!document.querySelector('[data-testid="relation-arcs"] [data-relation]');
  if (milestone.kind === 'opened') return textOf('[data-testid="document-title"]') === milestone.title && !!editor?.querySelector('[data-ann]');
  return !!document.querySelector('[data-testid="corpus-list"] [role="option"]') && textOf('.corpus-count').replace(/\D/g, '') === String(milestone.count);
}

function install(): Probe {
  let armed = false;
  let t0: number | null = null;
  let paint: number | null = null;
  let framePending = false;
  let changedSinceInput = false;
  let lastMutation = performance.now();
  let panelsPaint: number | null = null;
  let lastPanelMutation = performance.now();
  const watches = new Map<string, { milestone: Milestone; at: number | null; pending: boolean }>();
  let frames: number[] | null = null;

  const check = () => {
    for (const watch of watches.values()) {
      if (watch.at !== null || watch.pending || !met(watch.milestone)) continue;
      watch.pending = true;
      twoFrames((t) => (watch.at = t));
    }
  };
  const changed = (records: readonly MutationRecord[]) => {
    lastMutation = performance.now();
    if (records.some(inPanels)) {
      lastPanelMutation = lastMutation;
      // Each panel change is stamped when its frame is painted; the last one is when the panels have followed.
      if (armed && t0 !== null) afterPaint((t) => (panelsPaint = t));
    }
    if (armed && t0 !== null) changedSinceInput = true;
    if (armed && t0 !== null && paint === null && !framePending) {
      framePending = true;
      afterPaint((t) => {
        framePending = false;
        paint ??= t;
      });
    }
    check();
  };
  new MutationObserver(changed).observe(document, { subtree: true, childList: true, attributes: true, characterData: true });
  // A highlight-only paint (J/K between suggestions, a suggestion drawn) is stamped like a DOM change outside the panels.
  document.addEventListener(highlightsChangedEvent, () => changed([]));
  // The frame watch is asked for at the input itself, before the app's handlers run, so its
  // after-paint message is queued ahead of any after-paint work the app schedules in that frame
  // (the session's publication to React): the stamp is the painted frame, not what runs after it.
  const watchFrames = () =>
    requestAnimationFrame(() => {
      if (!armed || t0 === null || paint !== null) return;
      if (!changedSinceInput) return void watchFrames();
      const channel = new MessageChannel();
      channel.port1.onmessage = () => (paint ??= performance.now());
      channel.port2.postMessage(null);
    });
  const start = (event: Event) => {
    if (!armed || t0 !== null) return;
    if (event instanceof KeyboardEvent && MODIFIERS.has(event.key)) return;
    t0 = performance.now();
    changedSinceInput = false;
    watchFrames();
  };
  window.addEventListener('keydown', start, true);
  window.addEventListener('mouseup', start, true);

  const inView = (rect: DOMRect) => rect.width > 0 && rect.top > 80 && rect.bottom < window.innerHeight - 80;

  return {
    arm() {
      armed = true;
      t0 = null;
      paint = null;
      panelsPaint = null;
    },
    latency: () => (t0 !== null && paint !== null ? paint - t0 : null),
    panelsLatency: () => (t0 !== null && panelsPaint !== null ? panelsPaint - t0 : null),
    panelsQuietFor: () => performance.now() - lastPanelMutation,
    quietFor: () => performance.now() - lastMutation,
    watch(name, milestone) {
      watches.set(name, { milestone, at: null, pending: false });
      check();
    },
    reached: (name) => watches.get(name)?.at ?? null,
    startedAt: () => t0,
    startFrames() {
      frames = [];
      const tick = (t: number) => {
        if (!frames) return;
        frames.push(t);
        requestAnimationFrame(tick);
      };
      requestAnimationFrame(tick);
    },
    stopFrames() {
      const stamps = frames ?? [];
      frames = null;
      return stamps.slice(1).map((t, i) => t - (stamps[i] as number));
    },
    async wordNear(fraction, skip) {
      const { paragraphs, at } = await paragraphsNear(fraction);
      let index = Math.floor(paragraphs.length * at);
      for (let tries = 0; tries < paragraphs.length; tries++, index = (index + 1) % paragraphs.length) {
        const p = paragraphs[index];
        if (!p) continue;
        p.scrollIntoView({ block: 'center' });
        const walker = document.createTreeWalker(p, NodeFilter.SHOW_TEXT);
        let found = 0;
        for (let node = walker.nextNode(); node; node = walker.nextNode()) {
          if (node.parentElement?.closest('[data-ann], .r6o-annotation')) continue;
          const value = node.nodeValue ?? '';
          for (const match of value.matchAll(/\p{L}{5,}/gu)) {
            if (found++ < skip) continue;
            const range = document.createRange();
            range.setStart(node, match.index);
            range.setEnd(node, match.index + match[0].length);
            const rect = range.getBoundingClientRect();
            if (!inView(rect)) continue;
            const x = rect.left + rect.width / 2;
            const y = rect.top + rect.height / 2;
            // A person double-clicks a word they can see: not one under a relation's label.
            if (!p.contains(document.elementFromPoint(x, y))) continue;
            return { x, y, word: match[0] };
          }
        }
      }
      return null;
    },
    visibleTag(n) {
      const tags = [...document.querySelectorAll<HTMLElement>('[data-testid="editor"] [data-ann]')].filter((t) => inView(t.getBoundingClientRect()));
      const tag = tags[n % Math.max(1, tags.length)];
      if (!tag) return null;
      const rect = tag.getClientRects()[0] ?? tag.getBoundingClientRect();
      return { x: rect.left + Math.min(rect.width / 2, 8), y: rect.top + rect.height / 2, id: tag.dataset.ann ?? '' };
    },
    numberIn(selector) {
      const digits = textOf(selector).replace(/\D/g, '');
      return digits === '' ? null : Number(digits);
    },
  };
}

const w = window as unknown as { __twProbe?: Probe };
w.__twProbe ??= install();
