import { BooleanInput, DateInput, SearchInput, SelectInput } from 'react-admin';
import { enumChoices } from '../common/enums';
import { RESOLUTIONS, RETURN_STATUSES } from '../domain/types';

/** Dates are Paris days: the server reads a bare date as the whole day in Paris. */
export const returnFilters = [
  <SearchInput key="q" source="q" alwaysOn />,
  <SelectInput
    key="status"
    source="status"
    choices={enumChoices('returnStatus', RETURN_STATUSES)}
  />,
  <SelectInput
    key="resolution"
    source="resolution"
    choices={enumChoices('resolution', RESOLUTIONS)}
  />,
  <BooleanInput key="overdue" source="overdue" defaultValue />,
  <DateInput key="requestedAt_gte" source="requestedAt_gte" />,
  <DateInput key="requestedAt_lte" source="requestedAt_lte" />,
];
