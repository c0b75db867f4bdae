import LocalShipping from '@mui/icons-material/LocalShipping';
import {
  Button,
  Dialog,
  DialogActions,
  DialogContent,
  DialogContentText,
  DialogTitle,
  MenuItem,
  Stack,
  TextField,
} from '@mui/material';
import { useState, type FormEvent } from 'react';
import { useCanAccess, useNotify, useRecordContext, useTranslate, useUpdate } from 'react-admin';
import { useFormat } from '../../common/useFormat';
import { CARRIERS } from '../../domain/carriers';
import type { Order } from '../../domain/types';

/**
 * Ships a placed order: asks for the carrier and the tracking number; the server then captures
 * the payment, once. A refusal is notified as the server words it, and the dialog keeps the input.
 */
export const ShipButton = () => {
  const order = useRecordContext<Order>();
  const translate = useTranslate();
  const format = useFormat();
  const notify = useNotify();
  const [update, { isPending }] = useUpdate<Order>();
  const [open, setOpen] = useState(false);
  const [carrier, setCarrier] = useState(order?.delivery.carrier ?? CARRIERS[0]);
  const [tracking, setTracking] = useState('');
  const [missing, setMissing] = useState(false);
  const { canAccess } = useCanAccess({ resource: 'orders', action: 'transition:shipped' });
  if (!order || !canAccess || order.status !== 'placed') return null;

  const ship = (event: FormEvent) => {
    event.preventDefault();
    const trackingNumber = tracking.trim();
    if (!trackingNumber) return setMissing(true);
    update(
      'orders',
      {
        id: order.id,
        data: { status: 'shipped', delivery: { ...order.delivery, carrier, trackingNumber } },
        previousData: order,
      },
      {
        mutationMode: 'pessimistic',
        onSuccess: (shipped) => {
          setOpen(false);
          notify('app.orders.ship.done', {
            messageArgs: { amount: format.euros(shipped.payment.chargedCents) },
          });
        },
        onError: (error) =>
          notify((error as Error).message, {
            type: 'error',
            messageArgs: { _: (error as Error).message },
          }),
      },
    );
  };

  return (
    <>
      <Button startIcon={<LocalShipping />} onClick={() => setOpen(true)}>
        {translate('app.orders.ship.button')}
      </Button>
      <Dialog open={open} onClose={() => setOpen(false)} aria-labelledby="ship-title">
        <form onSubmit={ship} noValidate>
          <DialogTitle id="ship-title">
            {translate('app.orders.ship.title', { reference: order.reference })}
          </DialogTitle>
          <DialogContent>
            <DialogContentText>{translate('app.orders.ship.help')}</DialogContentText>
            <Stack spacing={2} sx={{ mt: 2 }}>
              <TextField
                select
                label={translate('app.orders.ship.carrier')}
                value={carrier}
                onChange={(event) => setCarrier(event.target.value as Order['delivery']['carrier'])}
              >
                {CARRIERS.map((name) => (
                  <MenuItem key={name} value={name}>
                    {name}
                  </MenuItem>
                ))}
              </TextField>
              <TextField
                label={translate('app.orders.ship.tracking')}
                value={tracking}
                onChange={(event) => {
                  setTracking(event.target.value);
                  setMissing(false);
                }}
                error={missing}
                helperText={missing ? translate('app.orders.ship.tracking_required') : ' '}
                autoFocus
                autoComplete="off"
              />
            </Stack>
          </DialogContent>
          <DialogActions>
            <Button onClick={() => setOpen(false)}>{translate('app.orders.ship.cancel')}</Button>
            <Button type="submit" variant="contained" disabled={isPending}>
              {translate('app.orders.ship.confirm')}
            </Button>
          </DialogActions>
        </form>
      </Dialog>
    </>
  );
};
