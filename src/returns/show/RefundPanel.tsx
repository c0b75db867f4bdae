import { Stack, Table, TableBody, Typography } from '@mui/material';
import { useRecordContext, useTranslate } from 'react-admin';
import { AmountRow } from '../../common/AmountRow';
import { enumKey } from '../../common/enums';
import { useFormat } from '../../common/useFormat';
import { refundBreakdown } from '../../domain/returns';
import type { ReturnAuthorisation } from '../../domain/types';
import { RefundClockField } from '../RefundClockField';
import { FactsCard } from '../../common/FactsCard';
import { useRefundSplit } from './useRefundSplit';

const Destination = ({ ret, amountCents }: { ret: ReturnAuthorisation; amountCents: number }) => {
  const translate = useTranslate();
  const split = useRefundSplit(ret, amountCents);
  if (ret.resolution === 'credit_note') {
    return <AmountRow label={translate('app.returns.refund.as_credit_note')} cents={amountCents} />;
  }
  if (!split) return null;
  const method = translate(enumKey('paymentMethod', split.method));
  return (
    <>
      <AmountRow
        label={translate('app.returns.refund.to_payment', { method })}
        cents={split.toPaymentCents}
      />
      {split.toCreditNoteCents > 0 && (
        <AmountRow
          label={translate('app.returns.refund.to_credit_note')}
          cents={split.toCreditNoteCents}
        />
      )}
    </>
  );
};

const Breakdown = ({ ret }: { ret: ReturnAuthorisation }) => {
  const translate = useTranslate();
  const { acceptedCents, deductedFeeCents, amountCents } = refundBreakdown(
    ret.lines,
    ret.returnShippingFeeCents,
  );
  return (
    <Table size="small" aria-label={translate('app.returns.sections.refund')}>
      <TableBody>
        <AmountRow label={translate('app.returns.refund.accepted')} cents={acceptedCents} />
        <AmountRow label={translate('app.returns.refund.fee')} cents={-deductedFeeCents} />
        <AmountRow label={translate('app.returns.refund.amount')} cents={amountCents} strong />
        <Destination ret={ret} amountCents={amountCents} />
      </TableBody>
    </Table>
  );
};

const Clock = ({ ret }: { ret: ReturnAuthorisation }) => {
  const translate = useTranslate();
  const format = useFormat();
  if (ret.refundedAt) {
    return (
      <Typography variant="body2">
        {translate('app.returns.refund.done_on', { date: format.dateTime(ret.refundedAt) })}
      </Typography>
    );
  }
  if (!ret.refundDueBy) return null;
  return (
    <Stack direction="row" spacing={1} sx={{ alignItems: 'center' }}>
      <Typography variant="body2">
        {translate('app.returns.refund.due_by', { date: format.dateTime(ret.refundDueBy) })}
      </Typography>
      <RefundClockField />
    </Stack>
  );
};

/** What the customer gets back, line by line, where it goes, and the 14-day clock. */
export const RefundPanel = () => {
  const ret = useRecordContext<ReturnAuthorisation>();
  const translate = useTranslate();
  if (!ret || ret.status === 'cancelled') return null;
  const message =
    ret.status === 'authorised' ? 'pending' : ret.status === 'rejected' ? 'rejected' : null;
  return (
    <FactsCard title="app.returns.sections.refund">
      {message ? (
        <Typography variant="body2">{translate(`app.returns.refund.${message}`)}</Typography>
      ) : (
        <Stack spacing={1}>
          <Breakdown ret={ret} />
          <Clock ret={ret} />
        </Stack>
      )}
    </FactsCard>
  );
};
