import type { CsvColumn } from '../../common/ExportAllButton';
import { totalStock } from '../../domain/products';
import type { Product } from '../../domain/types';

const euros = (cents: number | null) => (cents === null ? null : cents / 100);

/** One line per product, amounts in euros with decimal commas, as the merchandisers' sheets. */
export const PRODUCT_CSV_COLUMNS: readonly CsvColumn<Product>[] = [
  { label: 'resources.products.fields.reference', value: (p) => p.reference },
  { label: 'resources.products.fields.name', value: (p) => p.name },
  {
    label: 'resources.products.fields.department',
    value: (p) => p.department,
    enumName: 'department',
  },
  { label: 'resources.products.fields.category', value: (p) => p.category, enumName: 'category' },
  { label: 'resources.products.fields.collection', value: (p) => p.collection },
  { label: 'resources.products.fields.priceCents', value: (p) => euros(p.priceCents) },
  { label: 'resources.products.fields.salePriceCents', value: (p) => euros(p.salePriceCents) },
  { label: 'app.products.list.total_stock', value: totalStock },
  { label: 'resources.products.fields.variants', value: (p) => p.variants.length },
  { label: 'resources.products.fields.status', value: (p) => p.status, enumName: 'productStatus' },
];
