import Search from '@mui/icons-material/Search';
import { Alert, Button, Stack, TextField } from '@mui/material';
import { useState, type KeyboardEvent } from 'react';
import { useDataProvider, useTranslate } from 'react-admin';
import { useFormContext } from 'react-hook-form';
import type { Order } from '../../domain/types';

/**
 * Finds the order by the reference the customer gives, and makes it the form's order; Enter or the
 * button looks it up.
 */
export const OrderLookup = () => {
  const translate = useTranslate();
  const dataProvider = useDataProvider();
  const { setValue } = useFormContext();
  const [reference, setReference] = useState('');
  const [unknown, setUnknown] = useState<string | null>(null);
  const lookUp = async () => {
    const wanted = reference.trim().toUpperCase();
    if (!wanted) return;
    const { data } = await dataProvider.getList<Order>('orders', {
      filter: { reference: wanted },
      pagination: { page: 1, perPage: 1 },
      sort: { field: 'id', order: 'ASC' },
    });
    setUnknown(data[0] ? null : wanted);
    if (data[0]) setValue('orderId', data[0].id, { shouldDirty: true });
  };
  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key !== 'Enter') return;
    event.preventDefault();
    void lookUp();
  };
  return (
    <Stack spacing={1} sx={{ width: '100%' }}>
      <Stack direction="row" spacing={1} sx={{ alignItems: 'flex-start' }}>
        <TextField
          label={translate('app.returns.create.order')}
          helperText={translate('app.returns.create.order_help')}
          value={reference}
          onChange={(event) => setReference(event.target.value)}
          onKeyDown={onKeyDown}
          autoFocus
          autoComplete="off"
        />
        <Button startIcon={<Search />} onClick={() => void lookUp()} sx={{ mt: 1 }}>
          {translate('app.returns.create.find')}
        </Button>
      </Stack>
      {unknown && (
        <Alert severity="error">
          {translate('app.returns.create.unknown_order', { reference: unknown })}
        </Alert>
      )}
    </Stack>
  );
};
