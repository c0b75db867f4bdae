import { Stack, Typography } from '@mui/material';
import { useRecordContext } from 'react-admin';
import type { ContactRequest } from '../domain/types';

/** Who wrote, as they typed it: their name, and their e-mail beneath. */
export const RequesterField = () => {
  const request = useRecordContext<ContactRequest>();
  if (!request) return null;
  return (
    <Stack>
      <Typography component="span" variant="body2">
        {request.firstName} {request.lastName}
      </Typography>
      <Typography component="span" variant="caption" color="text.secondary">
        {request.email}
      </Typography>
    </Stack>
  );
};
