import type { Page } from '@playwright/test';

/** One React component that rendered in a commit, named by the first element it draws (the build minifies function names). */
export interface RenderedComponent {
  /** `tag.class1.class2[data-testid]` of the component's first host element, or `(none)`. */
  where: string;
  /** How many times components drawing that element rendered since the last reset. */
  count: number;
}

/** Read-out of the counter: every component render since `reset`, grouped by the element it draws. */
export interface RenderCounter {
  reset(): Promise<void>;
  renders(): Promise<RenderedComponent[]>;
  /** React commits made inside a keydown's own task since the last reset (React then renders before the key's frame paints). */
  keyTaskCommits(): Promise<number>;
}

const GLOBAL = '__tagwerkRenderCounts';

/**
 * Stands in for the React DevTools hook (which React calls after every commit, in production builds
 * too) and counts, per commit, the function and class components whose body ran — the way the
 * DevTools profiler decides "did this fiber render": the PerformedWork flag (1), and only in
 * subtrees whose children changed (children that are the previous commit's own objects were not
 * visited). Fiber tags: 0 function, 1 class, 5 host element, 11 forwardRef, 15 simple memo.
 * Plain JavaScript text, run in the page before React loads (a transformed function would call
 * helpers the page lacks).
 */
const HOOK_SOURCE = `(() => {
  const counts = new Map();
  const whereOf = (fiber) => {
    let node = fiber;
    while (node && node.tag !== 5) node = node.child;
    const element = node && node.stateNode;
    if (!element || typeof element.getAttribute !== 'function') return '(none)';
    const classes = [...element.classList].map((c) => '.' + c).join('');
    const testId = element.getAttribute('data-testid');
    return element.tagName.toLowerCase() + classes + (testId ? '[' + testId + ']' : '');
  };
  const visit = (fiber) => {
    const prev = fiber.alternate;
    const component = fiber.tag === 0 || fiber.tag === 1 || fiber.tag === 11 || fiber.tag === 15;
    if (component && (prev === null || (fiber.flags & 1) !== 0)) {
      const where = whereOf(fiber);
      counts.set(where, (counts.get(where) || 0) + 1);
    }
    if (prev !== null && fiber.child === prev.child) return;
    for (let child = fiber.child; child; child = child.sibling) visit(child);
  };
  // A key press's own task runs from its keydown until a message posted at the keydown is handled
  // (React's synchronous renders flush in a microtask of that task); commits in it are counted apart.
  let inKeyTask = false;
  const keyTaskCommits = { count: 0 };
  const endOfTask = new MessageChannel();
  endOfTask.port1.onmessage = () => { inKeyTask = false; };
  window.addEventListener('keydown', () => { inKeyTask = true; endOfTask.port2.postMessage(null); }, true);
  const noop = () => undefined;
  const hook = {
    supportsFiber: true,
    isDisabled: false,
    renderers: new Map(),
    inject: () => 1,
    checkDCE: noop,
    onScheduleFiberRoot: noop,
    onCommitFiberUnmount: noop,
    onPostCommitFiberRoot: noop,
    onCommitFiberRoot: (id, root) => {
      if (inKeyTask) keyTaskCommits.count++;
      for (let child = root.current.child; child; child = child.sibling) visit(child);
    },
  };
  Object.defineProperty(window, '__REACT_DEVTOOLS_GLOBAL_HOOK__', { value: hook, configurable: true });
  Object.defineProperty(window, '${GLOBAL}', { value: counts });
  Object.defineProperty(window, '${GLOBAL}KeyTask', { value: keyTaskCommits });
})();`;

/**
 * Counts React component renders in the app's page (reloads it once so the counter is in place
 * before React starts); tests assert how many components a key press re-renders, never times.
 */
export async function installRenderCounter(page: Page): Promise<RenderCounter> {
  await page.addInitScript({ content: HOOK_SOURCE });
  await page.reload();
  return {
    reset: () =>
      page.evaluate((name) => {
        const global = window as unknown as Record<string, unknown>;
        (global[name] as Map<string, number> | undefined)?.clear();
        const keyTask = global[`${name}KeyTask`] as { count: number } | undefined;
        if (keyTask) keyTask.count = 0;
      }, GLOBAL),
    keyTaskCommits: () => page.evaluate((name) => ((window as unknown as Record<string, { count: number } | undefined>)[`${name}KeyTask`]?.count ?? -1), GLOBAL),
    renders: () =>
      page.evaluate(
        (name) => [...((window as unknown as Record<string, Map<string, number>>)[name] ?? new Map<string, number>())].map(([where, count]) => ({ where, count })),
        GLOBAL,
      ),
  };
}
