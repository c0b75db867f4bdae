import { Create, SimpleForm, useCreate, useNotify, useRedirect, type HttpError } from 'react-admin';
import { ChosenOrder } from './ChosenOrder';
import { CustomerChoice } from './CustomerChoice';
import { OrderLookup } from './OrderLookup';
import { toFormErrors, toReturnRequest, type ReturnFormValues } from './returnRequest';

/** Said under the first row: nothing to return yet. */
const atLeastOneItem = (values: Partial<ReturnFormValues>) =>
  !values.lines?.length || values.lines.some((line) => (line.quantity ?? 0) > 0)
    ? {}
    : { 'lines.0.quantity': 'app.returns.create.no_line' };

/**
 * A return created by customer service on the customer's behalf. The form offers only what the
 * rules allow; the server has the last word, and its field errors land on the row they concern.
 */
const ReturnCreate = () => {
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
        <OrderLookup />
        <CustomerChoice />
        <ChosenOrder />
      </SimpleForm>
    </Create>
  );
};

export default ReturnCreate;
