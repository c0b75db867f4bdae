import Percent from '@mui/icons-material/Percent';
import {
  Button as MuiButton,
  Dialog,
  DialogActions,
  DialogContent,
  DialogTitle,
  Stack,
  TextField,
} from '@mui/material';
import { useState } from 'react';
import { Button, useGetMany, useListContext, useTranslate } from 'react-admin';
import { PRICE_CHANGE_RANGE, priceChangedBy } from '../../domain/products';
import type { Product } from '../../domain/types';
import { PriceChangePreview } from './PriceChangePreview';
import { useBulkProductChange } from './useBulkProductChange';

/** A percentage as typed ("-10", "5,5"), or null while it is not one within the bounds. */
function readPercent(text: string): number | null {
  const value = Number(text.trim().replace(',', '.'));
  if (text.trim() === '' || !Number.isFinite(value) || value === 0) return null;
  return value >= PRICE_CHANGE_RANGE.min && value <= PRICE_CHANGE_RANGE.max ? value : null;
}

/** Changes the price of every selected product by a percentage, after a preview of every price. */
export const BulkPriceChangeButton = () => {
  const translate = useTranslate();
  const { selectedIds } = useListContext();
  const { data: selected = [] } = useGetMany<Product>('products', { ids: selectedIds });
  const { run, running } = useBulkProductChange();
  const [open, setOpen] = useState(false);
  const [text, setText] = useState('');
  const percent = readPercent(text);

  const apply = async () => {
    if (percent === null) return;
    setOpen(false);
    await run(selected, (product) => priceChangedBy(product, percent));
    setText('');
  };

  return (
    <>
      <Button label="app.products.bulk.price.button" onClick={() => setOpen(true)}>
        <Percent />
      </Button>
      <Dialog
        open={open}
        onClose={() => setOpen(false)}
        aria-labelledby="price-change-title"
        maxWidth="md"
        fullWidth
      >
        <DialogTitle id="price-change-title">
          {translate('app.products.bulk.price.title', { smart_count: selected.length })}
        </DialogTitle>
        <DialogContent>
          <Stack spacing={2} sx={{ pt: 1 }}>
            <TextField
              autoFocus
              label={translate('app.products.bulk.price.percent')}
              value={text}
              onChange={(event) => setText(event.target.value)}
              inputMode="decimal"
              error={text !== '' && percent === null}
              helperText={translate('app.products.bulk.price.percent_help', PRICE_CHANGE_RANGE)}
            />
            {percent !== null && <PriceChangePreview products={selected} percent={percent} />}
          </Stack>
        </DialogContent>
        <DialogActions>
          <MuiButton onClick={() => setOpen(false)}>{translate('ra.action.cancel')}</MuiButton>
          <MuiButton
            variant="contained"
            onClick={apply}
            disabled={percent === null || running || selected.length !== selectedIds.length}
          >
            {translate('app.products.bulk.price.apply', { smart_count: selected.length })}
          </MuiButton>
        </DialogActions>
      </Dialog>
    </>
  );
};
