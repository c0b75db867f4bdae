import { Stack, Typography } from '@mui/material';
import { useTranslate } from 'react-admin';
import { useFormContext } from 'react-hook-form';
import { CustomerPicker } from '../../customers/CustomerPicker';
import type { Id } from '../../domain/types';
import { CustomerOrderInput } from './CustomerOrderInput';
import { useChosenOrder } from './useChosenOrder';

/** Choosing the customer first, then one of their orders; another customer forgets the order. */
export const CustomerChoice = () => {
  const translate = useTranslate();
  const order = useChosenOrder();
  const { setValue } = useFormContext();
  const forgetOtherCustomersOrder = (customerId: Id | '') => {
    if (customerId === order?.customerId) return;
    setValue('orderId', null);
    setValue('lines', []);
  };
  return (
    <Stack spacing={1}>
      <Typography variant="body2" color="text.secondary">
        {translate('app.pickers.order.of_customer_help')}
      </Typography>
      <Stack direction={{ xs: 'column', md: 'row' }} spacing={2}>
        <CustomerPicker source="customerId" onChange={forgetOtherCustomersOrder} />
        <CustomerOrderInput />
      </Stack>
    </Stack>
  );
};
