import { Typography } from '@mui/material';
import { useFieldValue, useTranslate, type FieldProps } from 'react-admin';

/** A yes/no field in words ("Oui" / "Non"), which a crossed icon alone does not say. */
export const YesNoField = (props: FieldProps) => {
  const value = useFieldValue(props);
  const translate = useTranslate();
  if (value === null || value === undefined) return null;
  return (
    <Typography component="span" variant="body2">
      {translate(value ? 'ra.boolean.true' : 'ra.boolean.false')}
    </Typography>
  );
};
