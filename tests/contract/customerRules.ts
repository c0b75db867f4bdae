import { describe, expect, it } from 'vitest';
import { parisDate, type Customer } from '../../src/domain';
import {
  newCustomer,
  signedInApi,
  type ContractApi,
  type ErrorBody,
  type TargetGetter,
} from './support';

const ids = (records: { id: number }[]) => records.map((r) => r.id).sort((a, b) => a - b);

/** The customers a filter keeps, and those its opposite keeps: together, every customer. */
async function split(api: ContractApi, key: string) {
  const [all, yes, no] = await Promise.all([
    api.all('customers'),
    api.all('customers', { [key]: true }),
    api.all('customers', { [key]: false }),
  ]);
  expect(yes.length, key).toBeGreaterThan(0);
  expect(no.length, key).toBeGreaterThan(0);
  expect(ids([...yes, ...no]), key).toEqual(ids(all));
  return { yes, no };
}

/**
 * Business rules of customer accounts and the filters of their list, over customers made by each
 * test (the filters read the dataset, which holds every case).
 */
export function customerRuleTests(getTarget: TargetGetter): void {
  const api = signedInApi(getTarget);

  describe('rules: customers', () => {
    it('an e-mail used by another customer is a 422 on the field, whatever its case; nothing changes', async () => {
      const [customer, other] = [await newCustomer(api()), await newCustomer(api())];
      const history = await api().history('customers', customer.id);
      for (const lang of ['fr', 'en']) {
        const res = await api().call<ErrorBody>('PUT', `/customers/${customer.id}`, {
          as: 'support',
          lang,
          body: {
            email: other.email.toUpperCase(),
            newsletter: true,
            version: customer.version,
          },
        });
        expect(res.status, lang).toBe(422);
        expect(res.body.errors?.email, lang).toContain(other.email);
        expect(res.body.errors?.email, lang).toMatch(lang === 'fr' ? /déjà utilisée/ : /already/);
      }
      expect(await api().one('customers', customer.id)).toEqual(customer);
      expect(await api().history('customers', customer.id)).toEqual(history);
    });

    it('a malformed e-mail is a 422 on the field; the customer keeps theirs', async () => {
      const customer = await newCustomer(api());
      const res = await api().put<ErrorBody>(
        'customers',
        customer.id,
        { email: 'claire.martin@example' },
        'support',
      );
      expect(res.status).toBe(422);
      expect(Object.keys(res.body.errors ?? {})).toEqual(['email']);
      expect(await api().one('customers', customer.id)).toEqual(customer);
    });

    it('support changes the contact details and the newsletter choice, one event in the history', async () => {
      const customer = await newCustomer(api());
      const email = customer.email.replace('contrat-', 'nouvelle-adresse-');
      const optIn = await api().put<Customer>(
        'customers',
        customer.id,
        { email: email.toUpperCase(), phone: '07 11 22 33 44', newsletter: true },
        'support',
      );
      expect(optIn.status).toBe(200);
      expect(optIn.body).toMatchObject({
        email,
        phone: '07 11 22 33 44',
        newsletter: true,
        version: customer.version + 1,
      });
      const optOut = await api().put<Customer>(
        'customers',
        customer.id,
        { newsletter: false },
        'support',
      );
      expect(optOut.status).toBe(200);
      expect(optOut.body).toEqual({
        ...optIn.body,
        newsletter: false,
        version: customer.version + 2,
      });
      const [, , last] = await api().history('customers', customer.id);
      expect(last).toMatchObject({ action: 'update', role: 'support' });
      expect(last.changes).toMatchObject({ newsletter: [true, false] });
    });
  });

  describe('filters: customers', () => {
    it('`q` finds a customer by phone, typed with or without its spaces', async () => {
      const [customer] = (await api().list('customers', { range: [3, 3], sort: ['id', 'ASC'] }))
        .body;
      expect(customer.phone).toMatch(/^0\d( \d\d){4}$/);
      const digits = customer.phone.replace(/ /g, '');
      expect(ids(await api().all('customers', { q: customer.phone }))).toContain(customer.id);
      const found = await api().all('customers', { q: digits });
      expect(ids(found)).toContain(customer.id);
      for (const c of found) expect(c.phone.replace(/ /g, '')).toBe(digits);
    });

    it('newsletter, Klub member and credit balance split the customers in two', async () => {
      const newsletter = await split(api(), 'newsletter');
      expect(newsletter.yes.every((c) => c.newsletter)).toBe(true);
      const klub = await split(api(), 'klubMember');
      expect(klub.yes.every((c) => c.klubMemberId !== null)).toBe(true);
      expect(klub.no.every((c) => c.klubMemberId === null)).toBe(true);
      const credit = await split(api(), 'hasCredit');
      expect(credit.yes.every((c) => c.creditBalanceCents > 0)).toBe(true);
      expect(credit.no.every((c) => c.creditBalanceCents === 0)).toBe(true);
    });

    it('a member joins the "Klub member" customers at once', async () => {
      const member = await newCustomer(api(), 'active');
      const outsider = await newCustomer(api());
      expect(ids(await api().all('customers', { klubMember: true }))).toContain(member.id);
      expect(ids(await api().all('customers', { klubMember: false }))).toContain(outsider.id);
    });

    it('customers created between two Paris days, both included', async () => {
      const all = await api().all('customers');
      const days = all.map((c) => parisDate(c.createdAt)).sort();
      const [from, until] = [days[Math.floor(days.length / 3)], days[Math.floor(days.length / 2)]];
      const found = await api().all('customers', { createdAt_gte: from, createdAt_lte: until });
      const expected = all.filter((c) => {
        const day = parisDate(c.createdAt);
        return day >= from && day <= until;
      });
      expect(found.length).toBeGreaterThan(1);
      expect(ids(found)).toEqual(ids(expected));
    });
  });
}
