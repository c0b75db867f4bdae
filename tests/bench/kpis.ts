import { signInToken } from './server';
import { percentile } from './stats';

const PERIODS = [
  { days: 7, groupBy: 'day' },
  { days: 30, groupBy: 'day' },
  { days: 90, groupBy: 'week' },
  { days: 365, groupBy: 'month' },
] as const;

function isoDay(time: number): string {
  return new Date(time).toISOString().slice(0, 10);
}

/** Latency of `GET /api/kpis` over periods of 7 to 365 days, after one warm-up request each. */
export async function measureKpis(base: string, rounds: number) {
  const token = await signInToken(base, 'manager@kaporal.test');
  const now = Date.now();
  const call = async (days: number, groupBy: string) => {
    const url = `${base}/api/kpis?from=${isoDay(now - days * 86_400_000)}&to=${isoDay(now)}&groupBy=${groupBy}`;
    const start = performance.now();
    const response = await fetch(url, { headers: { Authorization: `Bearer ${token}` } });
    await response.arrayBuffer();
    return performance.now() - start;
  };
  const warmUp = await call(30, 'day');
  for (const { days, groupBy } of PERIODS) await call(days, groupBy);
  const times: number[] = [];
  for (let round = 0; round < rounds; round += 1) {
    for (const { days, groupBy } of PERIODS) times.push(await call(days, groupBy));
  }
  return {
    firstMs: warmUp,
    p50: percentile(times, 50),
    p95: percentile(times, 95),
    count: times.length,
  };
}
