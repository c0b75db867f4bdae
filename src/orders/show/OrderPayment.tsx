import { Table, TableBody, Typography } from '@mui/material';
import { useGetMany, useRecordContext, useTranslate } from 'react-admin';
import { AmountRow } from '../../common/AmountRow';
import { enumKey } from '../../common/enums';
import { FactsCard } from '../../common/FactsCard';
import { useCanRead } from '../../common/ReadablePages';
import { useFormat } from '../../common/useFormat';
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

/** Whether and when the card or PayPal was debited: never for a refused or cancelled order. */
const Capture = ({ order }: { order: Order }) => {
  const translate = useTranslate();
  const format = useFormat();
  const { status, capturedAt } = order.payment;
  if (order.status === 'refused' || order.status === 'cancelled') {
    return (
      <Typography variant="body2">{translate(`app.orders.payment.${order.status}`)}</Typography>
    );
  }
  return (
    <Typography variant="body2">
      {capturedAt
        ? translate('app.orders.payment.captured_on', { date: format.dateTime(capturedAt) })
        : translate('app.orders.payment.authorised')}
      {status !== 'authorised' && status !== 'captured' && (
        <> — {translate(enumKey('paymentStatus', status))}</>
      )}
    </Typography>
  );
};

/** The payment: credit notes used, the amount charged to the card or PayPal, and its capture. */
export const OrderPayment = () => {
  const order = useRecordContext<Order>();
  const translate = useTranslate();
  if (!order) return null;
  const { method, cardBrand, chargedCents } = order.payment;
  const means = cardBrand
    ? `${translate(enumKey('paymentMethod', method))} ${translate(enumKey('cardBrand', cardBrand))}`
    : translate(enumKey('paymentMethod', method));
  return (
    <FactsCard title="app.orders.payment.title">
      <Table size="small" aria-label={translate('app.orders.payment.title')}>
        <TableBody>
          <CreditNotesUsed order={order} />
          <AmountRow
            label={translate('app.orders.payment.charged', { method: means })}
            cents={chargedCents}
            strong
          />
        </TableBody>
      </Table>
      <Capture order={order} />
    </FactsCard>
  );
};
