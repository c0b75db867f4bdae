import { isValidEan13 } from '../../src/domain/ean';
import {
  DEPARTMENT_LETTER,
  publishBlockers,
  salePriceProblem,
  stockState,
} from '../../src/domain/products';
import {
  CATEGORIES,
  DEPARTMENTS,
  PRODUCT_STATUSES,
  type Product,
  type Variant,
} from '../../src/domain/types';
import { assertNoFieldErrors, type FieldErrors } from '../core/errors';
import type { Body, Holder, ResourceDef } from '../core/resource';
import type { Tx } from '../core/tx';
import { Checker, isObject } from '../core/validate';
import { holders, newReference } from './common';

function readVariants(checker: Checker, raw: unknown[] | undefined): Variant[] {
  return (raw ?? []).map((item, index) => {
    const row = new Checker(isObject(item) ? item : {});
    const variant = {
      sku: row.string('sku', { max: 60 }) ?? '',
      size: row.string('size', { max: 20 }) ?? '',
      colour: row.string('colour', { max: 40 }) ?? '',
      ean13: row.string('ean13', { max: 13 }) ?? '',
      stock: row.integer('stock') ?? 0,
    };
    for (const [field, error] of Object.entries(row.errors)) {
      checker.fail(`variants.${index}.${field}`, error.key, error.params);
    }
    return variant;
  });
}

function readProduct(body: Body, base?: Product): Omit<Product, 'id' | 'reference'> {
  const merged = { ...base, ...body };
  const c = new Checker(merged);
  const images = c.array('images') ?? [];
  if (images.some((image) => typeof image !== 'string')) c.fail('images', 'mustBeText');
  const product = {
    name: c.string('name', { max: 120 }) ?? '',
    description: c.string('description', { required: false, max: 5000 }) ?? '',
    department: c.oneOf('department', DEPARTMENTS) ?? 'homme',
    category: c.oneOf('category', CATEGORIES) ?? 'jeans',
    collection: c.string('collection', { max: 10 }) ?? '',
    priceCents: c.integer('priceCents') ?? 0,
    salePriceCents: c.integer('salePriceCents', { required: false }) ?? null,
    status: c.oneOf('status', PRODUCT_STATUSES, { required: false }) ?? 'draft',
    images: images as string[],
    variants: readVariants(c, c.array('variants', { required: false })),
    createdAt: base?.createdAt ?? '',
    updatedAt: base?.updatedAt ?? '',
    version: base?.version ?? 1,
  };
  c.done();
  return product;
}

const SALE_PRICE_KEYS = {
  not_positive: 'salePositive',
  not_below_price: 'saleBelowPrice',
} as const;
const PUBLISH_KEYS = { no_image: 'publishNeedsImage', no_variant: 'publishNeedsVariant' } as const;
const CODE_KEYS = {
  sku: { taken: 'skuTaken', repeated: 'skuRepeated' },
  ean13: { taken: 'eanTaken', repeated: 'eanRepeated' },
} as const;

function checkRules(product: Omit<Product, 'id' | 'reference'>, tx: Tx, selfId?: number) {
  const errors: FieldErrors = {};
  if (product.priceCents <= 0) errors.priceCents = { key: 'pricePositive' };
  const saleProblem = salePriceProblem(product.priceCents, product.salePriceCents);
  if (saleProblem) errors.salePriceCents = { key: SALE_PRICE_KEYS[saleProblem] };
  const taken = catalogueCodes(tx, selfId);
  const seen = new Set<string>();
  product.variants.forEach((variant, index) => {
    if (variant.stock < 0) errors[`variants.${index}.stock`] = { key: 'stockNotNegative' };
    if (!isValidEan13(variant.ean13)) {
      errors[`variants.${index}.ean13`] = { key: 'eanChecksum', params: { ean: variant.ean13 } };
    }
    for (const field of ['sku', 'ean13'] as const) {
      const code = variant[field];
      const owner = taken.get(`${field}:${code}`);
      if (owner) {
        errors[`variants.${index}.${field}`] = {
          key: CODE_KEYS[field].taken,
          params: { code, product: owner },
        };
      } else if (seen.has(`${field}:${code}`)) {
        errors[`variants.${index}.${field}`] = { key: CODE_KEYS[field].repeated, params: { code } };
      }
      seen.add(`${field}:${code}`);
    }
  });
  if (product.status === 'published') {
    const blockers = publishBlockers(product as Product);
    if (blockers.length)
      errors.status = { key: blockers.length > 1 ? 'publishNeedsBoth' : PUBLISH_KEYS[blockers[0]] };
  }
  assertNoFieldErrors(errors);
}

/** SKUs and EANs of every other product, to refuse a duplicate across the catalogue. */
function catalogueCodes(tx: Tx, selfId?: number): Map<string, string> {
  const codes = new Map<string, string>();
  for (const product of tx.store.all('products')) {
    if (product.id === selfId) continue;
    for (const variant of product.variants) {
      codes.set(`sku:${variant.sku}`, product.reference);
      codes.set(`ean13:${variant.ean13}`, product.reference);
    }
  }
  return codes;
}

const PRODUCT_FIELDS = [
  'name',
  'description',
  'department',
  'category',
  'collection',
  'priceCents',
  'salePriceCents',
  'status',
  'images',
  'variants',
] as const;

export const products: ResourceDef<'products'> = {
  filters: {
    reference: 'string',
    department: 'enum',
    category: 'enum',
    collection: 'string',
    status: 'enum',
    priceCents: 'number',
    salePriceCents: 'number',
    createdAt: 'date',
    updatedAt: 'date',
    id: 'id',
    stockState: (product, value) => stockState(product) === value,
    onSale: (product, value) => (product.salePriceCents !== null) === value,
    publishable: (product, value) => (publishBlockers(product).length === 0) === value,
  },
  searchText: (p) => [p.reference, p.name, ...p.variants.flatMap((v) => [v.sku, v.ean13])],
  writable: PRODUCT_FIELDS,
  nullable: ['description', 'salePriceCents'],
  create(body, tx) {
    const product = readProduct(body);
    checkRules(product, tx);
    const id = tx.newId('products');
    const letter = DEPARTMENT_LETTER[product.department];
    const reference = newReference(tx, 'products', `KAP-${letter}`, id, {
      withYear: false,
      digits: 5,
    });
    return tx.insert('products', {
      ...product,
      id,
      reference,
      createdAt: tx.ctx.now,
      updatedAt: tx.ctx.now,
      version: 1,
    });
  },
  update(existing, patch, tx) {
    const product = readProduct(patch, existing);
    checkRules(product, tx, existing.id);
    return { ...existing, ...product, updatedAt: tx.ctx.now };
  },
  referencedBy(product, tx) {
    const lines = tx.store
      .all('orders')
      .reduce((n, order) => n + order.lines.filter((l) => l.productId === product.id).length, 0);
    const onLines: Holder[] = lines ? [{ what: 'order-lines', count: lines }] : [];
    return [...onLines, ...holders(tx, [['reservations', 'productId', product.id]])];
  },
};
