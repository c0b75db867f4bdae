import { Typography } from '@mui/material';
import { useFieldValue, useTranslate, type FieldProps } from 'react-admin';
import { enumKey, type EnumName } from './enums';

interface EnumFieldProps extends FieldProps {
  enumName: EnumName;
}

/** The translated label of an enumerated value (department, payment method, reason...). */
export const EnumField = ({ enumName, ...props }: EnumFieldProps) => {
  const value = useFieldValue(props) as string | null | undefined;
  const translate = useTranslate();
  if (!value) return null;
  return (
    <Typography component="span" variant="body2">
      {translate(enumKey(enumName, value), { _: value })}
    </Typography>
  );
};
