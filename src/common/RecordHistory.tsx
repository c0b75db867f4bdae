import { Typography } from '@mui/material';
import {
  DataTable,
  Pagination,
  ReferenceManyField,
  useResourceContext,
  useTranslate,
  type FieldProps,
} from 'react-admin';
import { ActorField, EventSummaryField } from './EventSummaryField';
import { ParisDateField } from './ParisDateField';

const NoHistory = () => {
  const translate = useTranslate();
  return (
    <Typography variant="body2" color="text.secondary">
      {translate('app.history.empty')}
    </Typography>
  );
};

/**
 * The audit events of the record of a show page, newest first, each read as a sentence: when
 * (Paris time), who (a staff member's name and role, or the system), what changed.
 */
export const RecordHistory = (props: Omit<FieldProps, 'source'>) => {
  const resource = useResourceContext(props);
  return (
    <ReferenceManyField
      reference="audit-events"
      target="recordId"
      filter={{ resource }}
      sort={{ field: 'at', order: 'DESC' }}
      perPage={10}
      pagination={<Pagination rowsPerPageOptions={[10]} />}
    >
      <DataTable bulkActionButtons={false} empty={<NoHistory />}>
        <DataTable.Col source="at" label="app.history.when" field={ParisDateField} />
        <DataTable.Col source="userId" label="app.history.who" disableSort>
          <ActorField />
        </DataTable.Col>
        <DataTable.Col source="changes" label="app.history.what" disableSort>
          <EventSummaryField />
        </DataTable.Col>
      </DataTable>
    </ReferenceManyField>
  );
};
