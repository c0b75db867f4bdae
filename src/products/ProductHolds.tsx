import { Stack, Typography } from '@mui/material';
import {
  DataTable,
  ListContextProvider,
  ReferenceField,
  useGetList,
  useList,
  useRecordContext,
  useTranslate,
} from 'react-admin';
import { isReservable } from '../domain/products';
import type { Product, Reservation } from '../domain/types';

/** A product is held in a few boutiques at a time: one page holds all its open holds. */
const HOLDS_PAGE = { page: 1, perPage: 1000 };

interface StoreHolds {
  id: number;
  storeId: number;
  reservations: number;
  units: number;
}

const byStore = (held: readonly Reservation[]): StoreHolds[] => {
  const rows = new Map<number, StoreHolds>();
  for (const { storeId, quantity } of held) {
    const row = rows.get(storeId) ?? { id: storeId, storeId, reservations: 0, units: 0 };
    rows.set(storeId, { ...row, reservations: row.reservations + 1, units: row.units + quantity });
  }
  return [...rows.values()];
};

/** What the boutiques hold of the product: confirmed reservations not yet collected, by store. */
export const ProductHolds = () => {
  const product = useRecordContext<Product>();
  const translate = useTranslate();
  const { data, isPending } = useGetList<Reservation>(
    'reservations',
    {
      filter: { productId: product?.id, status: 'confirmed' },
      pagination: HOLDS_PAGE,
      sort: { field: 'storeId', order: 'ASC' },
    },
    { enabled: !!product },
  );
  const list = useList({ data: byStore(data ?? []), isPending });
  if (!product) return null;
  return (
    <Stack spacing={1}>
      {!isReservable(product) && (
        <Typography variant="body2">
          {translate('app.reservations.product.not_reservable')}
        </Typography>
      )}
      <ListContextProvider value={list}>
        <DataTable
          resource="reservations"
          bulkActionButtons={false}
          rowClick={false}
          empty={
            <Typography variant="body2">{translate('app.reservations.product.none')}</Typography>
          }
        >
          <DataTable.Col source="storeId">
            <ReferenceField source="storeId" reference="stores" />
          </DataTable.Col>
          <DataTable.NumberCol
            source="reservations"
            label="app.reservations.product.reservations"
          />
          <DataTable.NumberCol source="units" label="app.reservations.product.units" />
        </DataTable>
      </ListContextProvider>
    </Stack>
  );
};
