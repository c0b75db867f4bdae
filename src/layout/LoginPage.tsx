import CheckroomIcon from '@mui/icons-material/Checkroom';
import { Typography } from '@mui/material';
import { useEffect } from 'react';
import { Login, LoginForm, PasswordInput, required, TextInput, useTranslate } from 'react-admin';
import { prefetchPages } from '../pages';

const requiredField = required();

/** Staff sign in with their e-mail address; the auth provider sends it as `email`. */
export const LoginPage = () => {
  const translate = useTranslate();
  // Every role lands on the home page: its script loads while the form is filled in.
  useEffect(() => prefetchPages(['/']), []);
  return (
    <Login avatarIcon={<CheckroomIcon />}>
      <Typography variant="h6" component="h1" align="center" sx={{ mt: 1 }}>
        {translate('app.title')}
      </Typography>
      <LoginForm>
        <TextInput
          autoFocus
          source="username"
          type="email"
          label="app.login.email"
          autoComplete="username"
          validate={requiredField}
        />
        <PasswordInput
          source="password"
          label="ra.auth.password"
          autoComplete="current-password"
          validate={requiredField}
        />
      </LoginForm>
    </Login>
  );
};
