/** Messages of choosing a customer or an order in a form, in English: merged into `app.pickers`. */
export const pickersEn = {
  customer: {
    help: 'Name, e-mail, phone or customer number',
    last_order: 'last order on %{date}',
    no_order: 'no order',
  },
  order: {
    owner: 'Customer of the order',
    placed: 'Order %{reference} placed on %{date}: %{status}',
    of_customer: 'Customer’s order',
    of_customer_help: 'Or choose the customer, then one of their delivered orders.',
    delivered_on: '%{reference}, delivered on %{date}',
    not_delivered: '%{reference}: %{status}',
  },
  create_return: {
    label: 'Create a return',
    column: 'Return',
    not_delivered: 'Order not delivered (%{status}): nothing to return',
    window_closed: 'Delivered %{days} days ago, more than 14 days: the return period is over',
    nothing_left: 'Every item is already in a return',
  },
};
