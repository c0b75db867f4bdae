import { Chip, Stack, Typography } from '@mui/material';
import { useRecordContext, useTranslate } from 'react-admin';
import { enumKey } from '../../common/enums';
import { stockState, totalStock } from '../../domain/products';
import type { Product } from '../../domain/types';

const TONE = { in_stock: undefined, low: 'warning', out: 'error' } as const;

/** The units of every variant together, flagged when low or sold out. */
export const StockField = () => {
  const product = useRecordContext<Product>();
  const translate = useTranslate();
  if (!product) return null;
  const state = stockState(product);
  const tone = TONE[state];
  return (
    <Stack direction="row" spacing={1} alignItems="center" justifyContent="flex-end">
      <Typography variant="body2">{totalStock(product)}</Typography>
      {tone && <Chip size="small" color={tone} label={translate(enumKey('stockState', state))} />}
    </Stack>
  );
};
