import type { contactRequestsFr } from './contactRequests.fr';

/** Messages of the customer-requests inbox, in English: merged into `app.contact_requests`. */
export const contactRequestsEn: typeof contactRequestsFr = {
  tabs: {
    label: 'Request stages',
    to_answer: 'To answer',
    waiting_customer: 'Waiting for the customer',
    resolved: 'Resolved',
  },
  quick_filters: {
    label: 'Quick filters',
    mine: 'My requests',
    unassigned: 'Unassigned',
  },
  requester: 'Customer',
  clock: {
    column: 'Reply time',
    minutes: '%{minutes} min',
    hours: '%{hours} h',
    hours_minutes: '%{hours} h %{minutes} min',
    resumes: '%{day} %{hours}:%{mm}',
    left: '%{duration} left (business time)',
    paused: 'Paused — resumes %{when} · %{duration} left (business time)',
    overdue: '%{duration} late',
    overdue_paused: '%{duration} late · paused — resumes %{when}',
    replied: {
      in_time: 'Replied %{date} (in time)',
      late: 'Replied %{date} (late)',
    },
    closed: 'Resolved without a written reply',
  },
  sections: {
    promise: 'Reply within 8 business hours',
    typed: 'What the customer gave',
  },
  promise: {
    due_by: 'Reply by %{date}',
    hours: 'Business hours: Monday to Friday, 8:30 to 17:30 (Paris time).',
  },
  thread: {
    label: 'Request thread',
    logged_by: 'Call from %{customer}, logged by',
    note_label: 'Internal note — never sent',
  },
  reply: {
    label: 'Your reply or note',
    help: 'The reply is added to the request’s thread, addressed to the customer; an internal note stays between colleagues.',
    send: 'Send the reply',
    note: 'Add an internal note',
    reopen_first: 'Reopen the request to reply.',
    conflict:
      'The request changed since you opened it (a reply, a note or a status). Your text is kept: reload it, read the thread again, then send.',
    reload: 'Reload the request',
    done: {
      out: 'Reply recorded in the thread, addressed to the customer.',
      note: 'Internal note added.',
    },
  },
  templates: {
    button: 'Reply templates',
    acknowledgement: 'Acknowledgement',
    order_tracking: 'Parcel tracking',
    order_in_preparation: 'Order being prepared',
    return_procedure: 'Return procedure (no exchanges)',
    credit_balance: 'Credit-note balance',
  },
  actions: {
    assign_to_me: 'Assign to me',
    already_mine: 'This request is already assigned to you.',
    assigned: 'The request is assigned to you.',
  },
  customer: {
    title: 'Customer',
    none: 'No customer account for %{email}.',
    orders: '%{smart_count} order |||| %{smart_count} orders',
    returns: '%{smart_count} return |||| %{smart_count} returns',
    credit_balance: 'Credit-note balance: %{amount}',
    reservations: '%{smart_count} reservation |||| %{smart_count} reservations',
    klub: 'Le Klub:',
  },
  order: {
    title: 'Order',
    placed: 'Placed %{date}',
    delivered: 'Delivered %{date}',
    none_given: 'The customer gave no order.',
    mismatch: 'Reference %{reference} belongs to another customer: check before linking.',
    unknown: 'Unknown order: no order has the reference %{reference}.',
    flag: {
      mismatch: "Another customer's order",
      unknown: 'Unknown order',
    },
  },
  link_order: {
    button: 'Link to another order',
    no_customer: 'No customer account matches the email: no order to link.',
    title: 'Link request %{reference} to an order',
    help: 'This customer’s orders, the newest first.',
    order: 'Order',
    option: '%{reference} — placed %{date} — %{status}',
    confirm: 'Link',
    done: 'The request is linked to the order.',
  },
  goodwill: {
    button: 'Ask for a goodwill credit note',
    no_customer: 'No customer account: a credit note is only issued to a customer.',
    title: 'Ask a manager for a goodwill credit note',
    help: 'Only a manager issues a goodwill credit note. Your request for %{customer} is added to the request as an internal note.',
    amount: 'Amount proposed (€)',
    reason: 'Reason',
    confirm: 'Add the request',
    done: 'Credit-note request added as an internal note.',
  },
  create: {
    title: 'Record a customer request',
    help: 'A call, an email or a social media message: the request is assigned to you. Choosing the customer fills in their details, which you can correct; the request is linked to them by their email.',
    order_reference_help: 'e.g. CMD-26-000123',
    invalid: {
      phone: 'This is not a French number: for example 06 12 34 56 78 or +33 6 12 34 56 78.',
      order_reference: 'This order number is not recognised: it is written like CMD-26-000123.',
      email: 'This email address is not valid.',
    },
  },
};
