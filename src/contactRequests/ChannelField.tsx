import { Typography } from '@mui/material';
import { useRecordContext, useTranslate, type FieldProps } from 'react-admin';
import { enumKey } from '../common/enums';
import type { ContactRequest } from '../domain/types';

/** How the customer wrote: the channel, and which network for a social message. */
export const ChannelField = (_props: Pick<FieldProps, 'source' | 'label'>) => {
  const request = useRecordContext<ContactRequest>();
  const translate = useTranslate();
  if (!request) return null;
  const channel = translate(enumKey('contactChannel', request.channel));
  const network = request.network && translate(enumKey('socialNetwork', request.network));
  return (
    <Typography component="span" variant="body2">
      {network ? `${channel} · ${network}` : channel}
    </Typography>
  );
};
