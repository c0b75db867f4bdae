import { Typography } from '@mui/material';
import type { ReactNode } from 'react';
import {
  DataTable,
  Pagination,
  ReferenceManyField,
  useTranslate,
  type SortPayload,
} from 'react-admin';

const Empty = ({ message }: { message: string }) => {
  const translate = useTranslate();
  return (
    <Typography variant="body2" color="text.secondary">
      {translate(message)}
    </Typography>
  );
};

interface CustomerRecordsProps {
  reference: string;
  sort: SortPayload;
  /** Message key said when the customer has none. */
  empty: string;
  children: ReactNode;
}

/** The records of another resource that belong to the customer of the page, ten at a time. */
export const CustomerRecords = ({ reference, sort, empty, children }: CustomerRecordsProps) => (
  <ReferenceManyField
    reference={reference}
    target="customerId"
    sort={sort}
    perPage={10}
    pagination={<Pagination rowsPerPageOptions={[10]} />}
  >
    <DataTable bulkActionButtons={false} rowClick="show" empty={<Empty message={empty} />}>
      {children}
    </DataTable>
  </ReferenceManyField>
);
