import type { productsFr } from './products.fr';

/** Messages of the products pages, in English: merged into `app.products`. */
export const productsEn: typeof productsFr = {
  list: {
    thumbnail: 'Photo',
    total_stock: 'Total stock',
  },
  filters: {
    q_placeholder: 'Name, reference, SKU or EAN',
    collection_help: 'For example AH26',
    price_from: 'Price from (€)',
    price_until: 'Price up to (€)',
    stock_state: 'Stock',
  },
  price: {
    was: 'instead of %{price}',
  },
  no_image: 'No image yet',
  tabs: {
    general: 'General',
    variants: 'Variants',
    images: 'Images',
    history: 'History',
  },
  form: {
    collection_help: 'Season: AH for autumn-winter, PE for spring-summer, and the year (AH26).',
    sale_help: 'Leave empty outside sales; otherwise lower than the price.',
    images_help: 'The address of each image; the first one is the main photo.',
    image_url: 'Image address',
    add_image: 'Add an image',
    add_variant: 'Add a variant',
    image_alt: 'Image %{position}',
  },
  generator: {
    title: 'Generate the variants',
    sizes: 'Sizes',
    colours: 'Colours',
    generate: 'Generate %{smart_count} row |||| Generate %{smart_count} rows',
    help: 'Existing rows keep their stock and EAN; the others get a suggested SKU that no other product has.',
  },
  validation: {
    ean_digits: 'An EAN-13 holds digits only.',
    ean_length: 'An EAN-13 has 13 digits (%{count} typed).',
    ean_checksum:
      'Wrong check digit: the last digit should be %{expected}, not %{digit}. Check the code.',
    price_positive: 'The price must be more than €0.',
    sale_positive: 'The sale price must be more than €0.',
    sale_below_price: 'The sale price must be lower than the price.',
    stock_not_negative: 'Stock cannot be negative.',
  },
  publish: {
    button: 'Publish',
    blocked: 'Cannot publish yet: it lacks %{missing}.',
    no_image: 'an image',
    no_variant: 'a variant',
  },
  archive: 'Archive',
  delete: {
    title: 'Delete %{product}?',
    confirm: 'Deleting is final. A product already ordered can only be archived.',
    refused:
      '%{reason} Archived, it can no longer be ordered or reserved, and stays in the history.',
    archive_instead: 'Archive instead',
    done: 'Product %{product} deleted.',
    archived: 'Product %{product} archived.',
  },
  bulk: {
    published: 'Publish',
    archived: 'Archive',
    already: {
      published: 'Already published.',
      archived: 'Already archived.',
    },
    price: {
      button: 'Change the price',
      title:
        'Change the price of %{smart_count} product |||| Change the price of %{smart_count} products',
      percent: 'Change in %',
      percent_help: 'For example -10 to lower by 10%, between %{min} and %{max}.',
      preview: 'Prices before and after',
      old_price: 'Current price',
      new_price: 'New price',
      old_sale: 'Current sale price',
      new_sale: 'New sale price',
      apply: 'Apply to %{smart_count} product |||| Apply to the %{smart_count} products',
    },
    outcome: {
      title: 'Outcome',
      summary: '%{changed} changed, %{unchanged} already up to date, %{refused} refused.',
      unchanged: '%{product}: unchanged',
      refused: '%{product}: refused',
    },
  },
};
