import type { Messages } from '../providers/i18n/fr';

/** The name of a translated enumeration: its values are under `enums.<name>.<value>`. */
export type EnumName = keyof Messages['enums'];

export const enumKey = (name: EnumName, value: string) => `enums.${name}.${value}`;

/** Choices for SelectInput and SelectField: react-admin translates their names. */
export const enumChoices = (name: EnumName, values: readonly string[]) =>
  values.map((id) => ({ id, name: enumKey(name, id) }));

/** The enumeration of the `status` of each resource that has one. */
export const STATUS_ENUMS: Partial<Record<string, EnumName>> = {
  products: 'productStatus',
  'klub-members': 'klubStatus',
  orders: 'orderStatus',
  returns: 'returnStatus',
  'credit-notes': 'creditNoteStatus',
  reservations: 'reservationStatus',
  'contact-requests': 'contactRequestStatus',
};
