import { Alert, Stack } from '@mui/material';
import { useEffect, useState } from 'react';
import {
  Create,
  RadioButtonGroupInput,
  SimpleForm,
  TextInput,
  useCreate,
  useNotify,
  useRedirect,
  useTranslate,
  type HttpError,
} from 'react-admin';
import { useFormContext } from 'react-hook-form';
import { enumChoices } from '../../common/enums';
import { useFormat } from '../../common/useFormat';
import { RESOLUTIONS, type Order } from '../../domain/types';
import { EligibilityExplanation } from './EligibilityExplanation';
import { OrderLookup } from './OrderLookup';
import { ReturnLinesInput } from './ReturnLinesInput';
import { toFormErrors, toReturnRequest, type ReturnFormValues } from './returnRequest';
import { useOrderToReturn } from './useOrderToReturn';

/** Said under the first row: nothing to return yet. */
const atLeastOneItem = (values: Partial<ReturnFormValues>) =>
  !values.lines?.length || values.lines.some((line) => (line.quantity ?? 0) > 0)
    ? {}
    : { 'lines.0.quantity': 'app.returns.create.no_line' };

/** What the chosen order allows: the lines to return, the fee, and the customer's choice. */
const ReturnDetails = ({ order }: { order: Order }) => {
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
    setValue('orderId', order.id);
    setValue(
      'lines',
      skus.split(',').map((sku) => ({ sku, quantity: 0, reason: '' })),
    );
  }, [order.id, skus, setValue]);
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

/**
 * A return created by customer service on the customer's behalf. The form offers only what the
 * rules allow; the server has the last word, and its field errors land on the row they concern.
 */
const ReturnCreate = () => {
  const [order, setOrder] = useState<Order>();
  const [create] = useCreate();
  const notify = useNotify();
  const redirect = useRedirect();
  const save = async (values: Partial<ReturnFormValues>) => {
    const { request, formIndexOf } = toReturnRequest(values as ReturnFormValues);
    try {
      const created = await create('returns', { data: request }, { returnPromise: true });
      notify('ra.notification.created', { type: 'info', messageArgs: { smart_count: 1 } });
      redirect('show', 'returns', created.id);
    } catch (error) {
      const { message, body } = error as HttpError;
      notify(message, { type: 'error', messageArgs: { _: message } });
      return body?.errors ? toFormErrors(body.errors, formIndexOf) : undefined;
    }
  };
  return (
    <Create>
      <SimpleForm onSubmit={save} validate={atLeastOneItem} warnWhenUnsavedChanges>
        <OrderLookup onFound={setOrder} />
        {order && <ReturnDetails key={order.id} order={order} />}
      </SimpleForm>
    </Create>
  );
};

export default ReturnCreate;
