import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';

export const KIB = 1024;

export function gzipKiB(file: string): number {
  return gzipSync(readFileSync(file)).length / KIB;
}

export function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((sorted.length * p) / 100))];
}

export const median = (values: number[]) => percentile(values, 50);

/** How far apart the largest and smallest values are, relative to the smallest. */
export function spread(values: number[]): number {
  return (Math.max(...values) - Math.min(...values)) / Math.min(...values);
}
