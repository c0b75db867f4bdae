import type { ordersFr } from './orders.fr';

/** Messages of the orders pages, in English: merged into `app.orders`. */
export const ordersEn: typeof ordersFr = {
  tabs: {
    label: 'Order statuses',
    placed: 'To ship',
    shipped: 'Shipped',
    delivered: 'Delivered',
    refused: 'Refused',
    cancelled: 'Cancelled',
  },
  late: '%{smart_count} day late |||| %{smart_count} days late',
  late_today: 'Promise broken today',
  late_column: 'Late',
  filters: {
    late: 'Late',
    placed_from: 'Placed from',
    placed_until: 'Placed until',
    total_from: 'Total from (€)',
    total_until: 'Total up to (€)',
  },
  totals: {
    title: 'Amounts',
    subtotal: 'Subtotal',
    discount: 'Discount (code %{code})',
    shipping: 'Shipping',
    total: 'Total',
  },
  payment: {
    title: 'Payment',
    method: 'Payment method',
    credit_note: 'Credit note %{reference}',
    charged: 'Charged to %{method}',
    captured_on: 'Charged on %{date}',
    authorised: 'Authorised, not charged yet: the charge happens at shipment.',
    refused: 'Order refused: nothing was charged.',
    cancelled: 'Order cancelled before shipment: nothing was charged.',
  },
  delivery: {
    title: 'Delivery',
    promised: 'Delivery promised by %{date}',
    track: 'Track parcel %{number} with %{carrier}',
    relay: 'Relay point: %{name}',
  },
  ship: {
    button: 'Ship',
    title: 'Ship order %{reference}',
    help: 'The payment is charged at shipment, once.',
    carrier: 'Carrier',
    tracking: 'Tracking number',
    tracking_required: 'Type the parcel’s tracking number.',
    confirm: 'Ship and charge',
    cancel: 'Cancel',
    done: 'Order shipped: %{amount} charged.',
  },
};
