import type { SortPayload } from 'react-admin';

/** The react-admin list of a resource, filtered (and ordered): what a figure counts, one by one. */
export const listPath = (resource: string, filter: Record<string, unknown>, sort?: SortPayload) =>
  `/${resource}?${new URLSearchParams({
    filter: JSON.stringify(filter),
    ...(sort && { sort: sort.field, order: sort.order }),
  })}`;
