import { ColumnsButton, DataTable, EmailField, FilterButton, TopToolbar } from 'react-admin';
import { ExportAllButton } from '../common/ExportAllButton';
import { List } from '../common/List';
import { GuardedReferenceField } from '../common/GuardedReferenceField';
import { RowReferences } from '../common/RowReferences';
import { MoneyField } from '../common/MoneyField';
import { YesNoField } from '../common/YesNoField';
import { ParisDateField } from '../common/ParisDateField';
import type { Customer } from '../domain/types';
import { KlubBadge } from '../klubMembers/KlubBadge';
import { CUSTOMER_EXPORT_COLUMNS } from './customerExport';
import { customerFilters } from './customerFilters';

/** The records the rows point to, fetched once per page. */
const REFERENCES = { klubMemberId: 'klub-members' };

const fullName = (customer: Customer) => `${customer.firstName} ${customer.lastName}`;

const CustomerListActions = () => (
  <TopToolbar>
    <FilterButton />
    <ColumnsButton />
    <ExportAllButton columns={CUSTOMER_EXPORT_COLUMNS} />
  </TopToolbar>
);

/** Phone and newsletter are offered by the columns button: the rest fits a 1280 px screen. */
const HIDDEN_COLUMNS = ['phone', 'newsletter'];

const CustomerList = () => (
  <List
    disableAuthentication
    filters={customerFilters}
    sort={{ field: 'lastOrderAt', order: 'DESC' }}
    perPage={25}
    actions={<CustomerListActions />}
    exporter={false}
  >
    <RowReferences fields={REFERENCES}>
      <DataTable bulkActionButtons={false} rowClick="show" hiddenColumns={HIDDEN_COLUMNS}>
        <DataTable.Col source="lastName" render={fullName} />
        <DataTable.Col source="email" field={EmailField} />
        <DataTable.Col source="phone" />
        <DataTable.Col source="klubMemberId">
          <GuardedReferenceField source="klubMemberId" reference="klub-members" link={false}>
            <KlubBadge />
          </GuardedReferenceField>
        </DataTable.Col>
        <DataTable.Col source="newsletter" field={YesNoField} />
        <DataTable.Col source="creditBalanceCents" field={MoneyField} align="right" />
        <DataTable.NumberCol source="ordersCount" />
        <DataTable.Col source="totalSpentCents" field={MoneyField} align="right" />
        <DataTable.Col source="lastOrderAt" field={ParisDateField} />
      </DataTable>
    </RowReferences>
  </List>
);

export default CustomerList;
