import { Box, Typography } from '@mui/material';
import { useRecordContext, useTranslate } from 'react-admin';
import { useFormat } from '../../common/useFormat';
import type { Product } from '../../domain/types';

/** The price a customer pays: a sale price comes with the original struck through. */
export const PriceField = () => {
  const product = useRecordContext<Product>();
  const translate = useTranslate();
  const { euros } = useFormat();
  if (!product) return null;
  const { priceCents, salePriceCents } = product;
  if (salePriceCents === null) {
    return <Typography variant="body2">{euros(priceCents)}</Typography>;
  }
  return (
    <Box component="span" sx={{ display: 'inline-flex', gap: 1, whiteSpace: 'nowrap' }}>
      <Typography component="span" variant="body2" color="error" fontWeight="bold">
        {euros(salePriceCents)}
      </Typography>
      <Typography
        component="del"
        variant="body2"
        color="text.secondary"
        aria-label={translate('app.products.price.was', { price: euros(priceCents) })}
      >
        {euros(priceCents)}
      </Typography>
    </Box>
  );
};
