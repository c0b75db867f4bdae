import { DataTable } from 'react-admin';
import { List } from '../common/List';
import { EnumField } from '../common/EnumField';
import { ExportListActions } from '../common/ExportAllButton';
import { GuardedReferenceField } from '../common/GuardedReferenceField';
import { RowReferences } from '../common/RowReferences';
import { ParisDateField } from '../common/ParisDateField';
import { StageTabs } from '../common/StageTabs';
import { stageFilter } from '../common/stages';
import { StatusField } from '../common/StatusField';
import { RESERVATION_EXPORT_COLUMNS } from './reservationExport';
import { reservationFilters } from './reservationFilters';
import { ReservationClockField } from './ReservationClockField';
import { ReservationItemField } from './ReservationItemField';
import { RESERVATION_STAGES } from './reservationStages';

/** The records the rows point to, fetched once per page. */
const REFERENCES = { storeId: 'stores', customerId: 'customers' };

const [toConfirm] = RESERVATION_STAGES;

/** The reservations by stage; the first is the queue to confirm, the most urgent promise first. */
const ReservationList = () => (
  <List
    disableAuthentication
    filters={reservationFilters}
    filterDefaultValues={{ status: stageFilter(toConfirm) }}
    sort={toConfirm.sort}
    perPage={25}
    actions={<ExportListActions columns={RESERVATION_EXPORT_COLUMNS} />}
    exporter={false}
  >
    <StageTabs stages={RESERVATION_STAGES} messages="app.reservations.tabs" />
    <RowReferences fields={REFERENCES}>
      <DataTable bulkActionButtons={false}>
        <DataTable.Col source="reference" />
        <DataTable.Col source="confirmBy" field={ParisDateField} />
        <DataTable.Col label="app.reservations.clock.column" field={ReservationClockField} />
        <DataTable.Col source="storeId">
          <GuardedReferenceField source="storeId" reference="stores" />
        </DataTable.Col>
        <DataTable.Col label="app.reservations.item.column" field={ReservationItemField} />
        <DataTable.Col source="customerId">
          <GuardedReferenceField source="customerId" reference="customers" />
        </DataTable.Col>
        <DataTable.Col source="channel">
          <EnumField source="channel" enumName="reservationChannel" />
        </DataTable.Col>
        <DataTable.Col source="status" field={StatusField} />
      </DataTable>
    </RowReferences>
  </List>
);

export default ReservationList;
