import { ReferenceInput, SelectInput, useRecordContext, useTranslate } from 'react-admin';
import { useWatch } from 'react-hook-form';
import { enumKey } from '../../common/enums';
import { useFormat } from '../../common/useFormat';
import type { Order } from '../../domain/types';

/** An order among the customer's: its reference, and when it was delivered (or its status). */
const OrderChoice = () => {
  const order = useRecordContext<Order>();
  const translate = useTranslate();
  const format = useFormat();
  if (!order) return null;
  return order.deliveredAt
    ? translate('app.pickers.order.delivered_on', {
        reference: order.reference,
        date: format.date(order.deliveredAt),
      })
    : translate('app.pickers.order.not_delivered', {
        reference: order.reference,
        status: translate(enumKey('orderStatus', order.status)),
      });
};

/** The delivered orders of the customer chosen in the form, the latest delivered first. */
export const CustomerOrderInput = () => {
  const customerId = useWatch({ name: 'customerId' });
  if (!customerId) return null;
  return (
    <ReferenceInput
      source="orderId"
      reference="orders"
      filter={{ customerId, status: 'delivered' }}
      sort={{ field: 'deliveredAt', order: 'DESC' }}
    >
      <SelectInput
        optionText={<OrderChoice />}
        label="app.pickers.order.of_customer"
        sx={{ minWidth: 360 }}
      />
    </ReferenceInput>
  );
};
