import { Typography } from '@mui/material';
import { memo } from 'react';
import { AppBar as RaAppBar, TitlePortal, useTranslate } from 'react-admin';
import { AppToolbar } from './AppToolbar';
import { AppUserMenu } from './AppUserMenu';

/**
 * The app title, the page title, then react-admin's language switch, theme toggle, user menu.
 * Memoised: the layout renders again at every step of a page's loading, the bar has no reason to.
 */
export const AppBar = memo(() => {
  const translate = useTranslate();
  return (
    <RaAppBar color="primary" userMenu={<AppUserMenu />} toolbar={<AppToolbar />}>
      <Typography
        variant="h6"
        component="span"
        sx={{ mr: 3, fontWeight: 700, whiteSpace: 'nowrap', display: { xs: 'none', md: 'block' } }}
      >
        {translate('app.title')}
      </Typography>
      <TitlePortal />
    </RaAppBar>
  );
});
