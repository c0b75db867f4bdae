import { Stack, Typography } from '@mui/material';
import { useRecordContext, useTranslate } from 'react-admin';
import { useFormat } from '../common/useFormat';
import type { Customer } from '../domain/types';
import { customerName } from './customerName';

/**
 * A customer in a list of choices: beside the name, what tells look-alike names apart (the
 * customer number, the e-mail, the last order). Customers have no postal address to show.
 */
export const CustomerOption = () => {
  const customer = useRecordContext<Customer>();
  const translate = useTranslate();
  const format = useFormat();
  if (!customer) return null;
  const lastOrder = customer.lastOrderAt
    ? translate('app.pickers.customer.last_order', { date: format.date(customer.lastOrderAt) })
    : translate('app.pickers.customer.no_order');
  return (
    <Stack>
      <Typography variant="body2">{customerName(customer)}</Typography>
      <Typography variant="caption" color="text.secondary">
        {[customer.reference, customer.email, lastOrder].join(' · ')}
      </Typography>
    </Stack>
  );
};
