import {
  EmailField,
  NumberField,
  Show,
  ShowClasses,
  TabbedShowLayout,
  TabbedShowLayoutTabs,
  TextField,
} from 'react-admin';
import { MoneyField } from '../common/MoneyField';
import { useCanRead } from '../common/ReadablePages';
import { YesNoField } from '../common/YesNoField';
import { ParisDateField } from '../common/ParisDateField';
import { RecordHistory } from '../common/RecordHistory';
import { CustomerAside } from './show/CustomerAside';
import {
  CustomerContactRequests,
  CustomerCreditNotes,
  CustomerMemberships,
  CustomerOrders,
  CustomerReservations,
  CustomerReturns,
} from './show/CustomerTabs';

const { Tab } = TabbedShowLayout;

/** The tabs scroll rather than push the Klub panel off a narrow screen. */
const narrowable = { [`& .${ShowClasses.card}`]: { width: 0, minWidth: 0 } };

/** A customer whole: the profile, each kind of record they have, the Klub, and the history. */
const CustomerShow = () => {
  const readsContactRequests = useCanRead('contact-requests');
  return (
    <Show aside={<CustomerAside />} sx={narrowable}>
      <TabbedShowLayout tabs={<TabbedShowLayoutTabs variant="scrollable" scrollButtons="auto" />}>
        <Tab label="app.customers.tabs.profile">
          <TextField source="reference" />
          <TextField source="firstName" />
          <TextField source="lastName" />
          <EmailField source="email" />
          <TextField source="phone" />
          <ParisDateField source="birthDate" dateOnly />
          <YesNoField source="newsletter" />
          <ParisDateField source="createdAt" />
          <NumberField source="ordersCount" />
          <MoneyField source="totalSpentCents" />
          <ParisDateField source="lastOrderAt" />
        </Tab>
        <Tab label="app.customers.tabs.orders" path="orders">
          <CustomerOrders label={false} />
        </Tab>
        <Tab label="app.customers.tabs.returns" path="returns">
          <CustomerReturns label={false} />
        </Tab>
        <Tab label="app.customers.tabs.credit_notes" path="credit-notes">
          <MoneyField source="creditBalanceCents" />
          <CustomerCreditNotes label={false} />
        </Tab>
        <Tab label="app.customers.tabs.reservations" path="reservations">
          <CustomerReservations label={false} />
        </Tab>
        {readsContactRequests && (
          <Tab label="app.customers.tabs.contact_requests" path="contact-requests">
            <CustomerContactRequests label={false} />
          </Tab>
        )}
        <Tab label="app.customers.tabs.klub" path="klub">
          <CustomerMemberships label={false} />
        </Tab>
        <Tab label="app.customers.tabs.history" path="history">
          <RecordHistory label={false} />
        </Tab>
      </TabbedShowLayout>
    </Show>
  );
};

export default CustomerShow;
