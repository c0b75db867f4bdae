import { Menu as RaMenu } from 'react-admin';
import { MENU_GROUPS } from './menuGroups';
import { MenuGroup } from './MenuGroup';

export const Menu = () => (
  <RaMenu>
    {MENU_GROUPS.map((group) => (
      <MenuGroup key={group.name} {...group} />
    ))}
  </RaMenu>
);
