import { Stack, Table, TableBody, Typography } from '@mui/material';
import { useGetOne, useRecordContext, useTranslate } from 'react-admin';
import { AmountRow } from '../../common/AmountRow';
import { enumKey } from '../../common/enums';
import { FactsCard } from '../../common/FactsCard';
import { useCanRead } from '../../common/ReadablePages';
import { useFormat } from '../../common/useFormat';
import { refundBreakdown } from '../../domain/returns';
import type { CreditNote, ReturnAuthorisation } from '../../domain/types';
import { RefundClockField } from '../RefundClockField';
import { useRefundSplit } from './useRefundSplit';

/** The customer chose a credit note or a refund: the panel is named after what they get. */
const sectionTitle = (ret: ReturnAuthorisation) =>
  `app.returns.sections.${ret.resolution === 'credit_note' ? 'credit_note' : 'refund'}`;

/** What the amount is called: owed until it is paid, then what was done with it. */
function amountLabel(ret: ReturnAuthorisation): string {
  if (ret.resolution === 'credit_note') return 'credit_note_amount';
  return ret.status === 'refunded' ? 'refunded' : 'to_refund';
}

/** A refund's two destinations: the card or PayPal account, and a credit note for the rest. */
const Destination = ({ ret, amountCents }: { ret: ReturnAuthorisation; amountCents: number }) => {
  const translate = useTranslate();
  const split = useRefundSplit(ret, amountCents);
  if (ret.resolution === 'credit_note' || !split) return null;
  const method = translate(enumKey('paymentMethod', split.method));
  const toPayment = ret.status === 'refunded' ? 'refunded_to_payment' : 'to_payment';
  return (
    <>
      <AmountRow
        label={translate(`app.returns.refund.${toPayment}`, { method })}
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
  const free = ret.returnShippingFeeCents === 0;
  return (
    <Table size="small" aria-label={translate(sectionTitle(ret))}>
      <TableBody>
        <AmountRow label={translate('app.returns.refund.accepted')} cents={acceptedCents} />
        <AmountRow
          label={translate('app.returns.refund.fee')}
          cents={-deductedFeeCents}
          text={free ? translate('app.returns.refund.fee_free') : undefined}
        />
        <AmountRow
          label={translate(`app.returns.refund.${amountLabel(ret)}`)}
          cents={amountCents}
          strong
        />
        <Destination ret={ret} amountCents={amountCents} />
      </TableBody>
    </Table>
  );
};

/** The credit note the return gave, for the roles that read credit notes. */
function useCreditNote(ret: ReturnAuthorisation) {
  const id = ret.creditNoteId;
  const enabled = useCanRead('credit-notes') && id !== null;
  return useGetOne<CreditNote>('credit-notes', { id: id ?? 0 }, { enabled }).data;
}

const Settled = ({ ret, at }: { ret: ReturnAuthorisation; at: string }) => {
  const translate = useTranslate();
  const format = useFormat();
  const note = useCreditNote(ret);
  const date = format.dateTime(at);
  if (ret.status === 'credited') {
    const message = note ? 'credited_on_reference' : 'credited_on';
    return (
      <Typography variant="body2">
        {translate(`app.returns.refund.${message}`, { date, reference: note?.reference })}
      </Typography>
    );
  }
  return (
    <>
      <Typography variant="body2">{translate('app.returns.refund.done_on', { date })}</Typography>
      {note && (
        <Typography variant="body2">
          {translate('app.returns.refund.part_credited', { reference: note.reference })}
        </Typography>
      )}
    </>
  );
};

const Clock = ({ ret }: { ret: ReturnAuthorisation }) => {
  const translate = useTranslate();
  const format = useFormat();
  if (ret.refundedAt) return <Settled ret={ret} at={ret.refundedAt} />;
  if (!ret.refundDueBy) return null;
  const message = ret.resolution === 'credit_note' ? 'credit_due_by' : 'due_by';
  return (
    <Stack direction="row" spacing={1} sx={{ alignItems: 'center' }}>
      <Typography variant="body2">
        {translate(`app.returns.refund.${message}`, { date: format.dateTime(ret.refundDueBy) })}
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
    <FactsCard title={sectionTitle(ret)}>
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
