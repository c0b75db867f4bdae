import { TextField } from 'react-admin';
import { YesNoField } from '../common/YesNoField';
import { GuardedReferenceField } from '../common/GuardedReferenceField';
import { ParisDateField } from '../common/ParisDateField';
import { ShowWithPanels } from '../common/ShowWithPanels';
import { StatusField } from '../common/StatusField';
import { OrderActions } from './show/OrderActions';
import { OrderContactRequests } from './show/OrderContactRequests';
import { OrderDelivery } from './show/OrderDelivery';
import { OrderLines } from './show/OrderLines';
import { OrderPayment } from './show/OrderPayment';
import { OrderTotals } from './show/OrderTotals';

/**
 * An order whole: lines, totals, payment, delivery, what customers asked about it, and its
 * timeline from the audit trail.
 */
const OrderShow = () => (
  <ShowWithPanels
    actions={<OrderActions />}
    panels={[
      <OrderTotals key="OrderTotals" />,
      <OrderPayment key="OrderPayment" />,
      <OrderDelivery key="OrderDelivery" />,
      <OrderContactRequests key="OrderContactRequests" />,
    ]}
  >
    <TextField source="reference" />
    <StatusField source="status" />
    <GuardedReferenceField source="customerId" reference="customers" />
    <ParisDateField source="placedAt" />
    <ParisDateField source="shippedAt" />
    <ParisDateField source="deliveredAt" />
    <YesNoField source="salesPeriod" />
    <OrderLines />
  </ShowWithPanels>
);

export default OrderShow;
