import { describe, expect, it } from 'vitest';
import type { Customer, KlubMember } from '../../src/domain';
import { TEST_NOW } from '../support/mockApi';
import {
  newCustomer,
  signedInApi,
  type ContractApi,
  type ErrorBody,
  type TargetGetter,
} from './support';

const INVITATION = { event: 'Vente privée Le Klub', date: TEST_NOW.slice(0, 10) };
/** Events after and before the day of TEST_NOW (25 November 2026). */
const SOIREE = { event: 'Soirée Klub à Lille', date: '2026-12-12', status: 'invited' } as const;
const BRUNCH = { event: 'Brunch Klub', date: '2026-11-20', status: 'invited' } as const;

/** Support makes a customer of the test's own a member of the Klub. */
function join(api: ContractApi, customer: Customer) {
  return api.post<KlubMember & ErrorBody>('klub-members', { customerId: customer.id }, 'support');
}

/**
 * Business rules of Le Klub: joining, the moves of a membership (suspend, reactivate, leave,
 * promote) and event invitations, over customers made by each test.
 */
export function klubRuleTests(getTarget: TargetGetter): void {
  const api = signedInApi(getTarget);

  describe('rules: Klub memberships', () => {
    it('a customer joins: an active member, numbered, joined now, whom the customer points to', async () => {
      const customer = await newCustomer(api());
      const res = await join(api(), customer);
      expect(res.status).toBe(201);
      expect(res.body).toEqual({
        id: expect.any(Number),
        reference: res.body.memberNumber,
        memberNumber: expect.stringMatching(/^KLUB-\d{6}$/),
        customerId: customer.id,
        kind: 'member',
        status: 'active',
        joinedAt: TEST_NOW,
        leftAt: null,
        invitations: [],
        version: 1,
      });
      expect((await api().one('customers', customer.id)).klubMemberId).toBe(res.body.id);
    });

    it('a member, even suspended, cannot join again: 422 naming the customer, no second membership', async () => {
      for (const status of ['active', 'suspended'] as const) {
        const member = await newCustomer(api(), status);
        const res = await join(api(), member);
        expect(res.status, status).toBe(422);
        expect(res.body.message, status).toBe(
          `Le client ${member.reference} est déjà adhérent du Klub.`,
        );
        expect(await api().count('klub-members', { customerId: member.id }), status).toBe(1);
        expect(await api().one('customers', member.id), status).toEqual(member);
      }
    });

    it('suspend, reactivate, then leave: each a transition of the history; leaving is dated', async () => {
      const customer = await newCustomer(api(), 'active');
      const id = customer.klubMemberId!;
      for (const [from, to] of [
        ['active', 'suspended'],
        ['suspended', 'active'],
        ['active', 'left'],
      ] as const) {
        const res = await api().put<KlubMember>('klub-members', id, { status: to }, 'support');
        expect(res.status, to).toBe(200);
        expect(res.body.status).toBe(to);
        const history = await api().history('klub-members', id);
        expect(history.at(-1), to).toMatchObject({
          action: 'transition',
          role: 'support',
          fromStatus: from,
          toStatus: to,
        });
      }
      expect((await api().one('klub-members', id)).leftAt).toBe(TEST_NOW);
    });

    it('a membership that left is closed: 409 saying to join again, nothing changes', async () => {
      const former = await newCustomer(api(), 'left');
      const id = former.klubMemberId!;
      const member = await api().one('klub-members', id);
      const history = await api().history('klub-members', id);
      for (const change of [
        { status: 'active' },
        { status: 'suspended' },
        { kind: 'ambassador' },
        { invitations: [{ ...INVITATION, status: 'invited' }] },
      ]) {
        for (const [lang, message] of [
          ['fr', 'Un adhérent qui a quitté le Klub doit adhérer à nouveau.'],
          ['en', 'A member who left the Klub must join again.'],
        ]) {
          const res = await api().call<ErrorBody>('PUT', `/klub-members/${id}`, {
            as: 'support',
            lang,
            body: { ...change, version: member.version },
          });
          expect(res.status, JSON.stringify(change)).toBe(409);
          expect(res.body.message).toBe(message);
        }
      }
      expect(await api().one('klub-members', id)).toEqual(member);
      expect(await api().history('klub-members', id)).toEqual(history);
    });

    it('a former member joins again: a new membership, the old one stays closed', async () => {
      const former = await newCustomer(api(), 'left');
      const old = await api().one('klub-members', former.klubMemberId!);
      const res = await join(api(), former);
      expect(res.status).toBe(201);
      expect(res.body).toMatchObject({ customerId: former.id, status: 'active', leftAt: null });
      expect(res.body.id).not.toBe(old.id);
      expect((await api().one('customers', former.id)).klubMemberId).toBe(res.body.id);
      expect(await api().one('klub-members', old.id)).toEqual(old);
    });

    it('an active member is promoted to ambassador', async () => {
      const customer = await newCustomer(api(), 'active');
      const res = await api().put<KlubMember>(
        'klub-members',
        customer.klubMemberId!,
        { kind: 'ambassador' },
        'support',
      );
      expect(res.status).toBe(200);
      expect(res.body).toMatchObject({ kind: 'ambassador', status: 'active' });
      const [, promotion] = await api().history('klub-members', customer.klubMemberId!);
      expect(promotion).toMatchObject({
        action: 'update',
        changes: { kind: ['member', 'ambassador'] },
      });
    });
    it('a suspended member is not promoted: 422 saying to reactivate first, nothing changes', async () => {
      const customer = await newCustomer(api(), 'suspended');
      const id = customer.klubMemberId!;
      const member = await api().one('klub-members', id);
      const res = await api().put<ErrorBody>('klub-members', id, { kind: 'ambassador' }, 'support');
      expect(res.status).toBe(422);
      expect(res.body.message).toBe(
        'Seul un adhérent actif devient ambassadeur : réactivez d’abord l’adhésion.',
      );
      expect(await api().one('klub-members', id)).toEqual(member);
      const both = { status: 'active', kind: 'ambassador' };
      expect((await api().put('klub-members', id, both, 'support')).status).toBe(200);
    });
  });

  describe('rules: Klub event invitations', () => {
    it('an invitation is added, then accepted, then attended', async () => {
      const customer = await newCustomer(api(), 'active');
      const id = customer.klubMemberId!;
      for (const status of ['invited', 'accepted', 'attended'] as const) {
        const res = await api().put<KlubMember>(
          'klub-members',
          id,
          { invitations: [{ ...INVITATION, status }] },
          'support',
        );
        expect(res.status, status).toBe(200);
        expect(res.body.invitations).toEqual([{ ...INVITATION, status }]);
      }
      expect(await api().history('klub-members', id)).toHaveLength(4);
    });

    it('an invitation sent stays in its place, and is answered only as its day allows: 422 naming it, nothing changes', async () => {
      const customer = await newCustomer(api(), 'active');
      const id = customer.klubMemberId!;
      const sent = await api().put(
        'klub-members',
        id,
        { invitations: [SOIREE, BRUNCH] },
        'support',
      );
      expect(sent.status).toBe(200);
      const member = await api().one('klub-members', id);
      const history = await api().history('klub-members', id);
      for (const [invitations, message] of [
        [
          [BRUNCH],
          'L’invitation à « Soirée Klub à Lille » du 12/12/2026 est envoyée : elle reste dans la liste, à sa place et à sa date.',
        ],
        [
          [{ ...SOIREE, date: '2026-12-13' }, BRUNCH],
          'L’invitation à « Soirée Klub à Lille » du 12/12/2026 est envoyée : elle reste dans la liste, à sa place et à sa date.',
        ],
        [
          [{ ...SOIREE, status: 'attended' }, BRUNCH],
          'L’invitation à « Soirée Klub à Lille » du 12/12/2026 ne peut pas passer de « invité » à « présent » : elle s’accepte jusqu’au jour de l’événement, la présence se note à partir de ce jour.',
        ],
        [
          [SOIREE, { ...BRUNCH, status: 'accepted' }],
          'L’invitation à « Brunch Klub » du 20/11/2026 ne peut pas passer de « invité » à « accepté » : elle s’accepte jusqu’au jour de l’événement, la présence se note à partir de ce jour.',
        ],
        [
          [SOIREE, BRUNCH, { ...INVITATION, status: 'accepted' }],
          'La nouvelle invitation à « Vente privée Le Klub » part sans réponse (« invité ») : la réponse se note ensuite.',
        ],
      ] as const) {
        const res = await api().put<ErrorBody>('klub-members', id, { invitations }, 'support');
        expect(res.status, message).toBe(422);
        expect(res.body.message).toBe(message);
      }
      expect(await api().one('klub-members', id)).toEqual(member);
      expect(await api().history('klub-members', id)).toEqual(history);

      const answered = [
        { ...SOIREE, status: 'accepted' },
        { ...BRUNCH, status: 'attended' },
      ];
      const res = await api().put<KlubMember>(
        'klub-members',
        id,
        { invitations: answered },
        'support',
      );
      expect(res.status).toBe(200);
      expect(res.body.invitations).toEqual(answered);
    });

    it('only an active member is invited, in English too; reactivated in the same write, invited', async () => {
      const customer = await newCustomer(api(), 'suspended');
      const id = customer.klubMemberId!;
      const member = await api().one('klub-members', id);
      const res = await api().call<ErrorBody>('PUT', `/klub-members/${id}`, {
        as: 'support',
        lang: 'en',
        body: { invitations: [SOIREE], version: member.version },
      });
      expect(res.status).toBe(422);
      expect(res.body.message).toBe(
        'Only an active member is invited to events: reactivate the membership first.',
      );
      expect(await api().one('klub-members', id)).toEqual(member);
      const both = { status: 'active', invitations: [SOIREE] };
      expect((await api().put('klub-members', id, both, 'support')).status).toBe(200);
    });

    it('an invitation without a date or with an unknown answer is a 400 on its field', async () => {
      const customer = await newCustomer(api(), 'active');
      const member = await api().one('klub-members', customer.klubMemberId!);
      const res = await api().put<ErrorBody>(
        'klub-members',
        member.id,
        {
          invitations: [
            { ...INVITATION, status: 'invited' },
            { event: INVITATION.event, status: 'maybe' },
          ],
        },
        'support',
      );
      expect(res.status).toBe(400);
      expect(Object.keys(res.body.errors ?? {}).sort()).toEqual([
        'invitations.1.date',
        'invitations.1.status',
      ]);
      expect(await api().one('klub-members', member.id)).toEqual(member);
    });
  });
}
