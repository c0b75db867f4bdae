import { CircularProgress } from '@mui/material';
import {
  LocalesMenuButton,
  RefreshIconButton,
  ToggleThemeButton,
  useLoading,
  useTranslate,
} from 'react-admin';

/** While data loads, a spinner named for screen readers stands where the refresh button is. */
const LoadingOrRefresh = () => {
  const loading = useLoading();
  const translate = useTranslate();
  if (!loading) return <RefreshIconButton />;
  return (
    <CircularProgress
      aria-label={translate('ra.page.loading')}
      color="inherit"
      size={18}
      thickness={5}
      sx={{ mx: 1.5 }}
    />
  );
};

export const AppToolbar = () => (
  <>
    <LocalesMenuButton />
    <ToggleThemeButton />
    <LoadingOrRefresh />
  </>
);
