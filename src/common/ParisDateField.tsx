import { Typography } from '@mui/material';
import { useFieldValue, type FieldProps } from 'react-admin';
import { formatParisDate, formatParisDateTime } from '../domain/dates';
import { useIntlLocale } from './useIntlLocale';

interface ParisDateFieldProps extends FieldProps {
  /** Only the date (birth dates, promises by the day); date and time otherwise. */
  dateOnly?: boolean;
}

/** A plain style, not `sx`: a table draws this field in every row. */
const NO_WRAP = { whiteSpace: 'nowrap' } as const;
/** A timestamp or a YYYY-MM-DD date, shown on the Paris clock in the UI language. */
export const ParisDateField = ({ dateOnly = false, ...props }: ParisDateFieldProps) => {
  const value = useFieldValue(props) as string | null | undefined;
  const locale = useIntlLocale();
  if (!value) return null;
  const format = dateOnly ? formatParisDate : formatParisDateTime;
  return (
    <Typography component="span" variant="body2" style={NO_WRAP}>
      {format(value, locale)}
    </Typography>
  );
};
