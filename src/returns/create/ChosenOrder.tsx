import { Stack } from '@mui/material';
import { useEffect } from 'react';
import { useFormContext } from 'react-hook-form';
import { OrderOwner } from './OrderOwner';
import { ReturnDetails } from './ReturnDetails';
import { useChosenOrder } from './useChosenOrder';

/** Whose order it is and what may be returned of it; the customer picker follows the order. */
export const ChosenOrder = () => {
  const order = useChosenOrder();
  const { setValue } = useFormContext();
  const customerId = order?.customerId;
  useEffect(() => {
    if (customerId !== undefined) setValue('customerId', customerId);
  }, [customerId, setValue]);
  if (!order) return null;
  return (
    <Stack spacing={2} sx={{ width: '100%' }}>
      <OrderOwner order={order} />
      <ReturnDetails key={order.id} order={order} />
    </Stack>
  );
};
