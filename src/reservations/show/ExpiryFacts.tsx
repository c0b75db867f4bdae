import { Typography } from '@mui/material';
import { useGetList, useTranslate } from 'react-admin';
import { enumKey } from '../../common/enums';
import { useFormat } from '../../common/useFormat';
import type { AuditEvent, Reservation } from '../../domain/types';

/** Why a reservation expired, and who moved it: the server, once the hold was over. */
export const ExpiryFacts = ({ reservation }: { reservation: Reservation }) => {
  const translate = useTranslate();
  const format = useFormat();
  const { data } = useGetList<AuditEvent>('audit-events', {
    filter: { resource: 'reservations', recordId: reservation.id, toStatus: 'expired' },
    pagination: { page: 1, perPage: 1 },
  });
  const event = data?.[0];
  return (
    <>
      <Typography variant="body2">{translate('app.reservations.hold.expired')}</Typography>
      {event && (
        <Typography variant="body2">
          {translate('app.reservations.hold.expired_by', {
            date: format.dateTime(event.at),
            who: translate(enumKey('role', event.role)),
          })}
        </Typography>
      )}
    </>
  );
};
