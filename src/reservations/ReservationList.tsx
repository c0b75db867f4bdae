import { DataTable, List, SearchInput, SelectInput } from 'react-admin';
import { enumChoices } from '../common/enums';
import { EnumField } from '../common/EnumField';
import { GuardedReferenceField } from '../common/GuardedReferenceField';
import { ParisDateField } from '../common/ParisDateField';
import { StatusField } from '../common/StatusField';
import { RESERVATION_STATUSES } from '../domain/types';

const reservationFilters = [
  <SearchInput key="q" source="q" alwaysOn />,
  <SelectInput
    key="status"
    source="status"
    choices={enumChoices('reservationStatus', RESERVATION_STATUSES)}
  />,
];

const ReservationList = () => (
  <List filters={reservationFilters} sort={{ field: 'requestedAt', order: 'DESC' }} perPage={25}>
    <DataTable bulkActionButtons={false}>
      <DataTable.Col source="reference" />
      <DataTable.Col source="requestedAt" field={ParisDateField} />
      <DataTable.Col source="customerId">
        <GuardedReferenceField source="customerId" reference="customers" />
      </DataTable.Col>
      <DataTable.Col source="storeId">
        <GuardedReferenceField source="storeId" reference="stores" />
      </DataTable.Col>
      <DataTable.Col source="productId">
        <GuardedReferenceField source="productId" reference="products" />
      </DataTable.Col>
      <DataTable.Col source="size" />
      <DataTable.NumberCol source="quantity" />
      <DataTable.Col source="channel">
        <EnumField source="channel" enumName="reservationChannel" />
      </DataTable.Col>
      <DataTable.Col source="status" field={StatusField} />
      <DataTable.Col source="confirmBy" field={ParisDateField} />
    </DataTable>
  </List>
);

export default ReservationList;
