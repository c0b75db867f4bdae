import { Button, Card, CardActions, CardHeader, Typography } from '@mui/material';
import { useId, type ReactNode } from 'react';
import {
  DataTable,
  Link,
  ListContextProvider,
  ResourceContextProvider,
  useTranslate,
  type ListControllerResult,
} from 'react-admin';
import { listPath } from '../../common/listPath';
import { RowReferences } from '../../common/RowReferences';
import type { HomeListQuery } from './useHomeList';

interface HomeSectionProps {
  /** Message key of the section's heading. */
  title: string;
  query: HomeListQuery;
  list: ListControllerResult;
  /** The records the rows point to (`{ customerId: 'customers' }`), fetched once for the list. */
  references?: Readonly<Record<string, string>>;
  /** Beside the heading: what is most urgent among them. */
  urgent?: ReactNode;
  /** The DataTable columns. */
  children: ReactNode;
}

const NONE = {};

/** A titled list of a home page: how many records wait, the most urgent ones, and "see all". */
export const HomeSection = ({
  title,
  query,
  list,
  references = NONE,
  urgent,
  children,
}: HomeSectionProps) => {
  const translate = useTranslate();
  const headingId = useId();
  return (
    <Card component="section" aria-labelledby={headingId}>
      <CardHeader
        title={translate(title)}
        subheader={
          list.total === undefined ? null : translate('app.home.to_handle', { count: list.total })
        }
        action={urgent}
        slotProps={{
          title: { id: headingId, component: 'h3', variant: 'h6' },
          subheader: { color: 'text.secondary' },
        }}
      />
      <ResourceContextProvider value={query.resource}>
        <ListContextProvider value={list}>
          <RowReferences fields={references}>
            <DataTable
              bulkActionButtons={false}
              rowClick="show"
              empty={<Typography sx={{ px: 2 }}>{translate('app.home.nothing')}</Typography>}
            >
              {children}
            </DataTable>
          </RowReferences>
        </ListContextProvider>
      </ResourceContextProvider>
      <CardActions>
        <Button component={Link} to={listPath(query.resource, query.filter, query.sort)}>
          {translate('app.home.see_all')}
        </Button>
      </CardActions>
    </Card>
  );
};
