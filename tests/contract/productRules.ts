import { describe, expect, it } from 'vitest';
import {
  isValidEan13,
  publishBlockers,
  type Product,
  type Reservation,
  type Variant,
} from '../../src/domain';
import {
  freshEan13,
  newProduct,
  nextSerial,
  placeOrder,
  signedInApi,
  wrongCheckDigit,
  type ContractApi,
  type ErrorBody,
  type ProductFields,
  type RawResponse,
  type TargetGetter,
} from './support';

const IMAGE = 'https://images.kaporal.test/contrat-face.jpg';
const OTHER_IMAGE = 'https://images.kaporal.test/contrat-dos.jpg';

/** One more row for a product: a size of its own and codes nobody uses. */
function extraVariant(overrides: Partial<Variant> = {}): Variant {
  const n = nextSerial();
  return {
    sku: `CONTRAT-${n}-34-NOIR`,
    size: '34',
    colour: 'Noir',
    ean13: freshEan13(),
    stock: 2,
    ...overrides,
  };
}

/** What a refused write must leave as it was: the catalogue's size, its history, the product. */
async function catalogue(api: ContractApi, product?: Product) {
  const [count, events, stored] = await Promise.all([
    api.count('products'),
    api.count('audit-events', { resource: 'products' }),
    product ? api.one('products', product.id) : null,
  ]);
  return { count, events, stored };
}

/** A 422 whose `errors` name exactly these fields. */
function expectRefused(res: RawResponse<ErrorBody>, fields: string[]): void {
  expect(res.status, JSON.stringify(res.body)).toBe(422);
  expect(Object.keys(res.body.errors ?? {}).sort()).toEqual([...fields].sort());
}

/** An order of one item, or a reservation of it, as the roles that make them would send. */
async function orderAndReservation(api: ContractApi, product: Product) {
  const first = { range: [0, 0] as [number, number], sort: ['id', 'ASC'] as ['id', 'ASC'] };
  const [customers, stores] = await Promise.all([
    api.list('customers', first),
    api.list('stores', first),
  ]);
  const [customer, store] = [customers.body[0], stores.body[0]];
  const { sku } = product.variants[0];
  return {
    order: {
      customerId: customer.id,
      lines: [{ productId: product.id, sku, quantity: 1 }],
      delivery: { mode: 'home', carrier: 'Colissimo', address: '4 quai du Port, 13002 Marseille' },
      payment: { method: 'card', cardBrand: 'visa' },
    },
    reservation: {
      customerId: customer.id,
      storeId: store.id,
      productId: product.id,
      sku,
      quantity: 1,
      channel: 'email',
    },
  };
}

/**
 * Business rules of the catalogue (MODEL.md, products), over products made by each test: unique
 * codes, EAN-13 checksum, prices and stock, what publishing needs, what archiving forbids, and
 * deletes. Each refusal is checked to have changed nothing.
 */
export function productRuleTests(getTarget: TargetGetter): void {
  const api = signedInApi(getTarget);

  async function created(overrides: Partial<ProductFields> = {}): Promise<Product> {
    const res = await api().post<Product>('products', newProduct(overrides), 'merchandiser');
    expect(res.status, JSON.stringify(res.body)).toBe(201);
    return res.body;
  }

  /** A PUT as the merchandiser of only these fields, with the version the product was read at. */
  function put<T = ErrorBody>(product: Product, body: Record<string, unknown>) {
    return api().call<T>('PUT', `/products/${product.id}`, {
      as: 'merchandiser',
      body: { ...body, version: product.version },
    });
  }

  const publishedProduct = () => created({ images: [IMAGE], status: 'published' });

  describe('rules: products', () => {
    it('a new product reusing the SKU or EAN of another is a 422 on its row naming that product; nothing is created', async () => {
      const owner = await created();
      const before = await catalogue(api());
      for (const field of ['sku', 'ean13'] as const) {
        const code = owner.variants[0][field];
        for (const [lang, taken] of [
          ['fr', /déjà utilisé par le produit/],
          ['en', /already used by product/],
        ] as const) {
          const res = await api().call<ErrorBody>('POST', '/products', {
            as: 'merchandiser',
            lang,
            body: newProduct({ variants: [extraVariant(), extraVariant({ [field]: code })] }),
          });
          expectRefused(res, [`variants.1.${field}`]);
          const error = res.body.errors?.[`variants.1.${field}`];
          expect(error, lang).toMatch(taken);
          expect(error, lang).toContain(code);
          expect(res.body.message, lang).toContain(owner.reference);
        }
      }
      expect(await catalogue(api())).toEqual(before);
    });

    it('changing a row to the SKU or EAN of another product, archived ones included, is a 422 naming it; nothing changes', async () => {
      const owner = (await api().all('products', { status: 'archived' })).find(
        (p) => p.variants.length > 0,
      )!;
      const product = await created();
      const before = await catalogue(api(), product);
      for (const field of ['sku', 'ean13'] as const) {
        const res = await put(product, {
          variants: [product.variants[0], extraVariant({ [field]: owner.variants[0][field] })],
        });
        expectRefused(res, [`variants.1.${field}`]);
        expect(res.body.errors?.[`variants.1.${field}`]).toContain(owner.reference);
        expect(res.body.message).toContain(owner.reference);
      }
      expect(await catalogue(api(), product)).toEqual(before);

      const kept = await put<Product>(product, { variants: [...product.variants, extraVariant()] });
      expect(kept.status, 'its own codes sent again are no duplicate').toBe(200);
      expect(kept.body.variants[0]).toEqual(product.variants[0]);
    });

    it('a SKU or EAN repeated within the rows of one product is a 422 on the later row; nothing changes', async () => {
      const product = await created();
      const before = await catalogue(api(), product);
      const [row] = product.variants;
      for (const field of ['sku', 'ean13'] as const) {
        const fresh = extraVariant();
        const inNew = await api().post<ErrorBody>(
          'products',
          newProduct({ variants: [fresh, extraVariant({ [field]: fresh[field] })] }),
          'merchandiser',
        );
        expectRefused(inNew, [`variants.1.${field}`]);
        expect(inNew.body.errors?.[`variants.1.${field}`]).toContain(fresh[field]);
        const update = await put(product, {
          variants: [row, extraVariant({ [field]: row[field] })],
        });
        expectRefused(update, [`variants.1.${field}`]);
      }
      expect(await catalogue(api(), product)).toEqual(before);
    });

    it('a code repeated within one product is said so, not as used by a product without a name', async () => {
      const fresh = extraVariant();
      for (const lang of ['fr', 'en']) {
        const res = await api().call<ErrorBody>('POST', '/products', {
          as: 'merchandiser',
          lang,
          body: newProduct({ variants: [fresh, extraVariant({ sku: fresh.sku })] }),
        });
        expectRefused(res, ['variants.1.sku']);
        expect(res.body.errors?.['variants.1.sku'], lang).not.toMatch(/(produit|product) \.$/);
      }
    });

    it('an EAN-13 with a wrong check digit is a 422 on its row; with the right digit it is accepted', async () => {
      const product = await created();
      const before = await catalogue(api(), product);
      const code = freshEan13();
      const wrong = await put(product, {
        variants: [product.variants[0], extraVariant({ ean13: wrongCheckDigit(code) })],
      });
      expectRefused(wrong, ['variants.1.ean13']);
      expect(wrong.body.errors?.['variants.1.ean13']).toContain(wrongCheckDigit(code));
      expect(await catalogue(api(), product)).toEqual(before);

      const right = await put<Product>(product, {
        variants: [product.variants[0], extraVariant({ ean13: code })],
      });
      expect(right.status).toBe(200);
      expect(right.body.variants.map((v) => v.ean13)).toEqual([product.variants[0].ean13, code]);
    });

    it('a price of 0 or below is a 422 on priceCents; one cent is accepted', async () => {
      const product = await created();
      const before = await catalogue(api(), product);
      for (const priceCents of [0, -100]) {
        expectRefused(await put(product, { priceCents }), ['priceCents']);
      }
      expect(await catalogue(api(), product)).toEqual(before);
      const cheapest = await put<Product>(product, { priceCents: 1 });
      expect(cheapest.status).toBe(200);
      expect(cheapest.body.priceCents).toBe(1);
    });

    it('a sale price equal to or above the price is a 422 on salePriceCents; lower or none is accepted', async () => {
      const product = await created();
      const before = await catalogue(api(), product);
      for (const salePriceCents of [product.priceCents, product.priceCents + 1]) {
        expectRefused(await put(product, { salePriceCents }), ['salePriceCents']);
        const create = await api().post<ErrorBody>(
          'products',
          newProduct({ salePriceCents }),
          'merchandiser',
        );
        expectRefused(create, ['salePriceCents']);
      }
      expect(await catalogue(api(), product)).toEqual(before);

      const lower = await put<Product>(product, { salePriceCents: product.priceCents - 1 });
      expect(lower.status).toBe(200);
      expect(lower.body.salePriceCents).toBe(product.priceCents - 1);
      const none = await put<Product>(lower.body, { salePriceCents: null });
      expect(none.status).toBe(200);
      expect(none.body.salePriceCents).toBeNull();
    });

    it('a sale price of 0 or below is a 422 on salePriceCents: nothing is ever sold for nothing', async () => {
      const product = await created();
      const before = await catalogue(api(), product);
      for (const salePriceCents of [0, -500]) {
        expectRefused(await put(product, { salePriceCents }), ['salePriceCents']);
      }
      expect(await catalogue(api(), product)).toEqual(before);
    });

    it('a stock below 0 is a 422 on its row; 0 is accepted', async () => {
      const product = await created();
      const before = await catalogue(api(), product);
      const [row] = product.variants;
      const negative = await put(product, { variants: [row, extraVariant({ stock: -1 })] });
      expectRefused(negative, ['variants.1.stock']);
      expect(await catalogue(api(), product)).toEqual(before);
      const empty = await put<Product>(product, { variants: [{ ...row, stock: 0 }] });
      expect(empty.status).toBe(200);
      expect(empty.body.variants[0].stock).toBe(0);
    });

    it('publishing needs an image and a variant: without either it is a 422 on status; with both it is published', async () => {
      const withoutImage = await created();
      const withoutVariant = await created({ images: [IMAGE], variants: [] });
      for (const product of [withoutImage, withoutVariant]) {
        const before = await catalogue(api(), product);
        expectRefused(await put(product, { status: 'published' }), ['status']);
        expect(await catalogue(api(), product)).toEqual(before);
      }
      const before = await catalogue(api());
      const direct = await api().post<ErrorBody>(
        'products',
        newProduct({ status: 'published' }),
        'merchandiser',
      );
      expectRefused(direct, ['status']);
      expect(await catalogue(api())).toEqual(before);

      const ready = await created({ images: [IMAGE] });
      const published = await put<Product>(ready, { status: 'published' });
      expect(published.status).toBe(200);
      expect(published.body).toMatchObject({ status: 'published', version: ready.version + 1 });
    });

    it('what publishing lacks is said in words, not as codes', async () => {
      for (const lang of ['fr', 'en']) {
        const res = await api().call<ErrorBody>('POST', '/products', {
          as: 'merchandiser',
          lang,
          body: newProduct({ status: 'published', variants: [] }),
        });
        expectRefused(res, ['status']);
        expect(res.body.message, lang).not.toMatch(/no_image|no_variant/);
      }
    });

    it('a published product keeps its last image and its last variant: removing either is a 422; nothing changes', async () => {
      const product = await created({ images: [IMAGE, OTHER_IMAGE], status: 'published' });
      const one = await put<Product>(product, { images: [IMAGE] });
      expect(one.status).toBe(200);
      const before = await catalogue(api(), one.body);
      expectRefused(await put(one.body, { images: [] }), ['status']);
      expectRefused(await put(one.body, { variants: [] }), ['status']);
      expect(await catalogue(api(), one.body)).toEqual(before);
    });

    it('a product archived by a PUT of only its status can be neither ordered nor reserved; nothing is created', async () => {
      const product = await publishedProduct();
      const { order, reservation } = await orderAndReservation(api(), product);
      expect((await placeOrder(api(), { lines: order.lines })).status).toBe('placed');

      const archived = await put<Product>(product, { status: 'archived' });
      expect(archived.status).toBe(200);
      expect(archived.body).toEqual({
        ...product,
        status: 'archived',
        version: product.version + 1,
        updatedAt: archived.body.updatedAt,
      });
      const [orders, reservations] = [
        await api().count('orders'),
        await api().count('reservations'),
      ];
      const ordered = await api().post<ErrorBody>('orders', order);
      expectRefused(ordered, ['lines.0.productId']);
      expect(ordered.body.message).toContain(product.reference);
      const reserved = await api().post<ErrorBody>('reservations', reservation, 'support');
      expect(reserved.status).toBe(422);
      expect(reserved.body.message).toContain(product.reference);
      expect(await api().count('orders')).toBe(orders);
      expect(await api().count('reservations')).toBe(reservations);
      expect(await api().one('products', product.id)).toEqual(archived.body);
    });

    it('a product on a new order line and a reservation cannot be deleted: 409 naming both; nothing is deleted', async () => {
      const product = await publishedProduct();
      const { order, reservation } = await orderAndReservation(api(), product);
      await placeOrder(api(), { lines: order.lines });
      const held = await api().post<Reservation>('reservations', reservation, 'support');
      expect(held.status).toBe(201);
      const before = await catalogue(api(), product);
      const fr = await api().call<ErrorBody>('DELETE', `/products/${product.id}`, {
        as: 'merchandiser',
      });
      expect(fr.status).toBe(409);
      expect(fr.body.message).toMatch(/1 lignes? de commande/);
      expect(fr.body.message).toMatch(/1 réservations?/);
      const en = await api().call<ErrorBody>('DELETE', `/products/${product.id}`, {
        as: 'merchandiser',
        lang: 'en',
      });
      expect(en.status).toBe(409);
      expect(en.body.message).toMatch(/1 order lines?.*1 reservations?/);
      expect(await catalogue(api(), product)).toEqual(before);
    });

    it('a product nothing points to is deleted: 200 answering the record, then 404', async () => {
      const product = await created();
      const res = await api().call<Product>('DELETE', `/products/${product.id}`, {
        as: 'merchandiser',
      });
      expect(res.status).toBe(200);
      expect(res.body).toEqual(product);
      expect((await api().call('GET', `/products/${product.id}`)).status).toBe(404);
    });

    it('a bulk price change to or below the sale price is a 422 on salePriceCents; nothing changes', async () => {
      const product = await created({ priceCents: 7990, salePriceCents: 5990 });
      const before = await catalogue(api(), product);
      for (const priceCents of [5990, 4990]) {
        expectRefused(await put(product, { priceCents }), ['salePriceCents']);
      }
      expect(await catalogue(api(), product)).toEqual(before);
      const above = await put<Product>(product, { priceCents: 6990 });
      expect(above.status).toBe(200);
      expect(above.body).toMatchObject({ priceCents: 6990, salePriceCents: 5990 });
    });

    it('every product in the catalogue, seeded or written by the suite, keeps the rules', async () => {
      const products = await api().all('products');
      const codes = products.flatMap((p) => p.variants.flatMap((v) => [v.sku, v.ean13]));
      expect(new Set(codes).size).toBe(codes.length);
      for (const p of products) {
        expect(p.priceCents, p.reference).toBeGreaterThan(0);
        if (p.salePriceCents !== null)
          expect(p.salePriceCents, p.reference).toBeLessThan(p.priceCents);
        if (p.status === 'published') expect(publishBlockers(p), p.reference).toEqual([]);
        for (const v of p.variants) {
          expect(isValidEan13(v.ean13), v.sku).toBe(true);
          expect(v.stock, v.sku).toBeGreaterThanOrEqual(0);
        }
      }
    });
  });
}
