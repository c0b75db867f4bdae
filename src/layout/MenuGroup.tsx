import { Box, ListSubheader } from '@mui/material';
import Inventory from '@mui/icons-material/Inventory';
import {
  DashboardMenuItem,
  MenuItemLink,
  ResourceMenuItem,
  useSidebarState,
  useTranslate,
} from 'react-admin';
import { useReadablePages } from '../common/ReadablePages';
import type { MenuGroupDefinition } from './menuGroups';

/** A titled group of the menu, with the items the role may read; nothing when none. */
export const MenuGroup = ({ name, items }: MenuGroupDefinition) => {
  const translate = useTranslate();
  const [open] = useSidebarState();
  const readable = useReadablePages();
  const allowed = items.filter((item) => readable[item]);
  if (allowed.length === 0) return null;
  const label = translate(`app.menu.${name}`);
  return (
    <Box role="group" aria-label={label}>
      {open && (
        <ListSubheader
          component="div"
          aria-hidden
          disableSticky
          sx={{ bgcolor: 'transparent', lineHeight: 2.5, mt: 1 }}
        >
          {label}
        </ListSubheader>
      )}
      {allowed.map((item) =>
        item === 'dashboard' ? (
          <DashboardMenuItem key={item} />
        ) : item === 'reception' ? (
          <MenuItemLink
            key={item}
            to="/reception"
            primaryText={translate('app.returns.reception.menu')}
            leftIcon={<Inventory />}
          />
        ) : (
          <ResourceMenuItem key={item} name={item} />
        ),
      )}
    </Box>
  );
};
