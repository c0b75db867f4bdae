import { Stack, Table, TableBody, Typography } from '@mui/material';
import { useGetMany, useRecordContext, useTranslate } from 'react-admin';
import { AmountRow } from '../../common/AmountRow';
import { enumKey } from '../../common/enums';
import { FactsCard } from '../../common/FactsCard';
import { useCanRead } from '../../common/ReadablePages';
import { useFormat } from '../../common/useFormat';
import { paymentState, refundedCents } from '../../domain/orders';
import type { CreditNote, Order } from '../../domain/types';

/** The credit notes that paid part of the order, each with what it paid for this one. */
const CreditNotesUsed = ({ order }: { order: Order }) => {
  const translate = useTranslate();
  const ids = order.payment.creditNoteIds;
  const { data: notes } = useGetMany<CreditNote>(
    'credit-notes',
    { ids },
    { enabled: useCanRead('credit-notes') && ids.length > 0 },
  );
  return (notes ?? []).map((note) => (
    <AmountRow
      key={note.id}
      label={translate('app.orders.payment.credit_note', { reference: note.reference })}
      cents={note.usages
        .filter((usage) => usage.orderId === order.id)
        .reduce((sum, usage) => sum + usage.amountCents, 0)}
    />
  ));
};

/** The card (with its brand) or PayPal. */
function useMeans(order: Order): string {
  const translate = useTranslate();
  const { method, cardBrand } = order.payment;
  const name = translate(enumKey('paymentMethod', method));
  return cardBrand ? `${name} ${translate(enumKey('cardBrand', cardBrand))}` : name;
}

/** What the card or PayPal account was charged, then each refund, then what it still holds. */
const Charged = ({ order }: { order: Order }) => {
  const translate = useTranslate();
  const format = useFormat();
  const method = useMeans(order);
  const { chargedCents, capturedAt, refunds } = order.payment;
  if (!capturedAt) {
    return (
      <AmountRow
        label={translate('app.orders.payment.authorised', { method })}
        cents={chargedCents}
      />
    );
  }
  const captured = translate('app.orders.payment.captured', {
    date: format.dateTime(capturedAt),
    method,
  });
  if (refunds.length === 0) return <AmountRow label={captured} cents={chargedCents} strong />;
  return (
    <>
      <AmountRow label={captured} cents={chargedCents} />
      {refunds.map((refund) => (
        <AmountRow
          key={refund.returnId}
          label={translate('app.orders.payment.refund', { date: format.dateTime(refund.at) })}
          cents={-refund.amountCents}
        />
      ))}
      <AmountRow
        label={translate('app.orders.payment.still_charged')}
        cents={chargedCents - refundedCents(order.payment)}
        strong
      />
    </>
  );
};

/** A refused or cancelled order: nothing was charged, and the credit notes it used are back. */
const NothingCharged = ({ order }: { order: Order }) => {
  const translate = useTranslate();
  return (
    <Stack spacing={1}>
      <Typography variant="body2">
        {translate(`app.orders.payment.${paymentState(order)}`)}
      </Typography>
      {order.payment.creditNoteIds.length > 0 && (
        <Typography variant="body2">{translate('app.orders.payment.notes_released')}</Typography>
      )}
    </Stack>
  );
};

/** The payment as the server recorded it: only what was charged is said to be charged. */
export const OrderPayment = () => {
  const order = useRecordContext<Order>();
  const translate = useTranslate();
  if (!order) return null;
  const state = paymentState(order);
  const nothingCharged = state === 'refused' || state === 'cancelled';
  const paidByNotes = order.payment.chargedCents === 0;
  return (
    <FactsCard title="app.orders.payment.title">
      {nothingCharged ? (
        <NothingCharged order={order} />
      ) : (
        <Stack spacing={1}>
          <Table size="small" aria-label={translate('app.orders.payment.title')}>
            <TableBody>
              <CreditNotesUsed order={order} />
              {!paidByNotes && <Charged order={order} />}
            </TableBody>
          </Table>
          {paidByNotes && (
            <Typography variant="body2">
              {translate('app.orders.payment.paid_by_credit_notes')}
            </Typography>
          )}
        </Stack>
      )}
    </FactsCard>
  );
};
