import { Alert } from '@mui/material';
import { useTranslate } from 'react-admin';
import { useFormat } from '../../common/useFormat';
import type { ReturnAuthorisation } from '../../domain/types';

/** What a scanned return's status says before anyone touches it, or what the reception recorded. */
export const ReceptionVerdict = ({ ret }: { ret: ReturnAuthorisation }) => {
  const translate = useTranslate();
  const format = useFormat();
  const { reference } = ret;
  if (ret.status === 'cancelled') {
    return (
      <Alert severity="error">{translate('app.returns.reception.cancelled', { reference })}</Alert>
    );
  }
  if (ret.status === 'authorised' || !ret.receivedAt) return null;
  return (
    <Alert severity="error">
      {translate('app.returns.reception.already_received', {
        reference,
        date: format.dateTime(ret.receivedAt),
      })}
    </Alert>
  );
};

/** The reception just recorded: its outcome, what is owed and by when. */
export const ReceptionRecorded = ({ ret }: { ret: ReturnAuthorisation }) => {
  const translate = useTranslate();
  const format = useFormat();
  const { reference } = ret;
  return ret.status === 'rejected' ? (
    <Alert severity="warning">{translate('app.returns.reception.rejected', { reference })}</Alert>
  ) : (
    <Alert severity="success">
      {translate('app.returns.reception.received', {
        reference,
        amount: format.euros(ret.refundAmountCents ?? 0),
        date: format.dateTime(ret.refundDueBy ?? ''),
      })}
    </Alert>
  );
};
