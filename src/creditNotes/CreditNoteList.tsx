import {
  AutocompleteInput,
  BooleanInput,
  DataTable,
  DateInput,
  ReferenceInput,
  SearchInput,
  SelectInput,
} from 'react-admin';
import { List } from '../common/List';
import { enumChoices } from '../common/enums';
import { EnumField } from '../common/EnumField';
import { ExportListActions } from '../common/ExportAllButton';
import { GuardedReferenceField } from '../common/GuardedReferenceField';
import { RowReferences } from '../common/RowReferences';
import { MoneyField } from '../common/MoneyField';
import { ParisDateField } from '../common/ParisDateField';
import { StatusField } from '../common/StatusField';
import { CREDIT_NOTE_ORIGINS, CREDIT_NOTE_STATUSES } from '../domain/types';
import { CREDIT_NOTE_EXPORT_COLUMNS } from './creditNoteExport';

/** The records the rows point to, fetched once per page. */
const REFERENCES = { customerId: 'customers' };

/**
 * "With a balance" is the filter balanceCents_gt 0. Unticked, it is '' (a cleared filter input,
 * which the list drops): undefined would leave the previous value in the filters.
 */
const hasBalance = (balanceAbove: unknown) => balanceAbove === 0;
const balanceAbove = (checked: boolean) => (checked ? 0 : '');

const creditNoteFilters = [
  <SearchInput key="q" source="q" alwaysOn />,
  <SelectInput
    key="status"
    source="status"
    choices={enumChoices('creditNoteStatus', CREDIT_NOTE_STATUSES)}
  />,
  <SelectInput
    key="origin"
    source="origin"
    choices={enumChoices('creditNoteOrigin', CREDIT_NOTE_ORIGINS)}
  />,
  <ReferenceInput key="customerId" source="customerId" reference="customers">
    <AutocompleteInput />
  </ReferenceInput>,
  <BooleanInput
    key="balanceCents_gt"
    source="balanceCents_gt"
    label="app.credit_notes.filters.has_balance"
    defaultValue={0}
    format={hasBalance}
    parse={balanceAbove}
  />,
  <DateInput
    key="issuedAt_gte"
    source="issuedAt_gte"
    label="app.credit_notes.filters.issued_from"
  />,
  <DateInput
    key="issuedAt_lte"
    source="issuedAt_lte"
    label="app.credit_notes.filters.issued_until"
  />,
];

const CreditNoteList = () => (
  <List
    disableAuthentication
    filters={creditNoteFilters}
    sort={{ field: 'issuedAt', order: 'DESC' }}
    perPage={25}
    actions={<ExportListActions columns={CREDIT_NOTE_EXPORT_COLUMNS} />}
    exporter={false}
  >
    <RowReferences fields={REFERENCES}>
      <DataTable bulkActionButtons={false}>
        <DataTable.Col source="reference" />
        <DataTable.Col source="issuedAt" field={ParisDateField} />
        <DataTable.Col source="customerId">
          <GuardedReferenceField source="customerId" reference="customers" />
        </DataTable.Col>
        <DataTable.Col source="origin">
          <EnumField source="origin" enumName="creditNoteOrigin" />
        </DataTable.Col>
        <DataTable.Col source="amountCents" field={MoneyField} align="right" />
        <DataTable.Col source="balanceCents" field={MoneyField} align="right" />
        <DataTable.Col source="status" field={StatusField} />
      </DataTable>
    </RowReferences>
  </List>
);

export default CreditNoteList;
