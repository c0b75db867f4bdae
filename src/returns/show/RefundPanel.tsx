import { Stack, Table, TableBody, TableCell, TableRow, Typography } from '@mui/material';
import { useRecordContext, useTranslate } from 'react-admin';
import { enumKey } from '../../common/enums';
import { useFormat } from '../../common/useFormat';
import { refundBreakdown } from '../../domain/returns';
import type { ReturnAuthorisation } from '../../domain/types';
import { RefundClockField } from '../RefundClockField';
import { FactsCard } from './FactsCard';
import { useRefundSplit } from './useRefundSplit';

const Row = ({ label, cents, strong }: { label: string; cents: number; strong?: boolean }) => {
  const format = useFormat();
  const sx = strong ? { fontWeight: 'bold' } : undefined;
  return (
    <TableRow>
      <TableCell component="th" scope="row" sx={sx}>
        {label}
      </TableCell>
      <TableCell align="right" sx={sx}>
        {format.euros(cents)}
      </TableCell>
    </TableRow>
  );
};

const Destination = ({ ret, amountCents }: { ret: ReturnAuthorisation; amountCents: number }) => {
  const translate = useTranslate();
  const split = useRefundSplit(ret, amountCents);
  if (ret.resolution === 'credit_note') {
    return <Row label={translate('app.returns.refund.as_credit_note')} cents={amountCents} />;
  }
  if (!split) return null;
  const method = translate(enumKey('paymentMethod', split.method));
  return (
    <>
      <Row
        label={translate('app.returns.refund.to_payment', { method })}
        cents={split.toPaymentCents}
      />
      {split.toCreditNoteCents > 0 && (
        <Row
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
        <Row label={translate('app.returns.refund.accepted')} cents={acceptedCents} />
        <Row label={translate('app.returns.refund.fee')} cents={-deductedFeeCents} />
        <Row label={translate('app.returns.refund.amount')} cents={amountCents} strong />
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
