import { useEffect, useState } from 'react';

// Safari has no requestIdleCallback: a timeout lets the cards paint first all the same.
const whenIdle = (run: () => void) =>
  typeof window.requestIdleCallback === 'function'
    ? window.requestIdleCallback(run, { timeout: 1000 })
    : window.setTimeout(run, 50);
const cancelIdle = (id: number) =>
  typeof window.cancelIdleCallback === 'function'
    ? window.cancelIdleCallback(id)
    : window.clearTimeout(id);

/** True once the browser is idle after `ready`: what waits for it comes after the first paint. */
export function useIdleAfter(ready: boolean): boolean {
  const [idle, setIdle] = useState(false);
  useEffect(() => {
    if (!ready || idle) return;
    const id = whenIdle(() => setIdle(true));
    return () => cancelIdle(id);
  }, [ready, idle]);
  return idle;
}
