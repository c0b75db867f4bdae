import type { CsvColumn } from '../common/csv';
import type { Store } from '../domain/types';

/** The boutiques as the list shows them, with their e-mail; the opening hours as typed. */
export const STORE_EXPORT_COLUMNS: readonly CsvColumn<Store>[] = [
  { label: 'resources.stores.fields.reference', value: (s) => s.reference },
  { label: 'resources.stores.fields.name', value: (s) => s.name },
  { label: 'resources.stores.fields.city', value: (s) => s.city },
  { label: 'resources.stores.fields.postcode', value: (s) => s.postcode },
  { label: 'resources.stores.fields.address', value: (s) => s.address },
  { label: 'resources.stores.fields.phone', value: (s) => s.phone },
  { label: 'resources.stores.fields.email', value: (s) => s.email },
  { label: 'resources.stores.fields.openingHours', value: (s) => s.openingHours },
];
