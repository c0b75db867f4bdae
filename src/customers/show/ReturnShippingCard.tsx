import { Typography } from '@mui/material';
import { useTranslate } from 'react-admin';
import { FactsCard } from '../../common/FactsCard';
import { useFormat } from '../../common/useFormat';
import { returnShippingFeeCents } from '../../domain/returns';
import type { KlubMember } from '../../domain/types';

/** What the customer's next return would cost to ship, and why: an active member ships free. */
export const ReturnShippingCard = ({ member }: { member: KlubMember | null }) => {
  const translate = useTranslate();
  const format = useFormat();
  const fee = returnShippingFeeCents(member);
  return (
    <FactsCard title="app.returns.sections.shipping">
      <Typography variant="body2">
        {fee === 0
          ? translate('app.returns.shipping.free_now')
          : translate('app.returns.shipping.paid_now', { fee: format.euros(fee) })}
      </Typography>
    </FactsCard>
  );
};
