import { describe, expect, it } from 'vitest';
import { dayOf, wasKlubMember } from '../src/domain/kpis';
import { smallDataset, TEST_NOW } from '../tests/support/mockApi';
import { Store } from './core/store';
import { KpiIndex } from './kpis';

describe('KpiIndex', () => {
  it('keeps a Klub order counted after its customer left and joined again, as a rebuild counts it', async () => {
    const store = new Store(await smallDataset());
    const index = new KpiIndex(store);
    const order = store.where('orders', 'status', 'placed').find((o) => {
      const memberId = store.get('customers', o.customerId)?.klubMemberId;
      return memberId && wasKlubMember(store.get('klub-members', memberId)!, o.placedAt);
    })!;
    expect(order, 'a placed order of a Klub member').toBeDefined();
    const customer = store.get('customers', order.customerId)!;
    const membership = store.get('klub-members', customer.klubMemberId!)!;
    const day = [dayOf(order.placedAt)];
    const klubOrders = (of: KpiIndex) => of.sum(day).get('sales.klubOrders');
    const before = klubOrders(index);

    store.put('klub-members', { ...membership, status: 'left', leftAt: TEST_NOW });
    const again = { ...membership, id: store.allocateId('klub-members'), joinedAt: TEST_NOW };
    store.put('klub-members', { ...again, reference: `KLUB-${again.id}`, leftAt: null });
    store.put('customers', { ...customer, klubMemberId: again.id });
    store.put('orders', { ...order, status: 'shipped', shippedAt: TEST_NOW });

    expect(klubOrders(index)).toBe(before);
    expect(index.sum(day)).toEqual(new KpiIndex(store).sum(day));
  });
});
