import type { homeFr } from './home.fr';

export const homeEn: typeof homeFr = {
  title: 'Home',
  see_all: 'See all',
  to_handle: '%{count} to handle',
  nothing: 'Nothing to handle for now.',
  warehouse: {
    title: 'Return reception',
    awaiting: 'Expected returns, oldest first',
  },
  support: {
    title: 'Customer service',
    to_answer: 'Customer requests to answer',
    overdue_requests: '%{count} past the reply promise',
    customer: 'Customer',
    time_to_reply: 'Time to reply',
    overdue_refunds: 'Overdue refunds',
    to_confirm: 'Reservations to confirm',
    delay: 'Delay',
    time_to_confirm: 'Time to confirm',
  },
  merchandiser: {
    title: 'Catalogue health',
    out_of_stock: 'Published products out of stock',
    not_publishable: 'Drafts that cannot be published',
    blockers: 'What is missing',
    blocker: {
      no_image: 'No image',
      no_variant: 'No variant',
    },
  },
};
