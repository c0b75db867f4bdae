import { Table, TableBody, TableCell, TableHead, TableRow, TableContainer } from '@mui/material';
import { useTranslate } from 'react-admin';
import { useFormat } from '../../common/useFormat';
import { priceChangedBy } from '../../domain/products';
import type { Product } from '../../domain/types';

interface PriceChangePreviewProps {
  products: readonly Product[];
  percent: number;
}

/** Each selected product's prices before and after the change, to check before confirming. */
export const PriceChangePreview = ({ products, percent }: PriceChangePreviewProps) => {
  const translate = useTranslate();
  const { euros } = useFormat();
  const amount = (cents: number | null) => (cents === null ? '—' : euros(cents));
  return (
    <TableContainer sx={{ maxHeight: 320 }}>
      <Table size="small" stickyHeader aria-label={translate('app.products.bulk.price.preview')}>
        <TableHead>
          <TableRow>
            <TableCell>{translate('resources.products.fields.reference')}</TableCell>
            <TableCell align="right">{translate('app.products.bulk.price.old_price')}</TableCell>
            <TableCell align="right">{translate('app.products.bulk.price.new_price')}</TableCell>
            <TableCell align="right">{translate('app.products.bulk.price.old_sale')}</TableCell>
            <TableCell align="right">{translate('app.products.bulk.price.new_sale')}</TableCell>
          </TableRow>
        </TableHead>
        <TableBody>
          {products.map((product) => {
            const changed = priceChangedBy(product, percent);
            return (
              <TableRow key={product.id}>
                <TableCell>{product.reference}</TableCell>
                <TableCell align="right">{amount(product.priceCents)}</TableCell>
                <TableCell align="right">{amount(changed.priceCents)}</TableCell>
                <TableCell align="right">{amount(product.salePriceCents)}</TableCell>
                <TableCell align="right">{amount(changed.salePriceCents)}</TableCell>
              </TableRow>
            );
          })}
        </TableBody>
      </Table>
    </TableContainer>
  );
};
