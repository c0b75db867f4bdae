import {
  BooleanInput,
  DateInput,
  SearchInput,
  SelectArrayInput,
  SelectInput,
  TextInput,
} from 'react-admin';
import { enumChoices } from '../common/enums';
import { EurosFilterInput } from '../common/EurosFilterInput';
import { statusesOf } from '../common/stages';
import { CARRIERS } from '../domain/carriers';
import { DELIVERY_MODES, ORDER_STATUSES, PAYMENT_METHODS } from '../domain/types';

/** The tabs set one status; a KPI's list may name several, shown here beside its dates. */
export const orderFilters = [
  <SearchInput key="q" source="q" alwaysOn />,
  <SelectArrayInput
    key="status"
    source="status"
    choices={enumChoices('orderStatus', ORDER_STATUSES)}
    format={statusesOf}
  />,
  <BooleanInput key="late" source="late" label="app.orders.filters.late" defaultValue />,
  <SelectInput
    key="delivery.mode"
    source="delivery.mode"
    choices={enumChoices('deliveryMode', DELIVERY_MODES)}
  />,
  <SelectInput
    key="delivery.carrier"
    source="delivery.carrier"
    choices={CARRIERS.map((carrier) => ({ id: carrier, name: carrier }))}
  />,
  <SelectInput
    key="payment.method"
    source="payment.method"
    choices={enumChoices('paymentMethod', PAYMENT_METHODS)}
  />,
  <TextInput key="promoCode" source="promoCode" parse={(code: string) => code.toUpperCase()} />,
  <BooleanInput key="salesPeriod" source="salesPeriod" defaultValue />,
  <DateInput key="placedAt_gte" source="placedAt_gte" label="app.orders.filters.placed_from" />,
  <DateInput key="placedAt_lte" source="placedAt_lte" label="app.orders.filters.placed_until" />,
  <DateInput
    key="deliveredAt_gte"
    source="deliveredAt_gte"
    label="app.orders.filters.delivered_from"
  />,
  <DateInput
    key="deliveredAt_lte"
    source="deliveredAt_lte"
    label="app.orders.filters.delivered_until"
  />,
  <EurosFilterInput
    key="totalCents_gte"
    source="totalCents_gte"
    label="app.orders.filters.total_from"
  />,
  <EurosFilterInput
    key="totalCents_lte"
    source="totalCents_lte"
    label="app.orders.filters.total_until"
  />,
];
