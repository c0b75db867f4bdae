import { maxLength, required } from 'react-admin';
import { ean13CheckDigit, isValidEan13 } from '../../domain/ean';
import { salePriceProblem } from '../../domain/products';

/** An EAN-13 as it is typed: thirteen digits whose last one is the check digit of the others. */
export function eanAsTyped(ean: string | undefined) {
  const code = (ean ?? '').trim();
  if (!/^\d*$/.test(code)) return 'app.products.validation.ean_digits';
  if (code.length !== 13) {
    return { message: 'app.products.validation.ean_length', args: { count: code.length } };
  }
  if (!isValidEan13(code)) {
    return {
      message: 'app.products.validation.ean_checksum',
      args: { digit: code[12], expected: ean13CheckDigit(code.slice(0, 12)) },
    };
  }
  return undefined;
}

const pricePositive = (cents: unknown) =>
  typeof cents === 'number' && cents <= 0 ? 'app.products.validation.price_positive' : undefined;

const SALE_MESSAGES = {
  not_positive: 'app.products.validation.sale_positive',
  not_below_price: 'app.products.validation.sale_below_price',
} as const;

const validSalePrice = (sale: unknown, values: { priceCents?: unknown }) => {
  if (typeof sale !== 'number' || typeof values.priceCents !== 'number') return undefined;
  const problem = salePriceProblem(values.priceCents, sale);
  return problem ? SALE_MESSAGES[problem] : undefined;
};

const stockNotNegative = (stock: unknown) =>
  typeof stock === 'number' && stock < 0 ? 'app.products.validation.stock_not_negative' : undefined;

/** The same limits as the server, said before the save. */
export const validate = {
  name: [required(), maxLength(120)],
  description: [maxLength(5000)],
  collection: [required(), maxLength(10)],
  priceCents: [required(), pricePositive],
  salePriceCents: [validSalePrice],
  sku: [required(), maxLength(60)],
  size: [required(), maxLength(20)],
  colour: [required(), maxLength(40)],
  ean13: [required(), eanAsTyped],
  stock: [required(), stockNotNegative],
  image: [required(), maxLength(500)],
};
