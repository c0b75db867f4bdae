import LockIcon from '@mui/icons-material/Lock';
import { Box, Card, CardActions, CardContent, Typography } from '@mui/material';
import { Button, Title, usePermissions, useTranslate } from 'react-admin';

/** Where react-admin sends a role that opens a page it may not: says so in the UI language. */
export const AccessDenied = () => {
  const translate = useTranslate();
  const { permissions: role, isPending } = usePermissions<string | undefined>();
  if (isPending) return null;
  return (
    <Box sx={{ display: 'flex', justifyContent: 'center', mt: 6 }}>
      <Title title="app.access_denied.title" />
      <Card sx={{ maxWidth: 480 }}>
        <CardContent sx={{ textAlign: 'center' }}>
          <LockIcon color="error" sx={{ fontSize: 64 }} />
          <Typography variant="h5" component="h1" gutterBottom>
            {translate('app.access_denied.title')}
          </Typography>
          <Typography>
            {translate('app.access_denied.message', {
              role: translate(`enums.role.${role}`, { _: role ?? '' }),
            })}
          </Typography>
        </CardContent>
        <CardActions sx={{ justifyContent: 'center' }}>
          <Button to="/" variant="contained" label="app.access_denied.back" />
        </CardActions>
      </Card>
    </Box>
  );
};
