import { Chip } from '@mui/material';
import { Link, useTranslate } from 'react-admin';
import { listPath } from '../../common/listPath';
import type { HomeListQuery } from './useHomeList';

/** How many requests to answer are past their reply promise, as a link to them; nothing if none. */
export const OverdueContactRequests = ({
  query,
  total,
}: {
  query: HomeListQuery;
  total: number | undefined;
}) => {
  const translate = useTranslate();
  if (!total) return null;
  return (
    <Chip
      component={Link}
      to={listPath(query.resource, query.filter, query.sort)}
      clickable
      color="error"
      label={translate('app.home.support.overdue_requests', { count: total })}
    />
  );
};
