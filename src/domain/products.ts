import type { Product } from './types';

export const LOW_STOCK_THRESHOLD = 5;

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
