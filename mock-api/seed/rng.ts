import { Faker, base, fr } from '@faker-js/faker';

/** Seeded pseudo-random numbers: fast enough for a million orders, identical in Node and browsers. */
export interface Rng {
  /** In [0, 1). */
  next(): number;
  /** An integer in [min, max], both included. */
  int(min: number, max: number): number;
  chance(probability: number): boolean;
  pick<T>(items: readonly T[]): T;
  weighted<T>(choices: readonly (readonly [T, number])[]): T;
  digits(count: number): string;
}

/** FNV-1a, to turn a stream name into a number. */
function hash(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  return h >>> 0;
}

/**
 * mulberry32, one independent stream per part of the dataset: adding a draw to the orders does not
 * reshuffle the catalogue.
 */
export function createRng(seed: number, stream: string): Rng {
  let state = (Math.imul(seed | 0, 0x9e3779b1) ^ hash(stream)) >>> 0;
  const next = (): number => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (min: number, max: number): number => min + Math.floor(next() * (max - min + 1));
  return {
    next,
    int,
    chance: (probability) => next() < probability,
    pick: (items) => items[Math.floor(next() * items.length)],
    weighted(choices) {
      let left = next() * choices.reduce((sum, [, weight]) => sum + weight, 0);
      for (const [value, weight] of choices) {
        left -= weight;
        if (left < 0) return value;
      }
      return choices[choices.length - 1][0];
    },
    digits(count) {
      let text = '';
      while (text.length < count) text += String(Math.floor(next() * 1e9)).padStart(9, '0');
      return text.slice(0, count);
    },
  };
}

/** French Faker (English fallback for what the French locale lacks), for the pools of names. */
export function createFaker(seed: number): Faker {
  const faker = new Faker({ locale: [fr, base] });
  faker.seed(seed);
  return faker;
}
