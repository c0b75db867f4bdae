import type { Customer } from '../domain/types';

/** How staff name a customer: first name, then last name. */
export const customerName = (customer: Pick<Customer, 'firstName' | 'lastName'>) =>
  `${customer.firstName} ${customer.lastName}`;
