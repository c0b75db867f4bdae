import { Alert } from '@mui/material';
import { useTranslate } from 'react-admin';
import { useFormat } from '../../common/useFormat';
import { returnWindowClosesOn, type ReturnEligibility } from '../../domain/returns';
import type { Order } from '../../domain/types';

interface EligibilityExplanationProps {
  order: Order;
  eligibility: ReturnEligibility;
}

/** In plain words, whether the order may be returned, and why not: days since delivery. */
export const EligibilityExplanation = ({ order, eligibility }: EligibilityExplanationProps) => {
  const translate = useTranslate();
  const format = useFormat();
  if (!eligibility.eligible) {
    return (
      <Alert severity="error">
        {translate(`app.returns.eligibility.${eligibility.reason}`, {
          order: order.reference,
          days: eligibility.deliveredDaysAgo,
        })}
      </Alert>
    );
  }
  const deliveredAt = order.deliveredAt!;
  return (
    <Alert severity="info">
      {translate('app.returns.eligibility.eligible', {
        smart_count: eligibility.deliveredDaysAgo,
        date: format.date(returnWindowClosesOn(deliveredAt)),
      })}
    </Alert>
  );
};
