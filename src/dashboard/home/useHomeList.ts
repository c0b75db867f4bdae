import { useListController, type SortPayload } from 'react-admin';

export interface HomeListQuery {
  resource: string;
  filter: Record<string, unknown>;
  sort: SortPayload;
}

/** The first rows of a filtered list, independent of the URL: what a home section shows. */
export const useHomeList = ({ resource, filter, sort }: HomeListQuery) =>
  useListController({
    resource,
    filter,
    sort,
    perPage: 10,
    disableSyncWithLocation: true,
    storeKey: false,
  });
