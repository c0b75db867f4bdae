import { useDataProvider, useRecordContext } from 'react-admin';
import { fetchEvery } from '../../common/fetchEvery';
import type { Product } from '../../domain/types';

const PAGE_SIZE = 100;

/**
 * Asks the catalogue for the SKUs of the other products that a SKU built on `base` could clash
 * with: those of every product whose texts contain the base (the search covers the SKUs).
 */
export function useTakenSkus(): (base: string) => Promise<Set<string>> {
  const dataProvider = useDataProvider();
  const record = useRecordContext<Product>();
  return async (base) => {
    const products = await fetchEvery<Product>(
      (page, perPage) =>
        dataProvider.getList<Product>('products', {
          filter: { q: base },
          sort: { field: 'id', order: 'ASC' },
          pagination: { page, perPage },
        }),
      { pageSize: PAGE_SIZE, onProgress: () => undefined },
    );
    return new Set(
      products
        .filter((product) => product.id !== record?.id)
        .flatMap((product) => product.variants.map((variant) => variant.sku)),
    );
  };
}
