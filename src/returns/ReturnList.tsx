import { CreateButton, DataTable, FilterButton, TopToolbar } from 'react-admin';
import { List } from '../common/List';
import { EnumField } from '../common/EnumField';
import { ExportAllButton } from '../common/ExportAllButton';
import { GuardedReferenceField } from '../common/GuardedReferenceField';
import { RowReferences } from '../common/RowReferences';
import { MoneyField } from '../common/MoneyField';
import { ParisDateField } from '../common/ParisDateField';
import { StatusField } from '../common/StatusField';
import { RefundClockField } from './RefundClockField';
import { RETURN_EXPORT_COLUMNS } from './returnExport';
import { returnFilters } from './returnFilters';
import { StageTabs } from '../common/StageTabs';
import { stageFilter } from '../common/stages';
import { RETURN_STAGES } from './returnStages';

/** The records the rows point to, fetched once per page. */
const REFERENCES = { orderId: 'orders', customerId: 'customers' };

const [toReceive] = RETURN_STAGES;

const ReturnListActions = () => (
  <TopToolbar>
    <FilterButton />
    <CreateButton />
    <ExportAllButton columns={RETURN_EXPORT_COLUMNS} />
  </TopToolbar>
);

/** The returns, by stage; "to refund" shows each refund's clock, the overdue ones first. */
const ReturnList = () => (
  <List
    disableAuthentication
    filters={returnFilters}
    filterDefaultValues={{ status: stageFilter(toReceive) }}
    sort={toReceive.sort}
    perPage={25}
    actions={<ReturnListActions />}
    exporter={false}
  >
    <StageTabs stages={RETURN_STAGES} messages="app.returns.tabs" />
    <RowReferences fields={REFERENCES}>
      <DataTable bulkActionButtons={false}>
        <DataTable.Col source="reference" />
        <DataTable.Col source="requestedAt" field={ParisDateField} />
        <DataTable.Col source="orderId">
          <GuardedReferenceField source="orderId" reference="orders" />
        </DataTable.Col>
        <DataTable.Col source="customerId">
          <GuardedReferenceField source="customerId" reference="customers" />
        </DataTable.Col>
        <DataTable.Col source="status" field={StatusField} />
        <DataTable.Col source="resolution">
          <EnumField source="resolution" enumName="resolution" />
        </DataTable.Col>
        <DataTable.Col source="refundAmountCents" field={MoneyField} align="right" />
        <DataTable.Col source="refundDueBy" field={ParisDateField} />
        <DataTable.Col label="app.returns.clock.column" field={RefundClockField} />
      </DataTable>
    </RowReferences>
  </List>
);

export default ReturnList;
