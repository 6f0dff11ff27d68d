/** A page that is not shown paints no frames: work waits at most this long (ms) for one. */
const HIDDEN_PAGE_WAIT_MS = 500;

/**
 * Runs `run` once the next frame has been painted (a message after the animation frame), so work
 * that reads the layout finds it clean instead of forcing it inside a key press; returns its cancel.
 * A hidden window (no frames) or a page without frames (unit tests) runs it after a timeout instead.
 */
export function afterPaint(run: () => void): () => void {
  let live = true;
  let fallback: ReturnType<typeof setTimeout> | undefined;
  const once = () => {
    if (!live) return;
    live = false;
    clearTimeout(fallback);
    run();
  };
  if (typeof requestAnimationFrame !== 'function') {
    fallback = setTimeout(once, 0);
    return () => ((live = false), clearTimeout(fallback));
  }
  const frame = requestAnimationFrame(() => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => {
      channel.port1.close();
      once();
    };
    channel.port2.postMessage(null);
  });
  fallback = setTimeout(once, typeof document !== 'undefined' && document.visibilityState === 'hidden' ? 0 : HIDDEN_PAGE_WAIT_MS);
  return () => {
    live = false;
    cancelAnimationFrame(frame);
    clearTimeout(fallback);
  };
}
