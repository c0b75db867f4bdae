import { Typography } from '@mui/material';
import { useFieldValue, type FieldProps } from 'react-admin';
import { formatEuros } from '../domain/money';
import { useIntlLocale } from './useIntlLocale';

/** A plain style, not `sx`: a table draws this field in every row. */
const NO_WRAP = { whiteSpace: 'nowrap' } as const;
/** An amount in euro cents, formatted in the UI language. */
export const MoneyField = (props: FieldProps) => {
  const cents = useFieldValue(props) as number | null | undefined;
  const locale = useIntlLocale();
  if (cents == null) return null;
  return (
    <Typography component="span" variant="body2" style={NO_WRAP}>
      {formatEuros(cents, locale)}
    </Typography>
  );
};
