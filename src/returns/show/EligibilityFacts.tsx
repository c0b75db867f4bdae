import { Typography } from '@mui/material';
import { useGetOne, useRecordContext, useTranslate } from 'react-admin';
import { useFormat } from '../../common/useFormat';
import { parisCalendarDaysBetween } from '../../domain/dates';
import { returnWindowClosesOn } from '../../domain/returns';
import type { Order, ReturnAuthorisation } from '../../domain/types';
import { FactsCard } from '../../common/FactsCard';

/** Why the return was accepted: when the order was delivered and when the window closed. */
export const EligibilityFacts = () => {
  const ret = useRecordContext<ReturnAuthorisation>();
  const translate = useTranslate();
  const format = useFormat();
  const { data: order } = useGetOne<Order>('orders', { id: ret?.orderId }, { enabled: !!ret });
  if (!ret || !order?.deliveredAt) return null;
  const { deliveredAt } = order;
  return (
    <FactsCard title="app.returns.sections.eligibility">
      <Typography variant="body2">
        {translate('app.returns.eligibility.delivered_on', { date: format.date(deliveredAt) })}
      </Typography>
      <Typography variant="body2">
        {translate('app.returns.eligibility.window_closes_on', {
          date: format.date(returnWindowClosesOn(deliveredAt)),
        })}
      </Typography>
      <Typography variant="body2">
        {translate('app.returns.eligibility.requested_after', {
          smart_count: parisCalendarDaysBetween(deliveredAt, ret.requestedAt),
        })}
      </Typography>
    </FactsCard>
  );
};
