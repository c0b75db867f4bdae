import { describe, expect, it } from 'vitest';
import { firstReplyDueBy, INTAKE_PER_MINUTE } from '../../src/domain/contactRequests';
import type { ContactRequest, Customer, Order, Role } from '../../src/domain/types';
import {
  newCustomer,
  nextSerial,
  placeOrder,
  signedInApi,
  type ContractApi,
  type ErrorBody,
  type RawResponse,
  type TargetGetter,
} from './support';

type Form = Record<string, unknown>;

function formOf(customer: Pick<Customer, 'firstName' | 'lastName' | 'email'>, extra: Form = {}) {
  return {
    firstName: customer.firstName,
    lastName: customer.lastName,
    email: customer.email,
    phone: '06 12 34 56 78',
    reason: 'order_tracking',
    message: 'Bonjour, je n’ai toujours pas reçu ma commande. Merci de me dire où elle en est.',
    ...extra,
  };
}

/** A stranger's form: an e-mail that no customer has. */
function strangerForm(extra: Form = {}) {
  const n = nextSerial();
  return formOf(
    { firstName: 'Inès', lastName: `Passante ${n}`, email: `passante-${n}@example.fr` },
    extra,
  );
}

function postIntake(
  api: ContractApi,
  body: unknown,
  { key, lang }: { key?: string; lang?: string } = {},
): Promise<RawResponse<{ reference: string } & ErrorBody>> {
  const headers: Record<string, string> = key ? { 'Idempotency-Key': key } : {};
  return api.call('POST', '/contact-requests/intake', { as: null, body, headers, lang });
}

/** Reads a request by its reference through the list: a GET of one record would open it. */
async function byReference(api: ContractApi, reference: string): Promise<ContactRequest> {
  const [request] = await api.all('contact-requests', { reference });
  if (!request) throw new Error(`no request ${reference}`);
  return request;
}

async function byId(api: ContractApi, id: number): Promise<ContactRequest> {
  const [request] = await api.all('contact-requests', { id });
  return request;
}

/** A new customer with an order of their own, and the request the website made about it. */
async function customerWithRequest(api: ContractApi) {
  const customer = await newCustomer(api);
  const order = await placeOrder(api, { customerId: customer.id });
  const res = await postIntake(api, formOf(customer, { orderReference: order.reference }));
  expect(res.status).toBe(201);
  return { customer, order, request: await byReference(api, res.body.reference) };
}

function reply(api: ContractApi, request: ContactRequest, body: Form, as: Role = 'support') {
  return api.call<ContactRequest & ErrorBody>('PUT', `/contact-requests/${request.id}`, {
    as,
    body: { version: request.version, messages: [...request.messages, body] },
  });
}

/** Business rules of the customer-requests inbox and of the website's contact form. */
export function contactRequestRuleTests(getTarget: TargetGetter): void {
  const api = signedInApi(getTarget);

  describe('rules: contact form intake', () => {
    it('takes a request without a staff token and answers its reference only', async () => {
      const { customer, order, request } = await customerWithRequest(api());
      expect(request).toMatchObject({
        channel: 'form',
        network: null,
        status: 'new',
        customerId: customer.id,
        orderId: order.id,
        orderMismatch: false,
        orderReference: order.reference,
        assigneeId: null,
        firstRepliedAt: null,
        messages: [{ direction: 'in', userId: null, body: request.message }],
      });
      expect(request.reference).toMatch(/^DEM-\d{2}-\d{6}$/);
      expect(request.firstReplyDueBy).toBe(firstReplyDueBy(request.receivedAt));
      expect(request).not.toHaveProperty('intakeKeys');
      const res = await postIntake(api(), strangerForm());
      expect(Object.keys(res.body)).toEqual(['reference']);
      const [created] = await api().history('contact-requests', request.id);
      expect(created).toMatchObject({ action: 'create', role: 'system', userId: null });
    });

    it('finds the customer by e-mail whatever its case, and writes the phone the French way', async () => {
      const customer = await newCustomer(api());
      const res = await postIntake(
        api(),
        formOf(customer, { email: customer.email.toUpperCase(), phone: '+33612345678' }),
      );
      const request = await byReference(api(), res.body.reference);
      expect(request.customerId).toBe(customer.id);
      expect(request.phone).toBe('06 12 34 56 78');
    });

    it('refuses each bad field with a 422 naming it, in French; nothing is kept', async () => {
      const before = await api().count('contact-requests');
      const res = await postIntake(
        api(),
        strangerForm({
          orderReference: 'commande 42',
          email: 'claire.martin@example',
          phone: '12 34',
          firstName: '',
          reason: 'complaint',
        }),
      );
      expect(res.status).toBe(422);
      expect(Object.keys(res.body.errors ?? {}).sort()).toEqual(
        ['email', 'firstName', 'orderReference', 'phone', 'reason'].sort(),
      );
      expect(res.body.errors?.orderReference).toMatch(/CMD-26-000123/);
      expect(res.body.errors?.phone).toMatch(/numéro français/);
      expect(res.body.errors?.email).toMatch(/n’est pas valide/);
      expect(res.body.errors?.firstName).toMatch(/obligatoire/);
      const english = await postIntake(api(), strangerForm({ phone: '12 34' }), { lang: 'en' });
      expect(english.body.errors?.phone).toMatch(/not a French phone number/);
      expect(await api().count('contact-requests')).toBe(before);
    });

    it('takes the form URL-encoded, as a plain web page posts it', async () => {
      const form = strangerForm();
      const res = await api().call<{ reference: string }>('POST', '/contact-requests/intake', {
        as: null,
        headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
        body: new URLSearchParams(form as Record<string, string>).toString(),
      });
      expect(res.status).toBe(201);
      expect((await byReference(api(), res.body.reference)).email).toBe(form.email);
    });

    it('tells a robot that fills the hidden field "thank you", and keeps nothing', async () => {
      const before = await api().count('contact-requests');
      const res = await postIntake(api(), strangerForm({ website: 'http://spam.example' }));
      expect(res.status).toBe(201);
      expect(await api().count('contact-requests')).toBe(before);
      expect(await api().count('contact-requests', { reference: res.body.reference })).toBe(0);
    });

    it(`refuses past ${INTAKE_PER_MINUTE} requests a minute from one e-mail (429), not from another`, async () => {
      const form = strangerForm();
      for (let i = 0; i < INTAKE_PER_MINUTE; i++) {
        expect((await postIntake(api(), form)).status).toBe(201);
      }
      const before = await api().count('contact-requests');
      const refused = await postIntake(api(), { ...form, email: String(form.email).toUpperCase() });
      expect(refused.status).toBe(429);
      expect(Number(refused.headers.get('Retry-After'))).toBeGreaterThan(0);
      expect(refused.body.message).toMatch(/Trop de demandes/);
      expect(await api().count('contact-requests')).toBe(before);
      expect((await postIntake(api(), strangerForm())).status).toBe(201);
    });

    it('gives the same request back for a repeated Idempotency-Key, even sent at once', async () => {
      const key = `formulaire-${nextSerial()}-${Date.now()}`;
      const before = await api().count('contact-requests');
      const form = strangerForm();
      const answers = await Promise.all(
        Array.from({ length: 5 }, () => postIntake(api(), form, { key })),
      );
      expect(answers.map((a) => a.status)).toEqual([201, 201, 201, 201, 201]);
      expect(new Set(answers.map((a) => a.body.reference)).size).toBe(1);
      expect(await api().count('contact-requests')).toBe(before + 1);
    });

    it('flags an order of another customer without linking it; an unknown one is neither', async () => {
      const { order } = await customerWithRequest(api());
      const other = await newCustomer(api());
      const foreign = await postIntake(api(), formOf(other, { orderReference: order.reference }));
      expect(await byReference(api(), foreign.body.reference)).toMatchObject({
        customerId: other.id,
        orderId: null,
        orderMismatch: true,
        orderReference: order.reference,
      });
      const unknown = await postIntake(api(), formOf(other, { orderReference: 'CMD-99-999999' }));
      expect(await byReference(api(), unknown.body.reference)).toMatchObject({
        orderId: null,
        orderMismatch: false,
      });
    });

    it('adds a new message about the same order to the unresolved request, reopening it', async () => {
      const { customer, order, request } = await customerWithRequest(api());
      const replied = await reply(api(), request, {
        direction: 'out',
        body: 'Votre colis arrive.',
      });
      expect(replied.body.status).toBe('waiting_customer');
      const again = await postIntake(
        api(),
        formOf(customer, { orderReference: order.reference, message: 'Toujours rien reçu.' }),
      );
      expect(again.body.reference).toBe(request.reference);
      const joined = await byId(api(), request.id);
      expect(joined.status).toBe('open');
      expect(joined.messages.map((m) => m.direction)).toEqual(['in', 'out', 'in']);
      expect(joined.messages[2].body).toBe('Toujours rien reçu.');
      const resolved = await api().put(
        'contact-requests',
        request.id,
        { status: 'resolved' },
        'support',
      );
      expect(resolved.status).toBe(200);
      const third = await postIntake(api(), formOf(customer, { orderReference: order.reference }));
      expect(third.body.reference).not.toBe(request.reference);
    });
  });

  describe('rules: handling a request', () => {
    it('opens on its first reading by support, which the history tells', async () => {
      const { request } = await customerWithRequest(api());
      const read = await api().call<ContactRequest>('GET', `/contact-requests/${request.id}`, {
        as: 'support',
      });
      expect(read.body.status).toBe('open');
      const events = await api().history('contact-requests', request.id);
      expect(events.at(-1)).toMatchObject({
        action: 'transition',
        fromStatus: 'new',
        toStatus: 'open',
        userId: api().user('support').id,
      });
    });

    it('a manager reads without opening it, and may not write', async () => {
      const { request } = await customerWithRequest(api());
      const read = await api().call<ContactRequest>('GET', `/contact-requests/${request.id}`, {
        as: 'manager',
      });
      expect(read.body.status).toBe('new');
      const res = await reply(api(), request, { direction: 'out', body: 'Bonjour' }, 'manager');
      expect(res.status).toBe(403);
    });

    it('assigning opens it; only customer service or an admin may be assigned', async () => {
      const { request } = await customerWithRequest(api());
      const warehouse = api().user('warehouse');
      const refused = await api().put<ErrorBody>(
        'contact-requests',
        request.id,
        { assigneeId: warehouse.id },
        'support',
      );
      expect(refused.status).toBe(422);
      expect(refused.body.errors?.assigneeId).toContain(warehouse.fullName);
      const support = api().user('support');
      const assigned = await api().put<ContactRequest>(
        'contact-requests',
        request.id,
        { assigneeId: support.id },
        'support',
      );
      expect(assigned.body).toMatchObject({ assigneeId: support.id, status: 'open' });
    });

    it('a reply waits for the customer and sets the first reply once; a note changes nothing', async () => {
      const { request } = await customerWithRequest(api());
      const first = await reply(api(), request, { direction: 'out', body: 'Bonjour Madame' });
      expect(first.status).toBe(200);
      const replied = first.body;
      expect(replied.status).toBe('waiting_customer');
      expect(replied.firstRepliedAt).toBe(replied.messages[1].at);
      expect(replied.messages[1]).toMatchObject({
        direction: 'out',
        userId: api().user('support').id,
        body: 'Bonjour Madame',
      });
      const noted = (await reply(api(), replied, { direction: 'note', body: 'Rappeler jeudi' }))
        .body;
      expect(noted.status).toBe('waiting_customer');
      const second = (await reply(api(), noted, { direction: 'out', body: 'Relance' })).body;
      expect(second.firstRepliedAt).toBe(replied.firstRepliedAt);
      expect(second.messages).toHaveLength(4);
    });

    it('a thread that is not the stored one plus one message is refused; nothing changes', async () => {
      const { request } = await customerWithRequest(api());
      const url = `/contact-requests/${request.id}`;
      const cases = [
        [{ direction: 'out', body: 'a' }],
        [...request.messages, { direction: 'out', body: 'a' }, { direction: 'out', body: 'b' }],
        [
          { ...request.messages[0], body: 'réécrit' },
          { direction: 'out', body: 'a' },
        ],
        [...request.messages, { direction: 'shout', body: 'a' }],
        [...request.messages, { direction: 'out', body: '   ' }],
      ];
      for (const messages of cases) {
        const res = await api().call('PUT', url, {
          as: 'support',
          body: { version: request.version, messages },
        });
        expect(res.status, JSON.stringify(messages)).toBe(400);
      }
      expect(await byId(api(), request.id)).toEqual(request);
    });

    it('resolves, refuses a reply once resolved (409), and reopens', async () => {
      const { request } = await customerWithRequest(api());
      const resolved = await api().put<ContactRequest>(
        'contact-requests',
        request.id,
        { status: 'resolved' },
        'support',
      );
      expect(resolved.body.status).toBe('resolved');
      expect(resolved.body.resolvedAt).not.toBeNull();
      const late = await reply(api(), resolved.body, { direction: 'out', body: 'Bonjour' });
      expect(late.status).toBe(409);
      expect(late.body.message).toMatch(/rouvrez-la/);
      const waiting = await api().put(
        'contact-requests',
        request.id,
        { status: 'waiting_customer' },
        'support',
      );
      expect(waiting.status).toBe(409);
      const reopened = await api().put<ContactRequest>(
        'contact-requests',
        request.id,
        { status: 'open' },
        'support',
      );
      expect(reopened.body).toMatchObject({ status: 'open', resolvedAt: null });
    });

    it('links another order of the same customer, never one of someone else', async () => {
      const { customer, request } = await customerWithRequest(api());
      const second: Order = await placeOrder(api(), { customerId: customer.id });
      const linked = await api().put<ContactRequest>(
        'contact-requests',
        request.id,
        { orderId: second.id },
        'support',
      );
      expect(linked.body.orderId).toBe(second.id);
      const foreign = await placeOrder(api(), { customerId: (await newCustomer(api())).id });
      const refused = await api().put<ErrorBody>(
        'contact-requests',
        request.id,
        { orderId: foreign.id },
        'support',
      );
      expect(refused.status).toBe(422);
      expect(refused.body.errors?.orderId).toContain(foreign.reference);
    });

    it('20 colleagues replying at once: every reply kept once, the first reply time set once', async () => {
      const { request } = await customerWithRequest(api());
      const replyUntilKept = async (n: number) => {
        for (;;) {
          const res = await reply(api(), await byId(api(), request.id), {
            direction: 'out',
            body: `Réponse ${n}`,
          });
          if (res.status === 200) return;
          expect(res.status).toBe(409);
        }
      };
      await Promise.all(Array.from({ length: 20 }, (_, n) => replyUntilKept(n)));
      const after = await byId(api(), request.id);
      const outs = after.messages.filter((m) => m.direction === 'out');
      expect(outs).toHaveLength(20);
      expect(new Set(outs.map((m) => m.body)).size).toBe(20);
      expect(after.firstRepliedAt).toBe(outs[0].at);
      const events = await api().history('contact-requests', request.id);
      expect(events.filter((e) => e.changes.firstRepliedAt)).toHaveLength(1);
    });

    it('support records a phone call: open, in their hands, due in 8 business hours', async () => {
      const customer = await newCustomer(api());
      const res = await api().post<ContactRequest>(
        'contact-requests',
        { ...formOf(customer), channel: 'phone' },
        'support',
      );
      expect(res.status).toBe(201);
      expect(res.body).toMatchObject({
        channel: 'phone',
        status: 'open',
        assigneeId: api().user('support').id,
        customerId: customer.id,
      });
      const social = await api().post<ErrorBody>(
        'contact-requests',
        { ...formOf(customer), channel: 'social' },
        'support',
      );
      expect(social.status).toBe(422);
      expect(social.body.errors).toHaveProperty('network');
    });
  });

  describe('rules: who reads the inbox', () => {
    it('warehouse and merchandiser get 403; nobody without a token', async () => {
      for (const as of ['warehouse', 'merchandiser'] as const) {
        expect((await api().list('contact-requests', { as })).status, as).toBe(403);
      }
      expect((await api().list('contact-requests', { as: null })).status).toBe(401);
      for (const as of ['support', 'manager', 'admin'] as const) {
        expect((await api().list('contact-requests', { as })).status, as).toBe(200);
      }
    });

    it('filters the overdue, the unassigned and searches names, e-mail and order reference', async () => {
      const { customer, order, request } = await customerWithRequest(api());
      for (const q of [customer.lastName, customer.email, order.reference, request.reference]) {
        const found = await api().all('contact-requests', { q });
        expect(
          found.map((r) => r.id),
          q,
        ).toContain(request.id);
      }
      const unassigned = await api().all('contact-requests', { unassigned: true });
      expect(unassigned.every((r) => r.assigneeId === null)).toBe(true);
      expect(unassigned.map((r) => r.id)).toContain(request.id);
      const overdue = await api().all('contact-requests', { overdue: true });
      expect(overdue.map((r) => r.id)).not.toContain(request.id);
    });
  });
}
