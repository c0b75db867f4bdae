import { UserMenu, useGetIdentity } from 'react-admin';

/** The user menu button is named after the staff member it shows, as screen readers expect. */
export const AppUserMenu = () => {
  const { identity } = useGetIdentity();
  return <UserMenu label={identity?.fullName ?? 'ra.auth.user_menu'} />;
};
