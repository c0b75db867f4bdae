import { Stack, Typography } from '@mui/material';
import { Link, useTranslate } from 'react-admin';
import { FactsCard } from '../../common/FactsCard';
import { useFormat } from '../../common/useFormat';
import type { Customer, KlubMember } from '../../domain/types';
import { KlubBadge } from '../../klubMembers/KlubBadge';
import { JoinKlubButton } from './JoinKlubButton';

const Membership = ({ member }: { member: KlubMember }) => {
  const translate = useTranslate();
  const format = useFormat();
  return (
    <>
      <KlubBadge record={member} />
      <Link to={`/klub-members/${member.id}/show`}>
        {translate('app.klub.card.number', { number: member.memberNumber })}
      </Link>
      <Typography variant="body2">
        {member.leftAt
          ? translate('app.klub.card.left_on', { date: format.date(member.leftAt) })
          : translate('app.klub.card.since', { date: format.date(member.joinedAt) })}
      </Typography>
    </>
  );
};

interface KlubCardProps {
  customer: Customer;
  member: KlubMember | null;
}

/** Where the customer stands in the Klub, and the way in for those outside it. */
export const KlubCard = ({ customer, member }: KlubCardProps) => {
  const translate = useTranslate();
  return (
    <FactsCard title="app.klub.card.title">
      <Stack spacing={1} sx={{ alignItems: 'flex-start' }}>
        {member ? (
          <Membership member={member} />
        ) : (
          <Typography variant="body2">{translate('app.klub.card.none')}</Typography>
        )}
        <JoinKlubButton customer={customer} member={member} />
      </Stack>
    </FactsCard>
  );
};
