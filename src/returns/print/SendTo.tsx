import { Box, Typography } from '@mui/material';
import { useId } from 'react';
import { useTranslate } from 'react-admin';
import { RETURNS_ADDRESS } from '../../domain/returnsAddress';

/** Where the parcel goes, and what the warehouse takes back. */
export const SendTo = () => {
  const translate = useTranslate();
  const titleId = useId();
  return (
    <Box component="section" aria-labelledby={titleId} sx={{ mt: 4 }}>
      <Typography id={titleId} component="h2" variant="h6">
        {translate('app.returns.print.send_to.title')}
      </Typography>
      <Box component="address" sx={{ fontStyle: 'normal', mb: 1 }}>
        {RETURNS_ADDRESS.map((line) => (
          <Typography key={line}>{line}</Typography>
        ))}
      </Box>
      <Typography sx={{ fontWeight: 'bold' }}>
        {translate('app.returns.print.send_to.accepted')}
      </Typography>
    </Box>
  );
};
