import { BulkPriceChangeButton } from './BulkPriceChangeButton';
import { BulkStatusButton } from './BulkStatusButton';

export const ProductBulkActions = () => (
  <>
    <BulkStatusButton status="published" />
    <BulkStatusButton status="archived" />
    <BulkPriceChangeButton />
  </>
);
