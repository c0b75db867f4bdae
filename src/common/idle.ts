// Safari has no requestIdleCallback: a short timeout lets the page paint first all the same.
/** Runs `task` when the browser is idle (at the latest after `timeout` ms); returns a cancel. */
export function whenIdle(task: () => void, timeout = 1000): () => void {
  if (typeof window.requestIdleCallback === 'function') {
    const id = window.requestIdleCallback(task, { timeout });
    return () => window.cancelIdleCallback(id);
  }
  const id = window.setTimeout(task, 50);
  return () => window.clearTimeout(id);
}
