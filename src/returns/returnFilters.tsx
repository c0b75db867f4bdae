import { BooleanInput, DateInput, SearchInput, SelectArrayInput, SelectInput } from 'react-admin';
import { enumChoices } from '../common/enums';
import { statusesOf } from '../common/stages';
import { RESOLUTIONS, RETURN_STATUSES } from '../domain/types';

/**
 * Dates are Paris days: the server reads a bare date as the whole day in Paris. Statuses are
 * several: a stage or a KPI's list may name more than one.
 */
export const returnFilters = [
  <SearchInput key="q" source="q" alwaysOn />,
  <SelectArrayInput
    key="status"
    source="status"
    choices={enumChoices('returnStatus', RETURN_STATUSES)}
    format={statusesOf}
  />,
  <SelectInput
    key="resolution"
    source="resolution"
    choices={enumChoices('resolution', RESOLUTIONS)}
  />,
  <BooleanInput key="overdue" source="overdue" defaultValue />,
  <DateInput key="requestedAt_gte" source="requestedAt_gte" />,
  <DateInput key="requestedAt_lte" source="requestedAt_lte" />,
  <DateInput
    key="refundedAt_gte"
    source="refundedAt_gte"
    label="app.returns.filters.refunded_from"
  />,
  <DateInput
    key="refundedAt_lte"
    source="refundedAt_lte"
    label="app.returns.filters.refunded_until"
  />,
];
