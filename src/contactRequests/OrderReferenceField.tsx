import { Chip, Stack } from '@mui/material';
import { useRecordContext, useTranslate } from 'react-admin';
import { GuardedReferenceField } from '../common/GuardedReferenceField';
import type { ContactRequest } from '../domain/types';

/**
 * The order of a request: the linked one, or the reference the customer typed, flagged when it
 * names another customer's order or none at all.
 */
export const OrderReferenceField = () => {
  const request = useRecordContext<ContactRequest>();
  const translate = useTranslate();
  if (!request) return null;
  if (request.orderId !== null) {
    return <GuardedReferenceField source="orderId" reference="orders" />;
  }
  if (!request.orderReference) return null;
  const flag = request.orderMismatch ? 'mismatch' : 'unknown';
  return (
    <Stack spacing={0.5} sx={{ alignItems: 'flex-start' }}>
      <span>{request.orderReference}</span>
      <Chip
        size="small"
        color={request.orderMismatch ? 'error' : 'warning'}
        label={translate(`app.contact_requests.order.flag.${flag}`)}
      />
    </Stack>
  );
};
