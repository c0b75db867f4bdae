import { Stack, Typography } from '@mui/material';
import {
  maxValue,
  minValue,
  NumberInput,
  required,
  SelectInput,
  useTranslate,
  type Validator,
} from 'react-admin';
import { enumChoices } from '../../common/enums';
import { RETURN_REASONS, type OrderLine } from '../../domain/types';

/** A reason is needed for each item returned, and only for those. */
const reasonOfReturnedItem: Validator = (value, values, props) => {
  const index = Number(props?.source?.split('.')[1]);
  const quantity = values?.lines?.[index]?.quantity ?? 0;
  return quantity > 0 ? required()(value, values) : undefined;
};

interface ReturnLinesInputProps {
  /** The order's lines that can still be returned, with what remains of each. */
  offered: readonly { line: OrderLine; remaining: number }[];
}

/** One row per sku that can still be returned: how many, and why. */
export const ReturnLinesInput = ({ offered }: ReturnLinesInputProps) => {
  const translate = useTranslate();
  return (
    <Stack spacing={1} sx={{ width: '100%' }}>
      <Typography variant="subtitle1" component="h2">
        {translate('app.returns.create.lines')}
      </Typography>
      {offered.map(({ line, remaining }, index) => (
        <Stack
          key={line.sku}
          direction={{ xs: 'column', md: 'row' }}
          spacing={2}
          sx={{ alignItems: { md: 'center' } }}
        >
          <Typography sx={{ minWidth: 260 }}>
            {line.name} — {line.size} / {line.colour} ({line.sku})
            <Typography component="span" display="block" variant="body2" color="text.secondary">
              {translate('app.returns.create.remaining', { count: remaining })}
            </Typography>
          </Typography>
          <NumberInput
            source={`lines.${index}.quantity`}
            label="app.returns.create.quantity"
            min={0}
            max={remaining}
            step={1}
            validate={[minValue(0), maxValue(remaining)]}
            helperText={false}
          />
          <SelectInput
            source={`lines.${index}.reason`}
            label="app.returns.create.reason"
            choices={enumChoices('returnReason', RETURN_REASONS)}
            validate={reasonOfReturnedItem}
            helperText={false}
          />
        </Stack>
      ))}
    </Stack>
  );
};
