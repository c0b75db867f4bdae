import { Typography } from '@mui/material';
import {
  DataTable,
  Pagination,
  ReferenceManyField,
  useResourceContext,
  useTranslate,
  type FieldProps,
} from 'react-admin';
import { ChangesField } from './ChangesField';
import { EnumField } from './EnumField';
import { GuardedReferenceField } from './GuardedReferenceField';
import { ParisDateField } from './ParisDateField';
import { RowReferences } from './RowReferences';
import { StatusField } from './StatusField';

/** The status change has its own from and to columns, translated. */
const STATUS_COLUMNS = ['status'];
/** The users who acted, fetched once per page. */
const REFERENCES = { userId: 'users' };

const NoHistory = () => {
  const translate = useTranslate();
  return (
    <Typography variant="body2" color="text.secondary">
      {translate('app.history.empty')}
    </Typography>
  );
};

/**
 * The audit events of the record of a show page, newest first: when, who (the role says it was the
 * system, or who acted when the user account is not readable), what, with each field before and
 * after.
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
      <RowReferences fields={REFERENCES}>
        <DataTable bulkActionButtons={false} empty={<NoHistory />}>
          <DataTable.Col source="at" field={ParisDateField} />
          <DataTable.Col source="userId">
            <GuardedReferenceField source="userId" reference="users" />
          </DataTable.Col>
          <DataTable.Col source="role">
            <EnumField source="role" enumName="role" />
          </DataTable.Col>
          <DataTable.Col source="action">
            <EnumField source="action" enumName="auditAction" />
          </DataTable.Col>
          <DataTable.Col source="fromStatus">
            <StatusField source="fromStatus" resource={resource} />
          </DataTable.Col>
          <DataTable.Col source="toStatus">
            <StatusField source="toStatus" resource={resource} />
          </DataTable.Col>
          <DataTable.Col source="changes" disableSort>
            <ChangesField source="changes" dense omit={STATUS_COLUMNS} />
          </DataTable.Col>
        </DataTable>
      </RowReferences>
    </ReferenceManyField>
  );
};
