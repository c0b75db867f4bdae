import { Stack, Typography } from '@mui/material';
import {
  Link,
  RecordContextProvider,
  ResourceContextProvider,
  useCreatePath,
  useGetList,
  useRecordContext,
  useTranslate,
} from 'react-admin';
import { enumKey } from '../../common/enums';
import { FactsCard } from '../../common/FactsCard';
import { listPath } from '../../common/listPath';
import { useCanRead } from '../../common/ReadablePages';
import { StatusField } from '../../common/StatusField';
import { useFormat } from '../../common/useFormat';
import type { ContactRequest, Order } from '../../domain/types';

const NEWEST_FIRST = { field: 'receivedAt', order: 'DESC' } as const;
const SHOWN = 10;

/** One request: its reference as a link to it, its status, why and when the customer wrote. */
const RequestLine = ({ request }: { request: ContactRequest }) => {
  const translate = useTranslate();
  const format = useFormat();
  const createPath = useCreatePath();
  return (
    <Stack component="li" spacing={0.25}>
      <Stack direction="row" spacing={1} sx={{ alignItems: 'center' }}>
        <Link to={createPath({ resource: 'contact-requests', id: request.id, type: 'show' })}>
          {request.reference}
        </Link>
        <RecordContextProvider value={request}>
          <StatusField source="status" />
        </RecordContextProvider>
      </Stack>
      <Typography variant="body2" color="text.secondary">
        {translate('app.orders.contact_requests.line', {
          reason: translate(enumKey('contactReason', request.reason)),
          date: format.dateTime(request.receivedAt),
        })}
      </Typography>
    </Stack>
  );
};

/**
 * What customers asked customer service about the order, newest first; nothing when they asked
 * nothing, and nothing asked of the server by a role that may not read the requests.
 */
export const OrderContactRequests = () => {
  const order = useRecordContext<Order>();
  const translate = useTranslate();
  const readable = useCanRead('contact-requests');
  const filter = { orderId: order?.id };
  const { data: requests, total } = useGetList<ContactRequest>(
    'contact-requests',
    { filter, sort: NEWEST_FIRST, pagination: { page: 1, perPage: SHOWN } },
    { enabled: readable && !!order },
  );
  if (!requests?.length) return null;
  return (
    <FactsCard title="app.orders.contact_requests.title">
      <ResourceContextProvider value="contact-requests">
        <Stack component="ul" spacing={1} sx={{ listStyle: 'none', m: 0, p: 0 }}>
          {requests.map((request) => (
            <RequestLine key={request.id} request={request} />
          ))}
        </Stack>
      </ResourceContextProvider>
      {total !== undefined && total > requests.length && (
        <Link to={listPath('contact-requests', filter, NEWEST_FIRST)}>
          {translate('app.orders.contact_requests.see_all', { count: total })}
        </Link>
      )}
    </FactsCard>
  );
};
