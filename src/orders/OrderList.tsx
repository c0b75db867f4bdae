import { DataTable, List, SearchInput, SelectInput } from 'react-admin';
import { enumChoices } from '../common/enums';
import { EnumField } from '../common/EnumField';
import { GuardedReferenceField } from '../common/GuardedReferenceField';
import { MoneyField } from '../common/MoneyField';
import { ParisDateField } from '../common/ParisDateField';
import { StatusField } from '../common/StatusField';
import { ORDER_STATUSES } from '../domain/types';

const orderFilters = [
  <SearchInput key="q" source="q" alwaysOn />,
  <SelectInput key="status" source="status" choices={enumChoices('orderStatus', ORDER_STATUSES)} />,
];

const OrderList = () => (
  <List filters={orderFilters} sort={{ field: 'placedAt', order: 'DESC' }} perPage={25}>
    <DataTable bulkActionButtons={false}>
      <DataTable.Col source="reference" />
      <DataTable.Col source="placedAt" field={ParisDateField} />
      <DataTable.Col source="customerId">
        <GuardedReferenceField source="customerId" reference="customers" />
      </DataTable.Col>
      <DataTable.Col source="status" field={StatusField} />
      <DataTable.Col source="totalCents" field={MoneyField} align="right" />
      <DataTable.Col source="payment.method" disableSort>
        <EnumField source="payment.method" enumName="paymentMethod" />
      </DataTable.Col>
      <DataTable.Col source="delivery.mode" disableSort>
        <EnumField source="delivery.mode" enumName="deliveryMode" />
      </DataTable.Col>
      <DataTable.Col source="promisedBy">
        <ParisDateField source="promisedBy" dateOnly />
      </DataTable.Col>
    </DataTable>
  </List>
);

export default OrderList;
