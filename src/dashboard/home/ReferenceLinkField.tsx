import type { MouseEvent } from 'react';
import {
  Link,
  useCreatePath,
  useRecordContext,
  useResourceContext,
  type FieldProps,
} from 'react-admin';

/** The record's reference, as a link to its show page: the row's click, for the keyboard too. */
export const ReferenceLinkField = (props: FieldProps) => {
  const record = useRecordContext(props);
  const resource = useResourceContext(props);
  const createPath = useCreatePath();
  if (!record || !resource) return null;
  return (
    <Link
      to={createPath({ resource, id: record.id, type: 'show' })}
      onClick={(event: MouseEvent) => event.stopPropagation()}
      sx={{ whiteSpace: 'nowrap' }}
    >
      {record.reference}
    </Link>
  );
};
