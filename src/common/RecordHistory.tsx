import {
  DataTable,
  Pagination,
  ReferenceManyField,
  useResourceContext,
  type FieldProps,
} from 'react-admin';
import { EnumField } from './EnumField';
import { GuardedReferenceField } from './GuardedReferenceField';
import { ParisDateField } from './ParisDateField';
import { StatusField } from './StatusField';

/** The audit events of the record of a show page, newest first. */
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
      <DataTable bulkActionButtons={false}>
        <DataTable.Col source="at" field={ParisDateField} />
        <DataTable.Col source="userId">
          <GuardedReferenceField source="userId" reference="users" />
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
      </DataTable>
    </ReferenceManyField>
  );
};
