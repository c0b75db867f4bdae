import { Typography } from '@mui/material';
import { useRecordContext, useTranslate } from 'react-admin';
import { useFormat } from '../../common/useFormat';
import type { ReturnAuthorisation } from '../../domain/types';
import { FactsCard } from '../../common/FactsCard';

/** The return shipping fee, and why: only an active Klub member at creation ships for free. */
export const ReturnShippingFee = () => {
  const ret = useRecordContext<ReturnAuthorisation>();
  const translate = useTranslate();
  const format = useFormat();
  if (!ret) return null;
  const fee = ret.returnShippingFeeCents;
  return (
    <FactsCard title="app.returns.sections.shipping">
      <Typography variant="body2">
        {fee === 0
          ? translate('app.returns.shipping.free')
          : translate('app.returns.shipping.paid', { fee: format.euros(fee) })}
      </Typography>
    </FactsCard>
  );
};
