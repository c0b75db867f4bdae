import LinkIcon from '@mui/icons-material/Link';
import {
  Button,
  Dialog,
  DialogActions,
  DialogContent,
  DialogContentText,
  DialogTitle,
  MenuItem,
  TextField,
} from '@mui/material';
import { useId, useState, type FormEvent } from 'react';
import {
  useCanAccess,
  useGetList,
  useNotify,
  useRecordContext,
  useTranslate,
  useUpdate,
} from 'react-admin';
import { enumKey } from '../../common/enums';
import { useFormat } from '../../common/useFormat';
import type { ContactRequest, Order } from '../../domain/types';
import { DisabledAction } from './DisabledAction';
import { messageOf } from './errors';

const LABEL = 'app.contact_requests.link_order.button';
const ICON = <LinkIcon />;
/** Enough for any customer's history; the newest first. */
const ORDERS_SHOWN = 100;

/** The customer's orders, the newest first, to pick the one the request is really about. */
const OrderChoice = ({
  request,
  value,
  onChange,
}: {
  request: ContactRequest;
  value: string;
  onChange: (id: string) => void;
}) => {
  const translate = useTranslate();
  const format = useFormat();
  const { data: orders = [] } = useGetList<Order>('orders', {
    filter: { customerId: request.customerId },
    sort: { field: 'placedAt', order: 'DESC' },
    pagination: { page: 1, perPage: ORDERS_SHOWN },
  });
  return (
    <TextField
      select
      fullWidth
      label={translate('app.contact_requests.link_order.order')}
      value={value}
      onChange={(event) => onChange(event.target.value)}
      sx={{ mt: 2 }}
    >
      {orders.map((order) => (
        <MenuItem key={order.id} value={String(order.id)} disabled={order.id === request.orderId}>
          {translate('app.contact_requests.link_order.option', {
            reference: order.reference,
            date: format.date(order.placedAt),
            status: translate(enumKey('orderStatus', order.status)),
          })}
        </MenuItem>
      ))}
    </TextField>
  );
};

/** Links the request to another of its customer's orders (the server refuses anyone else's). */
export const LinkOrderButton = () => {
  const request = useRecordContext<ContactRequest>();
  const translate = useTranslate();
  const notify = useNotify();
  const titleId = useId();
  const { canAccess } = useCanAccess({ resource: 'contact-requests', action: 'edit' });
  const [update, { isPending }] = useUpdate<ContactRequest>();
  const [open, setOpen] = useState(false);
  const [chosen, setChosen] = useState('');
  if (!request || !canAccess) return null;
  if (request.customerId === null) {
    return (
      <DisabledAction
        label={LABEL}
        reason="app.contact_requests.link_order.no_customer"
        icon={ICON}
      />
    );
  }

  const link = (event: FormEvent) => {
    event.preventDefault();
    if (!chosen) return;
    update(
      'contact-requests',
      { id: request.id, data: { orderId: Number(chosen) }, previousData: request },
      {
        mutationMode: 'pessimistic',
        onSuccess: () => {
          setOpen(false);
          setChosen('');
          notify('app.contact_requests.link_order.done', { type: 'success' });
        },
        onError: (error) =>
          notify(messageOf(error), { type: 'error', messageArgs: { _: messageOf(error) } }),
      },
    );
  };

  return (
    <>
      <Button size="small" startIcon={ICON} onClick={() => setOpen(true)}>
        {translate(LABEL)}
      </Button>
      <Dialog open={open} onClose={() => setOpen(false)} aria-labelledby={titleId} fullWidth>
        <form onSubmit={link} noValidate>
          <DialogTitle id={titleId}>
            {translate('app.contact_requests.link_order.title', { reference: request.reference })}
          </DialogTitle>
          <DialogContent>
            <DialogContentText>
              {translate('app.contact_requests.link_order.help')}
            </DialogContentText>
            {open && <OrderChoice request={request} value={chosen} onChange={setChosen} />}
          </DialogContent>
          <DialogActions>
            <Button onClick={() => setOpen(false)}>{translate('ra.action.cancel')}</Button>
            <Button type="submit" variant="contained" disabled={!chosen || isPending}>
              {translate('app.contact_requests.link_order.confirm')}
            </Button>
          </DialogActions>
        </form>
      </Dialog>
    </>
  );
};
