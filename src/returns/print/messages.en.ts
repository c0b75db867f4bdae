import type { returnPrintFr } from './messages.fr';

/** Messages of the printable return authorisation, in English: merged into `app.returns.print`. */
export const returnPrintEn: typeof returnPrintFr = {
  brand: 'Kaporal',
  title: 'Return authorisation',
  print: 'Print',
  back: 'Back to the return',
  unknown: 'No return has the id “%{id}”.',
  barcode: 'Barcode of return %{reference}',
  order: 'Order',
  ordered_on: 'Order date',
  customer: 'Customer',
  address: 'Address',
  resolution: 'Chosen resolution',
  fee: 'Return shipping',
  fee_free: 'free (Klub member)',
  lines: 'Returned items',
  line: {
    name: 'Item',
    sku: 'SKU',
    quantity: 'Quantity',
    reason: 'Reason',
  },
  send_to: {
    title: 'Where to send your parcel',
    accepted: 'Accepted: new, unworn items with their tags on, in perfect condition for resale.',
  },
  packing: {
    title: 'Packing your parcel',
    check:
      'Check that every item is new, unworn, still tagged and in perfect condition for resale.',
    enclose: 'Put this printed return authorisation in with the items.',
    pack: 'Pack everything in a bag or box fit for shipping.',
    refund:
      'The refund or credit note follows within 14 days of the parcel reaching our warehouse.',
  },
};
