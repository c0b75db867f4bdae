import { useEffect, useState } from 'react';
import type { Timestamp } from '../domain/types';

/** Often enough for a countdown in minutes never to lag a minute behind. */
const TICK_MS = 10_000;

/** The current time, kept up to date while the page stays open: what live countdowns count against. */
export function useLiveNow(): Timestamp {
  const [now, setNow] = useState(() => new Date().toISOString());
  useEffect(() => {
    const timer = setInterval(() => setNow(new Date().toISOString()), TICK_MS);
    return () => clearInterval(timer);
  }, []);
  return now;
}
