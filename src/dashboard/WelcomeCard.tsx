import { Card, CardContent, Typography } from '@mui/material';
import { useGetIdentity, useTranslate } from 'react-admin';

/** Greets the staff member above the home page of their role. */
export const WelcomeCard = () => {
  const translate = useTranslate();
  const { identity } = useGetIdentity();
  if (!identity) return null;
  return (
    <Card sx={{ mt: 2 }}>
      <CardContent>
        <Typography variant="h5" component="h1" gutterBottom>
          {translate('app.dashboard.welcome', { name: identity.fullName })}
        </Typography>
        <Typography color="text.secondary">
          {translate('app.dashboard.role', {
            role: translate(`enums.role.${identity.role}`, { _: identity.role }),
          })}
        </Typography>
      </CardContent>
    </Card>
  );
};
