import { memo } from 'react';
import { Menu as RaMenu } from 'react-admin';
import { MENU_GROUPS } from './menuGroups';
import { MenuGroup } from './MenuGroup';

/** Memoised: the layout renders again at every step of a page's loading, the menu need not. */
export const Menu = memo(() => (
  <RaMenu>
    {MENU_GROUPS.map((group) => (
      <MenuGroup key={group.name} {...group} />
    ))}
  </RaMenu>
));
