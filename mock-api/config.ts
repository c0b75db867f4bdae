import path from 'node:path';
import type { Scale } from './seed';

const SCALES: Scale[] = ['small', 'demo', 'large'];

export interface MockConfig {
  port: number;
  dbPath: string;
  seed: number;
  scale: Scale;
  now: string | undefined;
  staticDir: string | undefined;
}

/** Settings by environment, with the defaults of the README. */
export function readConfig(env: NodeJS.ProcessEnv = process.env): MockConfig {
  const scale = (env.MOCK_SCALE ?? 'demo') as Scale;
  if (!SCALES.includes(scale)) throw new Error(`MOCK_SCALE must be one of ${SCALES.join(', ')}`);
  if (env.MOCK_NOW && Number.isNaN(Date.parse(env.MOCK_NOW))) {
    throw new Error('MOCK_NOW must be an ISO date, e.g. 2026-11-25T09:00:00Z');
  }
  return {
    port: Number(env.PORT ?? 3001),
    dbPath: path.resolve(env.MOCK_DB ?? 'mock-api/data/db.json'),
    seed: Number(env.MOCK_SEED ?? 42),
    scale,
    now: env.MOCK_NOW,
    staticDir: env.MOCK_STATIC ? path.resolve(env.MOCK_STATIC) : undefined,
  };
}
