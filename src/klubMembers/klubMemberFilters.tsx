import { DateInput, SearchInput, SelectInput } from 'react-admin';
import { enumChoices } from '../common/enums';
import { KLUB_KINDS, KLUB_STATUSES } from '../domain/types';

/** `q` reads the member number and the customer's name and e-mail; dates are Paris days. */
export const klubMemberFilters = [
  <SearchInput key="q" source="q" alwaysOn />,
  <SelectInput key="status" source="status" choices={enumChoices('klubStatus', KLUB_STATUSES)} />,
  <SelectInput key="kind" source="kind" choices={enumChoices('klubKind', KLUB_KINDS)} />,
  <DateInput key="joinedAt_gte" source="joinedAt_gte" label="app.klub.filters.joined_from" />,
  <DateInput key="joinedAt_lte" source="joinedAt_lte" label="app.klub.filters.joined_until" />,
];
