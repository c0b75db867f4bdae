import path from 'node:path';
import type { Scale } from './seed';

const SCALES: Scale[] = ['small', 'demo', 'large'];

/** The Vite dev server: the app's only other origin in development (same-origin needs no CORS). */
const DEV_ORIGINS = 'http://localhost:5173,http://127.0.0.1:5173';

export interface MockConfig {
  port: number;
  dbPath: string;
  seed: number;
  scale: Scale;
  now: string | undefined;
  staticDir: string | undefined;
  /** A longer request body is refused with 413 before it is read in full. */
  maxBodyBytes: number;
  /** Origins whose pages may call the API cross-origin (without credentials). */
  allowedOrigins: string[];
}

function positiveInteger(name: string, raw: string): number {
  const value = Number(raw);
  if (!Number.isSafeInteger(value) || value <= 0) {
    throw new Error(`${name} must be a positive integer, not "${raw}"`);
  }
  return value;
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
    maxBodyBytes: positiveInteger('MOCK_MAX_BODY_BYTES', env.MOCK_MAX_BODY_BYTES ?? '1048576'),
    allowedOrigins: (env.MOCK_ALLOWED_ORIGINS ?? DEV_ORIGINS)
      .split(',')
      .map((origin) => origin.trim())
      .filter(Boolean),
  };
}
