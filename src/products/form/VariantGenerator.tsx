import AutoAwesome from '@mui/icons-material/AutoAwesome';
import { Autocomplete, Button, Stack, TextField, Typography } from '@mui/material';
import { useState } from 'react';
import { useFormContext, useWatch } from 'react-hook-form';
import { useNotify, useRecordContext, useTranslate } from 'react-admin';
import { skuBase, variantGrid } from '../../domain/products';
import { coloursFor, sizesFor } from '../../domain/sizes';
import type { Category, Department, Product, Variant } from '../../domain/types';
import { useTakenSkus } from './useTakenSkus';

const unique = (values: readonly string[]) => [...new Set(values)];

interface PickerProps {
  label: string;
  options: readonly string[];
  value: string[];
  onChange: (value: string[]) => void;
}

/** Several values from a list, or typed when the list lacks one (a size outside the chart). */
const Picker = ({ label, options, value, onChange }: PickerProps) => (
  <Autocomplete
    multiple
    freeSolo
    options={options as string[]}
    value={value}
    onChange={(_, picked) => onChange(unique(picked.map((v) => v.trim()).filter(Boolean)))}
    renderInput={(params) => <TextField {...params} label={label} />}
    sx={{ minWidth: 280, flex: 1 }}
  />
);

/**
 * Sizes and colours picked make one row per pair: rows already there keep their stock and EAN,
 * new rows get the suggested SKU, one that no other product has; the merchandiser then types
 * each EAN and stock.
 */
export const VariantGenerator = () => {
  const translate = useTranslate();
  const notify = useNotify();
  const record = useRecordContext<Product>();
  const takenSkus = useTakenSkus();
  const { getValues, setValue } = useFormContext();
  const [variants = [], category, department, name] = useWatch({
    name: ['variants', 'category', 'department', 'name'],
  }) as [Variant[] | undefined, Category | undefined, Department | undefined, string];
  const [sizes, setSizes] = useState(() => unique(variants.map((v) => v.size)));
  const [colours, setColours] = useState(() => unique(variants.map((v) => v.colour)));
  const [generating, setGenerating] = useState(false);

  const generate = async () => {
    const base = skuBase({ reference: record?.reference, department, name });
    setGenerating(true);
    try {
      const taken = await takenSkus(base);
      const grid = variantGrid(base, sizes, colours, getValues('variants') ?? [], taken);
      setValue('variants', grid, { shouldDirty: true, shouldValidate: true });
    } catch {
      notify('ra.notification.http_error', { type: 'error' });
    } finally {
      setGenerating(false);
    }
  };

  const rows = sizes.length * colours.length;
  return (
    <Stack spacing={1} sx={{ width: '100%', mb: 2 }}>
      <Typography variant="subtitle2" component="h2">
        {translate('app.products.generator.title')}
      </Typography>
      <Stack direction={{ xs: 'column', md: 'row' }} spacing={2}>
        <Picker
          label={translate('app.products.generator.sizes')}
          options={category && department ? sizesFor(category, department) : []}
          value={sizes}
          onChange={setSizes}
        />
        <Picker
          label={translate('app.products.generator.colours')}
          options={category ? coloursFor(category) : []}
          value={colours}
          onChange={setColours}
        />
      </Stack>
      <Stack direction="row" spacing={2} alignItems="center">
        <Button
          variant="outlined"
          startIcon={<AutoAwesome />}
          onClick={generate}
          disabled={!rows || generating}
        >
          {translate('app.products.generator.generate', { smart_count: rows })}
        </Button>
        <Typography variant="body2" color="text.secondary">
          {translate('app.products.generator.help')}
        </Typography>
      </Stack>
    </Stack>
  );
};
