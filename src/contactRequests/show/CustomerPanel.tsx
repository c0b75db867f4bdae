import { Link as MuiLink, Stack, Typography } from '@mui/material';
import { Link, useGetList, useRecordContext, useTranslate } from 'react-admin';
import { FactsCard } from '../../common/FactsCard';
import { listPath } from '../../common/listPath';
import { useCanRead } from '../../common/ReadablePages';
import { useFormat } from '../../common/useFormat';
import { useKlubMembership } from '../../customers/show/useKlubMembership';
import { customerName } from '../../customers/customerName';
import type { ContactRequest, Customer } from '../../domain/types';
import { KlubBadge } from '../../klubMembers/KlubBadge';
import { GoodwillRequestButton } from './GoodwillRequestButton';
import { useRequestCustomer } from './useRequestRecords';

const PREFIX = 'app.contact_requests.customer';

/** A line of the panel that opens the customer's records in their list, for a role that reads them. */
const RecordsLink = ({
  resource,
  customer,
  children,
}: {
  resource: string;
  customer: Customer;
  children: string;
}) => {
  const readable = useCanRead(resource);
  if (!readable) return null;
  return (
    <MuiLink component={Link} to={listPath(resource, { customerId: customer.id })} variant="body2">
      {children}
    </MuiLink>
  );
};

/** How many records of a resource the customer has: one request of one row, for its total. */
const useCountOf = (resource: string, customer: Customer) => {
  const readable = useCanRead(resource);
  const { total } = useGetList(
    resource,
    { filter: { customerId: customer.id }, pagination: { page: 1, perPage: 1 } },
    { enabled: readable },
  );
  return total;
};

const Klub = ({ customer }: { customer: Customer }) => {
  const translate = useTranslate();
  const member = useKlubMembership(customer);
  if (member === undefined) return null;
  if (!member) return <Typography variant="body2">{translate('app.klub.card.none')}</Typography>;
  return (
    <Stack direction="row" spacing={1} sx={{ alignItems: 'center' }}>
      <Typography variant="body2">{translate(`${PREFIX}.klub`)}</Typography>
      <KlubBadge record={member} />
    </Stack>
  );
};

const CustomerFacts = ({ customer }: { customer: Customer }) => {
  const translate = useTranslate();
  const format = useFormat();
  const returns = useCountOf('returns', customer);
  const reservations = useCountOf('reservations', customer);
  return (
    <Stack spacing={0.5} sx={{ alignItems: 'flex-start' }}>
      <MuiLink component={Link} to={`/customers/${customer.id}/show`} variant="subtitle2">
        {customerName(customer)}
      </MuiLink>
      <Typography variant="body2" color="text.secondary">
        {customer.email}
      </Typography>
      <RecordsLink resource="orders" customer={customer}>
        {translate(`${PREFIX}.orders`, { smart_count: customer.ordersCount })}
      </RecordsLink>
      {returns !== undefined && (
        <RecordsLink resource="returns" customer={customer}>
          {translate(`${PREFIX}.returns`, { smart_count: returns })}
        </RecordsLink>
      )}
      <RecordsLink resource="credit-notes" customer={customer}>
        {translate(`${PREFIX}.credit_balance`, {
          amount: format.euros(customer.creditBalanceCents),
        })}
      </RecordsLink>
      {reservations !== undefined && (
        <RecordsLink resource="reservations" customer={customer}>
          {translate(`${PREFIX}.reservations`, { smart_count: reservations })}
        </RecordsLink>
      )}
      <Klub customer={customer} />
    </Stack>
  );
};

/**
 * The customer the request is from, found by its e-mail: what they bought, returned, hold in credit
 * notes and reserved, each opening its list; and the way to ask a manager for a goodwill note.
 */
export const CustomerPanel = () => {
  const request = useRecordContext<ContactRequest>();
  const translate = useTranslate();
  const { data: customer } = useRequestCustomer(request);
  if (!request) return null;
  return (
    <FactsCard title={`${PREFIX}.title`}>
      <Stack spacing={1} sx={{ alignItems: 'flex-start' }}>
        {request.customerId === null ? (
          <Typography variant="body2">
            {translate(`${PREFIX}.none`, { email: request.email })}
          </Typography>
        ) : (
          customer && <CustomerFacts customer={customer} />
        )}
        <GoodwillRequestButton customer={customer ?? null} />
      </Stack>
    </FactsCard>
  );
};
