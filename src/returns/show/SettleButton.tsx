import { UpdateButton, useCanAccess, useRecordContext, useTranslate } from 'react-admin';
import { useFormat } from '../../common/useFormat';
import { refundAmountCents } from '../../domain/returns';
import type { ReturnAuthorisation } from '../../domain/types';

/**
 * Settles a received return as the customer chose: a refund, or a credit note. Pessimistic and
 * sent with the version read, so a second click, tab or colleague gets the server's refusal.
 */
export const SettleButton = () => {
  const ret = useRecordContext<ReturnAuthorisation>();
  const translate = useTranslate();
  const format = useFormat();
  const to = ret?.resolution === 'credit_note' ? 'credited' : 'refunded';
  const { canAccess } = useCanAccess({
    resource: 'returns',
    action: `transition:${to}`,
    record: ret,
  });
  if (!ret || !canAccess || ret.status !== 'received') return null;
  const amount = format.euros(refundAmountCents(ret.lines, ret.returnShippingFeeCents));
  const verb = to === 'credited' ? 'credit' : 'refund';
  return (
    <UpdateButton
      mutationMode="pessimistic"
      data={{ status: to }}
      label={translate(`app.returns.actions.${verb}`, { amount })}
      confirmTitle={translate(`app.returns.actions.confirm_${verb}`, { amount })}
      confirmContent="app.returns.actions.confirm_content"
      variant="contained"
    />
  );
};
