import type { customersFr } from './customers.fr';

/** Messages of the customers pages, in English: merged into `app.customers`. */
export const customersEn: typeof customersFr = {
  tabs: {
    profile: 'Profile',
    orders: 'Orders',
    returns: 'Returns',
    credit_notes: 'Credit notes',
    reservations: 'Reservations',
    contact_requests: 'Requests',
    klub: 'Le Klub',
    history: 'History',
  },
  empty: {
    orders: 'No orders.',
    returns: 'No returns.',
    credit_notes: 'No credit notes.',
    reservations: 'No reservations.',
    contact_requests: 'No requests to customer service.',
    klub: 'Has never joined the Klub.',
  },
  filters: {
    klub_member: 'Joined the Klub',
    has_credit: 'With a credit balance',
    created_from: 'Customer since (from)',
    created_until: 'Customer since (until)',
  },
  edit: {
    newsletter_help: 'Customers may unsubscribe at any time: untick to record that they opted out.',
  },
  validation: {
    email_invalid: 'Enter a valid email address, for example claire.martin@example.fr.',
  },
};
