import { Typography } from '@mui/material';
import { useFieldValue, useGetResourceLabel, type FieldProps } from 'react-admin';

/** The translated name of the resource an audit event is about. */
export const ResourceNameField = (props: FieldProps) => {
  const resource = useFieldValue(props) as string | undefined;
  const getResourceLabel = useGetResourceLabel();
  if (!resource) return null;
  return (
    <Typography component="span" variant="body2">
      {getResourceLabel(resource, 1)}
    </Typography>
  );
};
