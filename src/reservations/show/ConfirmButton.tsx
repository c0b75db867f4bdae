import { UpdateButton, useCanAccess, useRecordContext, useTranslate } from 'react-admin';
import { enumKey } from '../../common/enums';
import { useFormat } from '../../common/useFormat';
import { canMoveReservation, holdUntil } from '../../domain/reservations';
import type { Reservation } from '../../domain/types';
import { useLiveNow } from '../useLiveNow';

/**
 * Confirms a pending reservation, saying beforehand until when the store will hold the item; the
 * server sets the hold from its own clock, and the page then shows the date it set.
 */
export const ConfirmButton = () => {
  const reservation = useRecordContext<Reservation>();
  const translate = useTranslate();
  const format = useFormat();
  const now = useLiveNow();
  const { canAccess } = useCanAccess({
    resource: 'reservations',
    action: 'transition:confirmed',
    record: reservation,
  });
  if (!reservation || !canAccess || !canMoveReservation(reservation.status, 'confirmed')) {
    return null;
  }
  return (
    <UpdateButton
      mutationMode="pessimistic"
      data={{ status: 'confirmed' }}
      label="resources.reservations.transitions.confirmed"
      confirmTitle={translate('app.reservations.actions.confirm_title', {
        reference: reservation.reference,
      })}
      confirmContent={translate('app.reservations.actions.confirm_content', {
        date: format.dateTime(holdUntil(now)),
        channel: translate(enumKey('reservationChannel', reservation.channel)),
      })}
    />
  );
};
