import { Avatar, Stack, Typography } from '@mui/material';
import {
  ArrayField,
  DataTable,
  Labeled,
  Show,
  SimpleShowLayout,
  TextField,
  useRecordContext,
  useTranslate,
} from 'react-admin';
import { EnumField } from '../common/EnumField';
import { ParisDateField } from '../common/ParisDateField';
import { useCanRead } from '../common/ReadablePages';
import { RecordHistory } from '../common/RecordHistory';
import { StatusField } from '../common/StatusField';
import { publishBlockers } from '../domain/products';
import type { Product } from '../domain/types';
import { PriceField } from './list/PriceField';
import { StockField } from './list/StockField';
import { ProductHolds } from './ProductHolds';

const ProductImages = () => {
  const product = useRecordContext<Product>();
  const translate = useTranslate();
  if (!product) return null;
  return (
    <Stack direction="row" spacing={1}>
      {product.images.map((url, index) => (
        <Avatar
          key={`${index}-${url}`}
          variant="rounded"
          src={url}
          alt={translate('app.products.form.image_alt', { position: index + 1 })}
          sx={{ width: 120, height: 120 }}
        />
      ))}
    </Stack>
  );
};

/** A draft says what it lacks to be published, as the publish button does. */
const PublishBlockers = () => {
  const product = useRecordContext<Product>();
  const translate = useTranslate();
  if (!product || product.status !== 'draft') return null;
  const blockers = publishBlockers(product);
  if (!blockers.length) return null;
  return (
    <Typography variant="body2" color="warning.main">
      {translate('app.products.publish.blocked', {
        missing: blockers.map((b) => translate(`app.products.publish.${b}`)).join(', '),
      })}
    </Typography>
  );
};

const ProductShow = () => {
  const canReadReservations = useCanRead('reservations');
  return (
    <Show>
      <SimpleShowLayout>
        <ProductImages />
        <TextField source="reference" />
        <TextField source="name" />
        <TextField source="description" />
        <EnumField source="department" enumName="department" />
        <EnumField source="category" enumName="category" />
        <TextField source="collection" />
        <Labeled source="priceCents">
          <PriceField />
        </Labeled>
        <Labeled label="app.products.list.total_stock">
          <StockField />
        </Labeled>
        <StatusField source="status" />
        <PublishBlockers />
        <ArrayField source="variants">
          <DataTable bulkActionButtons={false} rowClick={false}>
            <DataTable.Col source="sku" />
            <DataTable.Col source="size" />
            <DataTable.Col source="colour" />
            <DataTable.Col source="ean13" />
            <DataTable.NumberCol source="stock" />
          </DataTable>
        </ArrayField>
        {canReadReservations && (
          <Labeled label="app.reservations.product.held">
            <ProductHolds />
          </Labeled>
        )}
        <ParisDateField source="createdAt" />
        <ParisDateField source="updatedAt" />
        <RecordHistory label="app.history.title" />
      </SimpleShowLayout>
    </Show>
  );
};

export default ProductShow;
