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
import { RESERVATION_CHANNELS, RESERVATION_STATUSES } from '../domain/types';

/** Dates are Paris days: the server reads a bare date as the whole day in Paris. */
export const reservationFilters = [
  <SearchInput key="q" source="q" alwaysOn />,
  <ReferenceInput
    key="storeId"
    source="storeId"
    reference="stores"
    sort={{ field: 'name', order: 'ASC' }}
    perPage={100}
  >
    <SelectInput optionText="name" />
  </ReferenceInput>,
  <SelectArrayInput
    key="status"
    source="status"
    choices={enumChoices('reservationStatus', RESERVATION_STATUSES)}
    format={statusesOf}
  />,
  <SelectInput
    key="channel"
    source="channel"
    choices={enumChoices('reservationChannel', RESERVATION_CHANNELS)}
  />,
  <BooleanInput key="promiseMissed" source="promiseMissed" defaultValue />,
  <DateInput key="requestedAt_gte" source="requestedAt_gte" />,
  <DateInput key="requestedAt_lte" source="requestedAt_lte" />,
  <DateInput
    key="confirmedAt_gte"
    source="confirmedAt_gte"
    label="app.reservations.filters.confirmed_from"
  />,
  <DateInput
    key="confirmedAt_lte"
    source="confirmedAt_lte"
    label="app.reservations.filters.confirmed_until"
  />,
];
