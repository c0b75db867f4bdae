import type { CsvColumn } from '../common/csv';
import { totalStock } from '../domain/products';
import type { Product } from '../domain/types';

/** One line per product, as the merchandisers' sheets. */
export const PRODUCT_EXPORT_COLUMNS: readonly CsvColumn<Product>[] = [
  { label: 'resources.products.fields.reference', value: (p) => p.reference },
  { label: 'resources.products.fields.name', value: (p) => p.name },
  {
    label: 'resources.products.fields.department',
    value: (p) => p.department,
    format: { enum: 'department' },
  },
  {
    label: 'resources.products.fields.category',
    value: (p) => p.category,
    format: { enum: 'category' },
  },
  { label: 'resources.products.fields.collection', value: (p) => p.collection },
  { label: 'resources.products.fields.priceCents', value: (p) => p.priceCents, format: 'euros' },
  {
    label: 'resources.products.fields.salePriceCents',
    value: (p) => p.salePriceCents,
    format: 'euros',
  },
  { label: 'app.products.list.total_stock', value: totalStock },
  { label: 'resources.products.fields.variants', value: (p) => p.variants.length },
  {
    label: 'resources.products.fields.status',
    value: (p) => p.status,
    format: { enum: 'productStatus' },
  },
  { label: 'resources.products.fields.updatedAt', value: (p) => p.updatedAt, format: 'dateTime' },
];
