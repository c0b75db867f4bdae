import CheckroomIcon from '@mui/icons-material/Checkroom';
import { Typography } from '@mui/material';
import { Login, LoginForm, PasswordInput, required, TextInput, useTranslate } from 'react-admin';

const requiredField = required();

/** Staff sign in with their e-mail address; the auth provider sends it as `email`. */
export const LoginPage = () => {
  const translate = useTranslate();
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
