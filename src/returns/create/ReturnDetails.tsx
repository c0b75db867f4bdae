import { Alert, Stack } from '@mui/material';
import { useEffect, useState } from 'react';
import { RadioButtonGroupInput, TextInput, useTranslate } from 'react-admin';
import { useFormContext } from 'react-hook-form';
import { enumChoices } from '../../common/enums';
import { useFormat } from '../../common/useFormat';
import { RESOLUTIONS, type Order } from '../../domain/types';
import { EligibilityExplanation } from './EligibilityExplanation';
import { ReturnLinesInput } from './ReturnLinesInput';
import { useOrderToReturn } from './useOrderToReturn';

/** What the chosen order allows: the lines to return, the fee, and the customer's choice. */
export const ReturnDetails = ({ order }: { order: Order }) => {
  const translate = useTranslate();
  const format = useFormat();
  const { setValue } = useFormContext();
  // Frozen when first known: a refetch must not reshuffle the rows the user is filling in.
  const live = useOrderToReturn(order);
  const [facts, setFacts] = useState(live);
  if (!facts && live) setFacts(live);
  const remaining = facts?.eligibility.eligible ? facts.eligibility.remaining : {};
  const offered = order.lines
    .filter((line) => (remaining[line.sku] ?? 0) > 0)
    .map((line) => ({ line, remaining: remaining[line.sku] }));
  const skus = offered.map(({ line }) => line.sku).join();
  useEffect(() => {
    setValue(
      'lines',
      skus.split(',').map((sku) => ({ sku, quantity: 0, reason: '' })),
    );
  }, [skus, setValue]);
  if (!facts) return null;
  if (!facts.eligibility.eligible) {
    return <EligibilityExplanation order={order} eligibility={facts.eligibility} />;
  }
  return (
    <Stack spacing={2} sx={{ width: '100%' }}>
      <EligibilityExplanation order={order} eligibility={facts.eligibility} />
      <Alert severity={facts.feeCents === 0 ? 'success' : 'info'}>
        {facts.feeCents === 0
          ? translate('app.returns.shipping.free_now')
          : translate('app.returns.shipping.paid_now', { fee: format.euros(facts.feeCents) })}
      </Alert>
      <ReturnLinesInput offered={offered} />
      <RadioButtonGroupInput
        source="resolution"
        choices={enumChoices('resolution', RESOLUTIONS)}
        defaultValue="refund"
      />
      <TextInput source="notes" multiline fullWidth />
    </Stack>
  );
};
