import { BooleanInput, DateInput, SearchInput } from 'react-admin';

/** `q` reads names, e-mail and phone; dates are Paris days, both ends included. */
export const customerFilters = [
  <SearchInput key="q" source="q" alwaysOn />,
  <BooleanInput key="newsletter" source="newsletter" defaultValue />,
  <BooleanInput
    key="klubMember"
    source="klubMember"
    label="app.customers.filters.klub_member"
    defaultValue
  />,
  <BooleanInput
    key="hasCredit"
    source="hasCredit"
    label="app.customers.filters.has_credit"
    defaultValue
  />,
  <DateInput
    key="createdAt_gte"
    source="createdAt_gte"
    label="app.customers.filters.created_from"
  />,
  <DateInput
    key="createdAt_lte"
    source="createdAt_lte"
    label="app.customers.filters.created_until"
  />,
];
