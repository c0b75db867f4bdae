import {
  BooleanInput,
  DateInput,
  ReferenceInput,
  SearchInput,
  SelectArrayInput,
  SelectInput,
} from 'react-admin';
import { enumChoices } from '../common/enums';
import { statusesOf } from '../common/stages';
import { CONTACT_CHANNELS, CONTACT_REASONS, CONTACT_REQUEST_STATUSES } from '../domain/types';

/** The staff who answer requests: only they can be assigned one. */
const ASSIGNABLE = { role: ['support', 'admin'] };

/** Dates are Paris days: the server reads a bare date as the whole day in Paris. */
export const contactRequestFilters = [
  <SearchInput key="q" source="q" alwaysOn />,
  <SelectInput
    key="reason"
    source="reason"
    choices={enumChoices('contactReason', CONTACT_REASONS)}
  />,
  <SelectInput
    key="channel"
    source="channel"
    choices={enumChoices('contactChannel', CONTACT_CHANNELS)}
  />,
  <ReferenceInput
    key="assigneeId"
    source="assigneeId"
    reference="users"
    filter={ASSIGNABLE}
    sort={{ field: 'fullName', order: 'ASC' }}
    perPage={100}
  >
    <SelectInput optionText="fullName" />
  </ReferenceInput>,
  <BooleanInput key="unassigned" source="unassigned" defaultValue />,
  <BooleanInput key="overdue" source="overdue" defaultValue />,
  <SelectArrayInput
    key="status"
    source="status"
    choices={enumChoices('contactRequestStatus', CONTACT_REQUEST_STATUSES)}
    format={statusesOf}
  />,
  <DateInput key="receivedAt_gte" source="receivedAt_gte" />,
  <DateInput key="receivedAt_lte" source="receivedAt_lte" />,
];
