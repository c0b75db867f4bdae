import type { reservationsFr } from './reservations.fr';

/** Messages of the reservations pages, in English: merged into `app.reservations`. */
export const reservationsEn: typeof reservationsFr = {
  tabs: {
    label: 'Reservation stages',
    to_confirm: 'To confirm',
    to_collect: 'To collect',
    closed: 'Closed',
  },
  filters: {
    confirmed_from: 'Confirmed from',
    confirmed_until: 'Confirmed until',
  },
  clock: {
    column: 'Time',
    confirmBy: {
      left: '%{duration} left',
      late: '%{duration} late',
    },
    holdUntil: {
      left: 'Held %{duration} more',
      late: 'Hold ended %{duration} ago',
    },
    days_hours: '%{days} d %{hours} h',
    hours_minutes: '%{hours} h %{minutes} min',
    minutes: '%{minutes} min',
  },
  item: {
    column: 'Item',
    variant: 'Size %{size} · %{colour} |||| Size %{size} · %{colour} · %{smart_count} items',
  },
  sections: {
    promise: 'Confirmation within 2 hours',
    hold: '2-day hold',
  },
  promise: {
    confirm_by: 'To confirm by %{date}',
    kept: 'Confirmed on %{date}: 2-hour promise kept.',
    missed: 'Confirmed on %{date}: 2-hour promise missed.',
  },
  hold: {
    until: 'Held in store until %{date}',
    ended: 'The hold ended on %{date}: the reservation can no longer be collected.',
    collected: 'Collected on %{date}',
    expired: 'Not collected before the hold ended: the reservation expired.',
    expired_by: 'Moved to “Expired” on %{date} by %{who}, with no action from the team.',
    cancelled: 'Cancelled during the hold.',
  },
  actions: {
    confirm_title: 'Confirm reservation %{reference}?',
    confirm_content:
      'The item will be held in store until %{date}. Let the customer know (%{channel}).',
  },
  store: {
    title: 'Reservations in this store',
  },
  product: {
    held: 'Held in stores',
    reservations: 'Reservations',
    units: 'Items',
    none: 'No item held at the moment.',
    not_reservable: 'This product is not published: it cannot be reserved.',
  },
};
