import Archive from '@mui/icons-material/Archive';
import Publish from '@mui/icons-material/Publish';
import { Button, useGetMany, useListContext } from 'react-admin';
import type { Product, ProductStatus } from '../../domain/types';
import { useBulkProductChange } from './useBulkProductChange';

const ICONS = { published: <Publish />, archived: <Archive /> } as const;

type BulkStatus = keyof typeof ICONS;

/** Publishes or archives every selected product; the server says which cannot be. */
export const BulkStatusButton = ({ status }: { status: BulkStatus }) => {
  const { selectedIds } = useListContext();
  const { data: selected = [] } = useGetMany<Product>('products', { ids: selectedIds });
  const { run, running } = useBulkProductChange();
  const toStatus = (product: Product) =>
    product.status === status
      ? { unchanged: `app.products.bulk.already.${status}` }
      : { status: status as ProductStatus };
  return (
    <>
      <Button
        label={`app.products.bulk.${status}`}
        onClick={() => run(selected, toStatus)}
        disabled={running || selected.length !== selectedIds.length}
      >
        {ICONS[status]}
      </Button>
    </>
  );
};
