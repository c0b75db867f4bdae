import { Button, Stack } from '@mui/material';
import { useCanAccess, useGetIdentity, useListContext, useTranslate } from 'react-admin';

type QuickFilter = 'mine' | 'unassigned';

/**
 * "My requests" and "unassigned", one click each: the two views support works from. Each replaces
 * the other and the assignee filter; a second click removes it.
 */
export const AssigneeQuickFilters = () => {
  const translate = useTranslate();
  const { identity } = useGetIdentity();
  const { canAccess: answers } = useCanAccess({ resource: 'contact-requests', action: 'edit' });
  const { filterValues, displayedFilters, setFilters } = useListContext();
  const active: Record<QuickFilter, boolean> = {
    mine: identity !== undefined && filterValues.assigneeId === identity.id,
    unassigned: filterValues.unassigned === true,
  };
  const toggle = (filter: QuickFilter) => {
    const { assigneeId: _assignee, unassigned: _unassigned, ...others } = filterValues;
    if (active[filter]) return setFilters(others, displayedFilters);
    const chosen = filter === 'mine' ? { assigneeId: identity?.id } : { unassigned: true };
    setFilters({ ...others, ...chosen }, displayedFilters);
  };
  const shown: QuickFilter[] = answers && identity ? ['mine', 'unassigned'] : ['unassigned'];
  return (
    <Stack
      direction="row"
      spacing={1}
      role="group"
      aria-label={translate('app.contact_requests.quick_filters.label')}
      sx={{ px: 2, pt: 1 }}
    >
      {shown.map((filter) => (
        <Button
          key={filter}
          size="small"
          variant={active[filter] ? 'contained' : 'outlined'}
          aria-pressed={active[filter]}
          onClick={() => toggle(filter)}
        >
          {translate(`app.contact_requests.quick_filters.${filter}`)}
        </Button>
      ))}
    </Stack>
  );
};
