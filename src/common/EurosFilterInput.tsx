import { NumberInput, type NumberInputProps } from 'react-admin';

const toCents = (euros: string) => (euros === '' ? '' : Math.round(Number(euros) * 100));
const toEuros = (cents: unknown) => (typeof cents === 'number' ? cents / 100 : '');

/** A bound on an amount, typed in euros and filtered in cents. */
export const EurosFilterInput = (props: NumberInputProps) => (
  <NumberInput parse={toCents} format={toEuros} {...props} />
);
