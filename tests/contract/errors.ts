import { beforeAll, describe, expect, it } from 'vitest';
import type { Store } from '../../src/domain';
import {
  freshEan13,
  MISSING_ID,
  newProduct,
  newStore,
  signedInApi,
  type CallOptions,
  type ContractApi,
  type ErrorBody,
  type TargetGetter,
  wrongCheckDigit,
} from './support';

interface ErrorCase {
  status: number;
  /** The request, with the options the case needs (the language is added by the test). */
  send: (
    api: ContractApi,
    options: Pick<CallOptions, 'lang'>,
  ) => Promise<{
    status: number;
    headers: Headers;
    body: unknown;
  }>;
  fr: RegExp;
  en: RegExp;
}

export function errorTests(getTarget: TargetGetter): void {
  const api = signedInApi(getTarget);
  let store: Store;
  const product = newProduct();
  const invalidProduct = {
    ...product,
    variants: [{ ...product.variants[0], ean13: wrongCheckDigit(freshEan13()) }],
  };

  const cases: Record<string, ErrorCase> = {
    '400 malformed JSON': {
      status: 400,
      send: (a, o) => a.call('PUT', `/stores/${store.id}`, { ...o, body: '{"name":' }),
      fr: /corps de la requête/,
      en: /request body/,
    },
    '401 not signed in': {
      status: 401,
      send: (a, o) => a.call('GET', '/products', { ...o, as: null }),
      fr: /connecté/,
      en: /not signed in/,
    },
    '401 wrong password': {
      status: 401,
      send: (a, o) =>
        a.call('POST', '/auth/login', {
          ...o,
          as: null,
          body: { email: 'admin@kaporal.test', password: 'pas-le-bon' },
        }),
      fr: /mot de passe/,
      en: /password/,
    },
    '403 role not allowed': {
      status: 403,
      send: (a, o) => a.call('GET', '/customers', { ...o, as: 'merchandiser' }),
      fr: /rôle \(merchandiser\).*customers/,
      en: /role \(merchandiser\).*customers/,
    },
    '404 unknown id': {
      status: 404,
      send: (a, o) => a.call('GET', `/products/${MISSING_ID}`, o),
      fr: new RegExp(`identifiant ${MISSING_ID}`),
      en: new RegExp(`id ${MISSING_ID}`),
    },
    '409 stale version': {
      status: 409,
      send: (a, o) =>
        a.call('PUT', `/stores/${store.id}`, {
          ...o,
          body: { name: 'Trop tard', version: store.version - 1 },
        }),
      fr: /modifiée par quelqu’un d’autre/,
      en: /Someone else changed/,
    },
    '422 business rule': {
      status: 422,
      send: (a, o) => a.call('POST', '/products', { ...o, body: invalidProduct }),
      fr: /EAN-13 \d{13} est invalide/,
      en: /EAN-13 \d{13} is invalid/,
    },
  };

  describe('error bodies', () => {
    beforeAll(async () => {
      // A record at version 2, so that version 1 is stale.
      const created = await api().post<Store>('stores', newStore('Erreurs'));
      expect(created.status).toBe(201);
      const updated = await api().put<Store>('stores', created.body.id, { city: 'Nice' });
      expect(updated.status).toBe(200);
      store = updated.body;
    });

    for (const [name, c] of Object.entries(cases)) {
      it(`${name}: JSON {message}, French by default, English on request`, async () => {
        const byDefault = await c.send(api(), {});
        const french = await c.send(api(), { lang: 'fr-FR,fr;q=0.9' });
        const english = await c.send(api(), { lang: 'en-GB,en;q=0.8' });
        for (const res of [byDefault, french, english]) {
          expect(res.status).toBe(c.status);
          expect(res.headers.get('Content-Type')).toMatch(/^application\/json/);
          expect(typeof (res.body as ErrorBody).message).toBe('string');
          expect((res.body as ErrorBody).errors).toEqual(expect.any(Object));
        }
        expect((byDefault.body as ErrorBody).message).toMatch(c.fr);
        expect((french.body as ErrorBody).message).toBe((byDefault.body as ErrorBody).message);
        expect((english.body as ErrorBody).message).toMatch(c.en);
      });
    }

    it('ra-data-simple-rest surfaces the message in the UI language (HttpError)', async () => {
      const list = {
        pagination: { page: 1, perPage: 5 },
        sort: { field: 'id', order: 'ASC' as const },
      };
      await expect(
        api()
          .provider('merchandiser')
          .getList('customers', { ...list, filter: {} }),
      ).rejects.toMatchObject({ status: 403, message: expect.stringMatching(/^Votre rôle/) });
      await expect(
        api()
          .provider('merchandiser', 'en')
          .getList('customers', { ...list, filter: {} }),
      ).rejects.toMatchObject({
        status: 403,
        message: expect.stringMatching(/^Your role/),
        body: { message: expect.stringMatching(/^Your role/) },
      });
    });

    it('the refused requests changed nothing', async () => {
      expect(await api().one('stores', store.id)).toEqual(store);
    });

    it('a 422 lists every field error under `errors`, by field path', async () => {
      const before = await api().count('products');
      const product = newProduct();
      const wrongEan = wrongCheckDigit(freshEan13());
      const bad = {
        ...product,
        priceCents: 0,
        variants: [
          { ...product.variants[0], ean13: wrongEan, stock: -1 },
          { ...product.variants[0], sku: `${product.variants[0].sku}-B`, ean13: '1234567890123' },
        ],
      };
      for (const [lang, ean] of [
        [undefined, /invalide/],
        ['en', /invalid/],
      ] as const) {
        const res = await api().call<ErrorBody>('POST', '/products', { body: bad, lang });
        expect(res.status).toBe(422);
        expect(res.body.errors).toBeDefined();
        const errors = res.body.errors!;
        expect(Object.keys(errors).sort()).toEqual(
          ['priceCents', 'variants.0.ean13', 'variants.0.stock', 'variants.1.ean13'].sort(),
        );
        expect(errors['variants.0.ean13']).toMatch(ean);
        expect(errors['variants.0.ean13']).toContain(wrongEan);
      }
      expect(await api().count('products')).toBe(before);
    });

    it('a 400 for a value of the wrong type names the field under `errors`', async () => {
      const res = await api().call<ErrorBody>('PUT', `/stores/${store.id}`, {
        body: { name: 42, version: store.version },
        lang: 'en',
      });
      expect(res.status).toBe(400);
      expect(res.body.errors).toHaveProperty('name');
      expect(res.body.errors!.name).toMatch(/text/);
      expect(await api().one('stores', store.id)).toEqual(store);
    });

    it('an unknown address is a JSON 404', async () => {
      const res = await api().call<ErrorBody>('GET', '/factures');
      expect(res.status).toBe(404);
      expect(res.body.message).toContain('/factures');
    });
  });
}
