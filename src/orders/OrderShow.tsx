import {
  ArrayField,
  BooleanField,
  DataTable,
  Show,
  SimpleShowLayout,
  TextField,
  UrlField,
} from 'react-admin';
import { EnumField } from '../common/EnumField';
import { GuardedReferenceField } from '../common/GuardedReferenceField';
import { MoneyField } from '../common/MoneyField';
import { ParisDateField } from '../common/ParisDateField';
import { RecordHistory } from '../common/RecordHistory';
import { StatusField } from '../common/StatusField';
import { TransitionActions } from '../common/TransitionActions';

const ORDER_MOVES = ['delivered', 'refused', 'cancelled'];

const OrderShow = () => (
  <Show actions={<TransitionActions to={ORDER_MOVES} />}>
    <SimpleShowLayout>
      <TextField source="reference" />
      <StatusField source="status" />
      <GuardedReferenceField source="customerId" reference="customers" />
      <ParisDateField source="placedAt" />
      <ArrayField source="lines">
        <DataTable bulkActionButtons={false} rowClick={false}>
          <DataTable.Col source="name" />
          <DataTable.Col source="sku" />
          <DataTable.Col source="size" />
          <DataTable.Col source="colour" />
          <DataTable.NumberCol source="quantity" />
          <DataTable.Col source="unitPriceCents" field={MoneyField} align="right" />
        </DataTable>
      </ArrayField>
      <MoneyField source="subtotalCents" />
      <TextField source="promoCode" />
      <MoneyField source="discountCents" />
      <MoneyField source="shippingFeeCents" />
      <MoneyField source="totalCents" />
      <EnumField source="payment.method" enumName="paymentMethod" />
      <EnumField source="payment.cardBrand" enumName="cardBrand" />
      <TextField source="payment.transactionId" />
      <MoneyField source="payment.creditAppliedCents" />
      <MoneyField source="payment.chargedCents" />
      <EnumField source="payment.status" enumName="paymentStatus" />
      <ParisDateField source="payment.capturedAt" />
      <EnumField source="delivery.mode" enumName="deliveryMode" />
      <TextField source="delivery.carrier" />
      <TextField source="delivery.trackingNumber" />
      <UrlField source="delivery.trackingUrl" target="_blank" rel="noopener noreferrer" />
      <TextField source="delivery.address" />
      <TextField source="delivery.relayPointName" />
      <ParisDateField source="promisedBy" dateOnly />
      <ParisDateField source="shippedAt" />
      <ParisDateField source="deliveredAt" />
      <BooleanField source="salesPeriod" />
      <RecordHistory label="app.history.title" />
    </SimpleShowLayout>
  </Show>
);

export default OrderShow;
