import { Link, Typography } from '@mui/material';
import type { MouseEvent } from 'react';
import { useFieldValue, useTranslate, type FieldProps } from 'react-admin';

/** A click on the link dials; it must not also open the row it sits in. */
const stopPropagation = (event: MouseEvent) => event.stopPropagation();

/** A phone number as written, as a link that dials it: spaces and dots are for the eye only. */
export const PhoneField = (props: FieldProps) => {
  const phone = useFieldValue(props) as string | undefined;
  if (!phone) return null;
  return (
    <Link
      href={`tel:${phone.replace(/[^\d+]/g, '')}`}
      variant="body2"
      onClick={stopPropagation}
      sx={{ whiteSpace: 'nowrap' }}
    >
      {phone}
    </Link>
  );
};

/** The opening hours line by line, as typed in the form; says so when there are none. */
export const OpeningHoursField = (props: FieldProps) => {
  const hours = useFieldValue(props) as string | undefined;
  const translate = useTranslate();
  if (!hours) {
    return (
      <Typography variant="body2" color="text.secondary">
        {translate('app.stores.no_opening_hours')}
      </Typography>
    );
  }
  return (
    <Typography variant="body2" sx={{ whiteSpace: 'pre-line' }}>
      {hours}
    </Typography>
  );
};

/** The opening hours on one line, cut with an ellipsis when long; the whole text on hover. */
export const ShortOpeningHoursField = (props: FieldProps) => {
  const hours = useFieldValue(props) as string | undefined;
  if (!hours) return null;
  return (
    <Typography variant="body2" title={hours} noWrap sx={{ maxWidth: '16rem' }}>
      {hours}
    </Typography>
  );
};
