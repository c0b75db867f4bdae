import { Alert, Link as MuiLink, Stack, Typography } from '@mui/material';
import { Link, RecordContextProvider, useRecordContext, useTranslate } from 'react-admin';
import { FactsCard } from '../../common/FactsCard';
import { StatusField } from '../../common/StatusField';
import { useFormat } from '../../common/useFormat';
import type { ContactRequest, Order } from '../../domain/types';
import { TrackingAndPromise } from '../../orders/show/TrackingAndPromise';
import { CreateReturnButton } from '../../returns/create/CreateReturnButton';
import { LinkOrderButton } from './LinkOrderButton';
import { useLinkedOrder } from './useRequestRecords';

const PREFIX = 'app.contact_requests.order';

/** The linked order: where it stands, the parcel's tracking page, and the promise kept or not. */
const OrderFacts = ({ order }: { order: Order }) => {
  const translate = useTranslate();
  const format = useFormat();
  return (
    <RecordContextProvider value={order}>
      <Stack spacing={0.5} sx={{ alignItems: 'flex-start' }}>
        <Stack direction="row" spacing={1} sx={{ alignItems: 'center' }}>
          <MuiLink component={Link} to={`/orders/${order.id}/show`} variant="subtitle2">
            {order.reference}
          </MuiLink>
          <StatusField source="status" resource="orders" />
        </Stack>
        <Typography variant="body2">
          {translate(`${PREFIX}.placed`, { date: format.dateTime(order.placedAt) })}
        </Typography>
        <TrackingAndPromise />
        {order.deliveredAt && (
          <Typography variant="body2">
            {translate(`${PREFIX}.delivered`, { date: format.dateTime(order.deliveredAt) })}
          </Typography>
        )}
        <CreateReturnButton />
      </Stack>
    </RecordContextProvider>
  );
};

/** Why no order is linked: the reference names another customer's order, or none at all. */
const NoOrder = ({ request }: { request: ContactRequest }) => {
  const translate = useTranslate();
  const reference = request.orderReference;
  if (!reference) {
    return <Typography variant="body2">{translate(`${PREFIX}.none_given`)}</Typography>;
  }
  return request.orderMismatch ? (
    <Alert severity="error">{translate(`${PREFIX}.mismatch`, { reference })}</Alert>
  ) : (
    <Alert severity="warning">{translate(`${PREFIX}.unknown`, { reference })}</Alert>
  );
};

/**
 * The order the request is about, as the server linked it (only ever the customer's own); an
 * order of someone else is flagged, never shown. A return for it starts from here.
 */
export const LinkedOrderPanel = () => {
  const request = useRecordContext<ContactRequest>();
  const { data: order } = useLinkedOrder(request);
  if (!request) return null;
  return (
    <FactsCard title={`${PREFIX}.title`}>
      <Stack spacing={1} sx={{ alignItems: 'flex-start' }}>
        {request.orderId === null ? (
          <NoOrder request={request} />
        ) : (
          order && <OrderFacts order={order} />
        )}
        <LinkOrderButton />
      </Stack>
    </FactsCard>
  );
};
