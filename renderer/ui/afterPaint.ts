/**
 * Runs `run` once the next frame has been painted (a message after the animation frame), so work
 * that reads the layout finds it clean instead of forcing it inside a key press; returns its cancel.
 */
export function afterPaint(run: () => void): () => void {
  let live = true;
  const frame = requestAnimationFrame(() => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => live && run();
    channel.port2.postMessage(null);
  });
  return () => {
    live = false;
    cancelAnimationFrame(frame);
  };
}
