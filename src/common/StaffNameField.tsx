import { Typography } from '@mui/material';
import { useFieldValue, useGetManyAggregate, type FieldProps } from 'react-admin';
import type { User } from '../domain/types';

/**
 * The staff member a record names, read from the staff directory that every role reads (fetched
 * in one request for a whole table).
 */
export const StaffNameField = (props: FieldProps) => {
  const id = useFieldValue(props) as number | null | undefined;
  const { data } = useGetManyAggregate<User>(
    'users',
    { ids: id == null ? [] : [id] },
    { enabled: id != null },
  );
  const name = data?.[0]?.fullName;
  if (id == null || !name) return null;
  return (
    <Typography component="span" variant="body2">
      {name}
    </Typography>
  );
};
