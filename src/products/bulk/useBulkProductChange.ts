import { useState } from 'react';
import { useDataProvider, useListContext, useRefresh } from 'react-admin';
import type { Product } from '../../domain/types';
import { refusalReason, type BulkEntry } from './bulkOutcome';
import { useShowBulkOutcome } from './BulkOutcomeContext';

/** The change to make to one product, or why it needs none (a message key). */
export type ProductChange = (product: Product) => Partial<Product> | { unchanged: string };

const isUnchanged = (change: ReturnType<ProductChange>): change is { unchanged: string } =>
  'unchanged' in change;

/**
 * Applies a change to each selected product, one write per product with the version it read, so
 * that each one succeeds or says why not; the refused ones stay selected to be looked at.
 */
export function useBulkProductChange() {
  const dataProvider = useDataProvider();
  const refresh = useRefresh();
  const { onSelect } = useListContext();
  const [running, setRunning] = useState(false);
  const showOutcome = useShowBulkOutcome();

  const applyTo = async (product: Product, change: ProductChange): Promise<BulkEntry> => {
    const data = change(product);
    if (isUnchanged(data)) return { product, result: 'unchanged', reason: data.unchanged };
    try {
      await dataProvider.update<Product>('products', {
        id: product.id,
        data,
        previousData: product,
      });
      return { product, result: 'changed' };
    } catch (error) {
      return { product, result: 'refused', reason: refusalReason(error) };
    }
  };

  const run = async (products: readonly Product[], change: ProductChange) => {
    setRunning(true);
    try {
      const entries = await Promise.all(products.map((product) => applyTo(product, change)));
      showOutcome(entries);
      onSelect(entries.filter((entry) => entry.result === 'refused').map((e) => e.product.id));
      refresh();
    } finally {
      setRunning(false);
    }
  };

  return { run, running };
}
