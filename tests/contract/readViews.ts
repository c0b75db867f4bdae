import { describe, expect, it } from 'vitest';
import {
  DIRECTORY_FIELDS,
  ROLES,
  type Customer,
  type Order,
  type Role,
  type User,
} from '../../src/domain';
import {
  newCustomer,
  nextSerial,
  placeOrder,
  signedInApi,
  type ContractApi,
  type TargetGetter,
} from './support';

const STAFF: readonly Role[] = ROLES.filter((role) => role !== 'admin');
const DIRECTORY = [...DIRECTORY_FIELDS.users!].sort();

const fullName = (customer: Customer) => `${customer.firstName} ${customer.lastName}`;

/** The directory entry of an account, as the admin reads it. */
const entryOf = ({ id, fullName, role }: User) => ({ id, fullName, role });

async function staffAccounts(api: ContractApi): Promise<User[]> {
  return (await api.all('users')) as unknown as User[];
}

/**
 * What a role reads of records it may not read whole: the staff directory (names for histories
 * and "received by"), and the name on an order's parcel for the warehouse, which reads no customer.
 */
export function readViewTests(getTarget: TargetGetter): void {
  const api = signedInApi(getTarget);

  describe('the staff directory', () => {
    for (const role of STAFF) {
      it(`${role} lists every account with only id, fullName and role`, async () => {
        const accounts = await staffAccounts(api());
        const res = await api().list('users', { as: role, sort: ['id', 'ASC'] });
        expect(res.status).toBe(200);
        for (const entry of res.body) expect(Object.keys(entry).sort()).toEqual(DIRECTORY);
        expect(res.body).toEqual(accounts.map(entryOf));
      });

      it(`${role} reads accounts by ids (getMany) and one by one (getOne), only their directory fields`, async () => {
        const [first, second] = await staffAccounts(api());
        const many = await api().list('users', { as: role, filter: { id: [first.id, second.id] } });
        expect(many.status).toBe(200);
        expect(many.body).toEqual([entryOf(first), entryOf(second)]);
        const one = await api().call('GET', `/users/${second.id}`, { as: role });
        expect(one.status).toBe(200);
        expect(one.body).toEqual(entryOf(second));
      });

      it(`${role} filters and sorts by the directory fields, never by the others (400)`, async () => {
        const byRole = await api().list('users', { as: role, filter: { role: 'warehouse' } });
        expect(byRole.status).toBe(200);
        expect(byRole.body.map((u) => u.role)).toEqual(byRole.body.map(() => 'warehouse' as const));
        const sorted = await api().list('users', { as: role, sort: ['fullName', 'DESC'] });
        expect(sorted.status).toBe(200);
        for (const filter of [
          { email: `${role}@kaporal.test` },
          { active: false },
          { q: 'kaporal' },
        ]) {
          const res = await api().list('users', { as: role, filter });
          expect(res.status, JSON.stringify(filter)).toBe(400);
        }
        const byEmail = await api().list('users', { as: role, sort: ['email', 'ASC'] });
        expect(byEmail.status).toBe(400);
      });

      it(`${role} writes no account: create, update and delete are 403, nothing changes`, async () => {
        const before = await staffAccounts(api());
        const target = before.find((user) => user.role === 'support')!;
        const created = await api().post(
          'users',
          {
            email: `annuaire-${nextSerial()}@kaporal.test`,
            fullName: 'Compte Annuaire',
            role: 'support',
            password: 'motdepasse-42',
          },
          role,
        );
        expect(created.status).toBe(403);
        const updated = await api().put('users', target.id, { fullName: 'Renommé' }, role);
        expect(updated.status).toBe(403);
        const deleted = await api().call('DELETE', `/users/${target.id}`, { as: role });
        expect(deleted.status).toBe(403);
        expect(await staffAccounts(api())).toEqual(before);
      });
    }
  });

  describe('the name on the parcel', () => {
    it('the warehouse reads the recipient of every seeded order, the customer’s name', async () => {
      expect((await api().list('customers', { as: 'warehouse' })).status).toBe(403);
      const res = await api().list('orders', {
        as: 'warehouse',
        filter: { status: 'placed' },
        range: [0, 9],
      });
      expect(res.status).toBe(200);
      expect(res.body.length).toBeGreaterThan(0);
      for (const order of res.body) {
        const customer = await api().one('customers', order.customerId);
        expect(order.delivery.recipientName, order.reference).toBe(fullName(customer));
      }
    });

    it('an order placed through the API is addressed to its customer, unless another name is given', async () => {
      const customer = await newCustomer(api());
      const order = await placeOrder(api(), { customerId: customer.id });
      const read = await api().call<Order>('GET', `/orders/${order.id}`, { as: 'warehouse' });
      expect(read.status).toBe(200);
      expect(read.body.delivery.recipientName).toBe(fullName(customer));

      const gift = await placeOrder(api(), {
        customerId: customer.id,
        extra: {
          delivery: {
            mode: 'home',
            carrier: 'Colissimo',
            address: '3 rue du Cadeau, 13001 Marseille',
            recipientName: 'Camille Cadeau',
          },
        },
      });
      expect(gift.delivery.recipientName).toBe('Camille Cadeau');
    });
  });
}
