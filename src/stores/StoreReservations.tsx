import { DataTable, Pagination, ReferenceManyField } from 'react-admin';
import { GuardedReferenceField } from '../common/GuardedReferenceField';
import { ParisDateField } from '../common/ParisDateField';
import { StatusField } from '../common/StatusField';
import { ReservationClockField } from '../reservations/ReservationClockField';
import { ReservationItemField } from '../reservations/ReservationItemField';

/** The reservations made in the boutique, the latest first, with the countdown of the open ones. */
export const StoreReservations = () => (
  <ReferenceManyField
    reference="reservations"
    target="storeId"
    sort={{ field: 'requestedAt', order: 'DESC' }}
    perPage={10}
    pagination={<Pagination rowsPerPageOptions={[10]} />}
  >
    <DataTable bulkActionButtons={false}>
      <DataTable.Col source="reference" />
      <DataTable.Col source="requestedAt" field={ParisDateField} />
      <DataTable.Col source="status" field={StatusField} />
      <DataTable.Col label="app.reservations.clock.column" field={ReservationClockField} />
      <DataTable.Col label="app.reservations.item.column" field={ReservationItemField} />
      <DataTable.Col source="customerId">
        <GuardedReferenceField source="customerId" reference="customers" />
      </DataTable.Col>
    </DataTable>
  </ReferenceManyField>
);
