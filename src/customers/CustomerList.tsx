import { BooleanField, DataTable, EmailField, List } from 'react-admin';
import { GuardedReferenceField } from '../common/GuardedReferenceField';
import { MoneyField } from '../common/MoneyField';
import { ParisDateField } from '../common/ParisDateField';
import type { Customer } from '../domain/types';
import { KlubBadge } from '../klubMembers/KlubBadge';
import { customerFilters } from './customerFilters';

const fullName = (customer: Customer) => `${customer.firstName} ${customer.lastName}`;

const CustomerList = () => (
  <List filters={customerFilters} sort={{ field: 'lastOrderAt', order: 'DESC' }} perPage={25}>
    <DataTable bulkActionButtons={false} rowClick="show">
      <DataTable.Col source="lastName" render={fullName} />
      <DataTable.Col source="email" field={EmailField} />
      <DataTable.Col source="phone" />
      <DataTable.Col source="klubMemberId">
        <GuardedReferenceField source="klubMemberId" reference="klub-members" link={false}>
          <KlubBadge />
        </GuardedReferenceField>
      </DataTable.Col>
      <DataTable.Col source="newsletter" field={BooleanField} />
      <DataTable.Col source="creditBalanceCents" field={MoneyField} align="right" />
      <DataTable.NumberCol source="ordersCount" />
      <DataTable.Col source="totalSpentCents" field={MoneyField} align="right" />
      <DataTable.Col source="lastOrderAt" field={ParisDateField} />
    </DataTable>
  </List>
);

export default CustomerList;
