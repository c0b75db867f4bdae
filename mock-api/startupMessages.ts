import path from 'node:path';
import { ROLES } from '../src/domain/types';
import { DEMO_PASSWORD, type Scale, type SeedProgress } from './seed';

/** Where the messages go: a terminal gets one line rewritten in place, a pipe or a file lines. */
export interface Output {
  isTTY?: boolean;
  /** The terminal's width: a longer line would wrap, and only its last row be rewritten. */
  columns?: number;
  write(text: string): unknown;
}

/** Off a terminal, a progress line at most this often: a log shows the generation going on. */
export const PLAIN_LINE_EVERY_MS = 5_000;

const count = new Intl.NumberFormat('en-GB');

/** A file as the README names it: relative to the project when it lies inside. */
function shortPath(file: string): string {
  const relative = path.relative('.', file);
  return relative.startsWith('..') ? file : relative;
}

/**
 * What the server says while it generates its dataset ("Generating the demo data (seed 42, scale
 * demo): orders 12,000/30,000…", then the file being written), and once it is ready, how long it
 * took and where it is kept. Nothing when the dataset is read from its file.
 */
export function generationReport(
  out: Output,
  { seed, scale }: { seed: number; scale: Scale },
  clock: () => number = () => performance.now(),
) {
  const title = `Generating the demo data (seed ${seed}, scale ${scale})`;
  let startedAt: number | undefined;
  let savedTo: string | undefined;
  let lineAt = -Infinity;
  const say = (what: string) => {
    const now = clock();
    startedAt ??= now;
    const line = `${title}: ${what}…`;
    if (out.isTTY) {
      out.write(`\r${out.columns ? line.slice(0, out.columns - 1) : line}\x1b[K`);
    } else if (now - lineAt >= PLAIN_LINE_EVERY_MS) {
      out.write(`${line}\n`);
      lineAt = now;
    }
  };
  return {
    onProgress({ stage, done, total }: SeedProgress): void {
      say(`${stage} ${count.format(done)}/${count.format(total)}`);
    },
    onSaving(file: string): void {
      savedTo = shortPath(file);
      say(`saving to ${savedTo}`);
    },
    finished(): void {
      if (startedAt === undefined) return;
      const seconds = ((clock() - startedAt) / 1000).toFixed(1);
      const where = savedTo ? `, saved to ${savedTo} (npm run api:reset generates it again)` : '';
      const line = `Demo data generated in ${seconds} s (seed ${seed}, scale ${scale})${where}`;
      out.write(`${out.isTTY ? '\r\x1b[K' : ''}${line}\n`);
    },
  };
}

/** Who to sign in as, printed once the API listens. */
export const DEMO_ACCOUNTS = `Demo accounts, password "${DEMO_PASSWORD}": ${ROLES.map(
  (role) => `${role}@kaporal.test`,
).join(', ')} (README.md, "Demo accounts", says what each role does)`;
