import { Box, Typography } from '@mui/material';
import { useTranslate } from 'react-admin';

const STEPS = ['check', 'enclose', 'pack'] as const;

/** How to pack the parcel, as the brand's customer-service page tells it. */
export const PackingInstructions = () => {
  const translate = useTranslate();
  return (
    <Box component="section" sx={{ mt: 4 }}>
      <Typography component="h2" variant="h6">
        {translate('app.returns.print.packing.title')}
      </Typography>
      <Box component="ol" sx={{ pl: 3 }}>
        {STEPS.map((step) => (
          <li key={step}>{translate(`app.returns.print.packing.${step}`)}</li>
        ))}
      </Box>
      <Typography>{translate('app.returns.print.packing.refund')}</Typography>
    </Box>
  );
};
