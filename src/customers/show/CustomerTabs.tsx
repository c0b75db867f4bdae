import { DataTable, useCanAccess } from 'react-admin';
import { EnumField } from '../../common/EnumField';
import { GuardedReferenceField } from '../../common/GuardedReferenceField';
import { MoneyField } from '../../common/MoneyField';
import { ParisDateField } from '../../common/ParisDateField';
import { StatusField } from '../../common/StatusField';
import { OrderReferenceField } from '../../contactRequests/OrderReferenceField';
import { CreateReturnButton } from '../../returns/create/CreateReturnButton';
import { CustomerRecords } from './CustomerRecords';

// The tabs of the customer page that list their records, newest first.

/** What a tab's Labeled reads of its content: `label={false}`, as the tab already names it. */
type TabContentProps = { label: false };

/** The orders, and for the roles that create returns, the way to one for each returnable order. */
export const CustomerOrders = (_props: TabContentProps) => {
  const { canAccess: createsReturns } = useCanAccess({ resource: 'returns', action: 'create' });
  return (
    <CustomerRecords
      reference="orders"
      sort={{ field: 'placedAt', order: 'DESC' }}
      empty="app.customers.empty.orders"
    >
      <DataTable.Col source="reference" />
      <DataTable.Col source="placedAt" field={ParisDateField} />
      <DataTable.Col source="status" field={StatusField} />
      <DataTable.Col source="totalCents" field={MoneyField} align="right" />
      <DataTable.Col source="deliveredAt" field={ParisDateField} />
      {createsReturns && (
        <DataTable.Col label="app.pickers.create_return.column">
          <CreateReturnButton onlyWhenEligible />
        </DataTable.Col>
      )}
    </CustomerRecords>
  );
};

export const CustomerReturns = (_props: TabContentProps) => (
  <CustomerRecords
    reference="returns"
    sort={{ field: 'requestedAt', order: 'DESC' }}
    empty="app.customers.empty.returns"
  >
    <DataTable.Col source="reference" />
    <DataTable.Col source="requestedAt" field={ParisDateField} />
    <DataTable.Col source="status" field={StatusField} />
    <DataTable.Col source="resolution">
      <EnumField source="resolution" enumName="resolution" />
    </DataTable.Col>
    <DataTable.Col source="refundAmountCents" field={MoneyField} align="right" />
  </CustomerRecords>
);

export const CustomerCreditNotes = (_props: TabContentProps) => (
  <CustomerRecords
    reference="credit-notes"
    sort={{ field: 'issuedAt', order: 'DESC' }}
    empty="app.customers.empty.credit_notes"
  >
    <DataTable.Col source="reference" />
    <DataTable.Col source="issuedAt" field={ParisDateField} />
    <DataTable.Col source="origin">
      <EnumField source="origin" enumName="creditNoteOrigin" />
    </DataTable.Col>
    <DataTable.Col source="amountCents" field={MoneyField} align="right" />
    <DataTable.Col source="balanceCents" field={MoneyField} align="right" />
    <DataTable.Col source="status" field={StatusField} />
  </CustomerRecords>
);

export const CustomerReservations = (_props: TabContentProps) => (
  <CustomerRecords
    reference="reservations"
    sort={{ field: 'requestedAt', order: 'DESC' }}
    empty="app.customers.empty.reservations"
  >
    <DataTable.Col source="reference" />
    <DataTable.Col source="requestedAt" field={ParisDateField} />
    <DataTable.Col source="storeId">
      <GuardedReferenceField source="storeId" reference="stores" link={false} />
    </DataTable.Col>
    <DataTable.Col source="sku" />
    <DataTable.Col source="status" field={StatusField} />
  </CustomerRecords>
);

/** What the customer asked customer service, by any channel. */
export const CustomerContactRequests = (_props: TabContentProps) => (
  <CustomerRecords
    reference="contact-requests"
    sort={{ field: 'receivedAt', order: 'DESC' }}
    empty="app.customers.empty.contact_requests"
  >
    <DataTable.Col source="reference" />
    <DataTable.Col source="receivedAt" field={ParisDateField} />
    <DataTable.Col source="reason">
      <EnumField source="reason" enumName="contactReason" />
    </DataTable.Col>
    <DataTable.Col source="status" field={StatusField} />
    <DataTable.Col source="orderReference" field={OrderReferenceField} />
  </CustomerRecords>
);

export const CustomerMemberships = (_props: TabContentProps) => (
  <CustomerRecords
    reference="klub-members"
    sort={{ field: 'joinedAt', order: 'DESC' }}
    empty="app.customers.empty.klub"
  >
    <DataTable.Col source="memberNumber" />
    <DataTable.Col source="kind">
      <EnumField source="kind" enumName="klubKind" />
    </DataTable.Col>
    <DataTable.Col source="status" field={StatusField} />
    <DataTable.Col source="joinedAt" field={ParisDateField} />
    <DataTable.Col source="leftAt" field={ParisDateField} />
  </CustomerRecords>
);
