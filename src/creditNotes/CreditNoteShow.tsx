import { Typography } from '@mui/material';
import {
  ArrayField,
  DataTable,
  Show,
  SimpleShowLayout,
  TextField,
  TopToolbar,
  useTranslate,
} from 'react-admin';
import { EnumField } from '../common/EnumField';
import { GuardedReferenceField } from '../common/GuardedReferenceField';
import { MoneyField } from '../common/MoneyField';
import { ParisDateField } from '../common/ParisDateField';
import { RecordHistory } from '../common/RecordHistory';
import { StatusField } from '../common/StatusField';
import { BalanceEquation } from './BalanceEquation';
import { CancelCreditNoteButton } from './CancelCreditNoteButton';
import { OriginDetail } from './OriginDetail';

const CreditNoteActions = () => (
  <TopToolbar>
    <CancelCreditNoteButton />
  </TopToolbar>
);

const NoUsage = () => {
  const translate = useTranslate();
  return (
    <Typography variant="body2" color="text.secondary">
      {translate('app.credit_notes.ledger.empty')}
    </Typography>
  );
};

const CreditNoteShow = () => (
  <Show actions={<CreditNoteActions />}>
    <SimpleShowLayout>
      <TextField source="reference" />
      <StatusField source="status" />
      <GuardedReferenceField source="customerId" reference="customers" />
      <EnumField source="origin" enumName="creditNoteOrigin" />
      <OriginDetail label={false} />
      <ParisDateField source="issuedAt" />
      <BalanceEquation label="app.credit_notes.balance.title" />
      <ArrayField source="usages">
        <DataTable bulkActionButtons={false} rowClick={false} empty={<NoUsage />}>
          <DataTable.Col source="orderId">
            <GuardedReferenceField source="orderId" reference="orders" link="show" />
          </DataTable.Col>
          <DataTable.Col source="amountCents" field={MoneyField} align="right" />
          <DataTable.Col source="at" field={ParisDateField} />
        </DataTable>
      </ArrayField>
      <RecordHistory label="app.history.title" />
    </SimpleShowLayout>
  </Show>
);

export default CreditNoteShow;
