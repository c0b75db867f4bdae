import { Typography } from '@mui/material';
import { useFieldValue, type FieldProps } from 'react-admin';
import { formatEuros } from '../domain/money';
import { useIntlLocale } from './useIntlLocale';

/** An amount in euro cents, formatted in the UI language. */
export const MoneyField = (props: FieldProps) => {
  const cents = useFieldValue(props) as number | null | undefined;
  const locale = useIntlLocale();
  if (cents == null) return null;
  return (
    <Typography component="span" variant="body2" sx={{ whiteSpace: 'nowrap' }}>
      {formatEuros(cents, locale)}
    </Typography>
  );
};
