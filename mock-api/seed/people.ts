import type { Faker } from '@faker-js/faker';
import { RELAY_SHOPS, TOWNS, type Town } from './places';
import { flat, slug } from './refs';
import type { Rng } from './rng';

export type Sex = 'female' | 'male';

export interface Name {
  text: string;
  slug: string;
}

/**
 * Names and streets drawn once from the French Faker; records then pick from these pools with the
 * seeded generator, which keeps a million orders cheap.
 */
export interface Pools {
  firstNames: Record<Sex, Name[]>;
  lastNames: Name[];
  streets: string[];
  relayNames: string[];
}

function named(text: string): Name {
  return { text, slug: slug(text) };
}

function unique(draw: () => string, count: number): string[] {
  const seen = new Set<string>();
  for (let i = 0; i < count * 4 && seen.size < count; i++) seen.add(draw());
  return [...seen];
}

export function createPools(faker: Faker): Pools {
  return {
    firstNames: {
      female: unique(() => faker.person.firstName('female'), 250).map(named),
      male: unique(() => faker.person.firstName('male'), 250).map(named),
    },
    lastNames: unique(() => faker.person.lastName(), 500).map(named),
    streets: unique(() => faker.location.street(), 600),
    relayNames: unique(
      () => `${faker.helpers.arrayElement(RELAY_SHOPS)} ${faker.person.lastName()}`,
      300,
    ),
  };
}

const TOWN_CHOICES = TOWNS.map((town) => [town, town.weight] as const);

export function pickTown(rng: Rng): Town {
  return rng.weighted(TOWN_CHOICES);
}

export function streetAddress(rng: Rng, pools: Pools, town: Town): string {
  const street = rng.pick(pools.streets);
  return flat(rng.int(1, 120), ' ', street, ', ', rng.pick(town.postcodes), ' ', town.city);
}

export function mobilePhone(rng: Rng): string {
  return `0${rng.int(6, 7)} ${rng.digits(2)} ${rng.digits(2)} ${rng.digits(2)} ${rng.digits(2)}`;
}
