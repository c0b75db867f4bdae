import { Typography } from '@mui/material';
import { useTranslate } from 'react-admin';

/** Why promoting and inviting are disabled: the membership is suspended. */
export const ActiveOnlyReason = ({ id }: { id: string }) => {
  const translate = useTranslate();
  return (
    <Typography id={id} variant="body2" color="text.secondary" sx={{ alignSelf: 'center' }}>
      {translate('app.klub.active_only')}
    </Typography>
  );
};
