import { beforeEach, describe, expect, it } from 'vitest';
import type { Database, Store as Boutique } from '../../src/domain/types';
import { Store } from './store';

const boutique = (id: number, city: string): Boutique => ({
  id,
  reference: `BTQ-${id}`,
  name: `Kaporal ${city}`,
  city,
  postcode: '13001',
  address: '1 rue',
  phone: '04 91 00 00 00',
  email: `btq-${id}@kaporal.test`,
  openingHours: '10 h - 19 h',
  version: 1,
});

const walked = (store: Store, descending = false) => {
  const index = store.sortIndex('stores', 'city')!;
  const ids: number[] = [];
  index.walk(descending, 0, index.size, (id) => ids.push(id) > 0);
  return ids;
};

describe('Store', () => {
  let store: Store;

  beforeEach(() => {
    const stores = [boutique(3, 'Lyon'), boutique(1, 'Marseille'), boutique(2, 'Lyon')];
    store = new Store({ stores } as Partial<Database> as Database);
  });

  it('keeps each table in id order, a record put back included', () => {
    expect(store.all('stores').map((s) => s.id)).toEqual([1, 2, 3]);
    const first = store.get('stores', 1)!;
    store.remove('stores', 1);
    store.put('stores', first);
    expect(store.all('stores').map((s) => s.id)).toEqual([1, 2, 3]);
  });

  it('keeps its equality and order indexes up to date on every write', () => {
    expect([...store.idsWhere('stores', 'city', 'Lyon')]).toEqual([2, 3]);
    expect(walked(store)).toEqual([2, 3, 1]);
    store.put('stores', { ...store.get('stores', 1)!, city: 'Arles' });
    store.put('stores', boutique(4, 'Lyon'));
    store.remove('stores', 2);
    expect([...store.idsWhere('stores', 'city', 'Lyon')].sort()).toEqual([3, 4]);
    expect(store.idsWhere('stores', 'city', 'Marseille').size).toBe(0);
    expect(walked(store)).toEqual([1, 3, 4]);
    expect(walked(store, true)).toEqual([3, 4, 1]);
  });

  it('drops an order index that a write of another type breaks', () => {
    expect(store.sortIndex('stores', 'city')).not.toBeNull();
    store.put('stores', { ...boutique(5, 'Nice'), city: 42 as unknown as string });
    expect(store.sortIndex('stores', 'city')).toBeNull();
  });
});
