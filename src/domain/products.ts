import type { Cents, Department, Product, Variant } from './types';

export const LOW_STOCK_THRESHOLD = 5;

/** The letter of a reference: KAP-H-00042 homme, KAP-F- femme, KAP-G- garçon, KAP-L- fille. */
export const DEPARTMENT_LETTER: Record<Department, string> = {
  homme: 'H',
  femme: 'F',
  garcon: 'G',
  fille: 'L',
};

export type PublishBlocker = 'no_image' | 'no_variant';
export type StockState = 'in_stock' | 'low' | 'out';

/** Why a product may not be published yet: empty when it may. */
export function publishBlockers(product: Pick<Product, 'images' | 'variants'>): PublishBlocker[] {
  const blockers: PublishBlocker[] = [];
  if (product.images.length === 0) blockers.push('no_image');
  if (product.variants.length === 0) blockers.push('no_variant');
  return blockers;
}

export function isOrderable(product: Pick<Product, 'status'>): boolean {
  return product.status !== 'archived';
}

export function isReservable(product: Pick<Product, 'status'>): boolean {
  return product.status === 'published';
}

export function totalStock(product: Pick<Product, 'variants'>): number {
  return product.variants.reduce((total, variant) => total + variant.stock, 0);
}

export function stockState(product: Pick<Product, 'variants'>): StockState {
  const stock = totalStock(product);
  if (stock <= 0) return 'out';
  return stock <= LOW_STOCK_THRESHOLD ? 'low' : 'in_stock';
}

export type SalePriceProblem = 'not_positive' | 'not_below_price';

/** The sale price is optional; when set it is more than 0 and lower than the price. */
export function salePriceProblem(
  priceCents: Cents,
  salePriceCents: Cents | null,
): SalePriceProblem | null {
  if (salePriceCents === null) return null;
  if (salePriceCents <= 0) return 'not_positive';
  return salePriceCents < priceCents ? null : 'not_below_price';
}

const codePart = (text: string) =>
  text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toUpperCase()
    .replace(/[^A-Z0-9]/g, '');

/**
 * What a product's SKUs start with: its reference once it has one; before, the department's
 * prefix and the first letters of its name, which the merchandiser may still edit.
 */
export function skuBase(product: Partial<Pick<Product, 'reference' | 'department' | 'name'>>) {
  if (product.reference) return product.reference;
  const prefix = product.department ? `KAP-${DEPARTMENT_LETTER[product.department]}` : 'KAP';
  return [prefix, codePart(product.name ?? '').slice(0, 12)].filter(Boolean).join('-');
}

/**
 * The SKU the catalogue writes for a size and colour of a product: KAP-H-00042-32-BRUT, or when
 * that one is taken (SKUs are unique across the catalogue), the first of -2, -3... that is not.
 */
export function suggestedSku(
  base: string,
  size: string,
  colour: string,
  taken: ReadonlySet<string> = new Set(),
): string {
  const sku = [base, codePart(size), codePart(colour)].filter(Boolean).join('-');
  let suggestion = sku;
  for (let n = 2; taken.has(suggestion); n++) suggestion = `${sku}-${n}`;
  return suggestion;
}

/**
 * One row per size and colour picked, sizes within each colour: rows already there for a pair
 * keep their SKU, EAN and stock; new ones get the suggested SKU, no EAN yet and no stock. A new
 * row's SKU is none of `taken` (the other products' SKUs) nor of the grid's other rows.
 */
export function variantGrid(
  base: string,
  sizes: readonly string[],
  colours: readonly string[],
  existing: readonly Variant[],
  taken: ReadonlySet<string>,
): Variant[] {
  const kept = new Map(existing.map((variant) => [`${variant.size}|${variant.colour}`, variant]));
  const pairs = colours.flatMap((colour) => sizes.map((size) => ({ size, colour })));
  const keptRow = ({ size, colour }: { size: string; colour: string }) =>
    kept.get(`${size}|${colour}`);
  const used = new Set([...taken, ...pairs.flatMap((pair) => keptRow(pair)?.sku ?? [])]);
  return pairs.map(({ size, colour }) => {
    const row = keptRow({ size, colour });
    if (row) return row;
    const sku = suggestedSku(base, size, colour, used);
    used.add(sku);
    return { sku, size, colour, ean13: '', stock: 0 };
  });
}

/** The bounds of a bulk price change, in percent: never free, never more than doubled. */
export const PRICE_CHANGE_RANGE = { min: -90, max: 100 } as const;

const changedBy = (cents: Cents, percent: number) => Math.round((cents * (100 + percent)) / 100);

/** Prices after a change by a percentage: a sale price moves with the price. */
export function priceChangedBy(
  product: Pick<Product, 'priceCents' | 'salePriceCents'>,
  percent: number,
): Pick<Product, 'priceCents' | 'salePriceCents'> {
  const { priceCents, salePriceCents } = product;
  return {
    priceCents: changedBy(priceCents, percent),
    salePriceCents: salePriceCents === null ? null : changedBy(salePriceCents, percent),
  };
}
