/** Runs `job` when the browser is idle (within `timeoutMs`), so work that can wait never holds up a frame or a key; returns its cancel. */
export function whenIdle(job: () => void, timeoutMs = 150): () => void {
  if (typeof requestIdleCallback === 'function') {
    const handle = requestIdleCallback(job, { timeout: timeoutMs });
    return () => cancelIdleCallback(handle);
  }
  const handle = setTimeout(job, 50);
  return () => clearTimeout(handle);
}
