import { useEffect, useState } from 'react';
import { whenIdle } from '../../common/idle';

/** True once the browser is idle after `ready`: what waits for it comes after the first paint. */
export function useIdleAfter(ready: boolean): boolean {
  const [idle, setIdle] = useState(false);
  useEffect(() => {
    if (!ready || idle) return;
    return whenIdle(() => setIdle(true));
  }, [ready, idle]);
  return idle;
}
