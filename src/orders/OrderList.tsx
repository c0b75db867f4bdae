import { DataTable } from 'react-admin';
import { List } from '../common/List';
import { EnumField } from '../common/EnumField';
import { ExportListActions } from '../common/ExportAllButton';
import { GuardedReferenceField } from '../common/GuardedReferenceField';
import { RowReferences } from '../common/RowReferences';
import { MoneyField } from '../common/MoneyField';
import { ParisDateField } from '../common/ParisDateField';
import { StageTabs } from '../common/StageTabs';
import { stageFilter } from '../common/stages';
import { StatusField } from '../common/StatusField';
import { LateChipField } from './LateChipField';
import { ORDER_EXPORT_COLUMNS } from './orderExport';
import { orderFilters } from './orderFilters';
import { ORDER_STAGES } from './orderStages';

/** The records the rows point to, fetched once per page. */
const REFERENCES = { customerId: 'customers' };

const [toShip] = ORDER_STAGES;

/** The orders by status, the ones to ship first; a late one carries its days of delay. */
const OrderList = () => (
  <List
    disableAuthentication
    filters={orderFilters}
    filterDefaultValues={{ status: stageFilter(toShip) }}
    sort={toShip.sort}
    perPage={25}
    actions={<ExportListActions columns={ORDER_EXPORT_COLUMNS} />}
    exporter={false}
  >
    <StageTabs stages={ORDER_STAGES} messages="app.orders.tabs" />
    <RowReferences fields={REFERENCES}>
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
        <DataTable.Col source="delivery.carrier" disableSort />
        <DataTable.Col source="promisedBy">
          <ParisDateField source="promisedBy" dateOnly />
        </DataTable.Col>
        <DataTable.Col label="app.orders.late_column" field={LateChipField} />
      </DataTable>
    </RowReferences>
  </List>
);

export default OrderList;
