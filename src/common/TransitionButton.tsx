import {
  UpdateButton,
  useCanAccess,
  useRecordContext,
  useResourceContext,
  useTranslate,
} from 'react-admin';
import { CONTACT_REQUEST_MOVES } from '../domain/contactRequests';
import { ORDER_TRANSITIONS } from '../domain/orders';
import { RESERVATION_TRANSITIONS } from '../domain/reservations';
import { RETURN_TRANSITIONS } from '../domain/returns';
import { enumKey, STATUS_ENUMS } from './enums';

const TRANSITIONS: Partial<Record<string, Readonly<Record<string, readonly string[]>>>> = {
  orders: ORDER_TRANSITIONS,
  returns: RETURN_TRANSITIONS,
  reservations: RESERVATION_TRANSITIONS,
  'contact-requests': CONTACT_REQUEST_MOVES,
};

interface TransitionButtonProps {
  /** The status to move the record to. */
  to: string;
}

/**
 * Moves the record of the show page to another status, after a confirmation. Shown only when the
 * role holds that transition and the current status allows it; the server has the last word and
 * its refusal is notified as it words it.
 */
export const TransitionButton = ({ to }: TransitionButtonProps) => {
  const record = useRecordContext<{ id: number; status: string }>();
  const resource = useResourceContext() ?? '';
  const translate = useTranslate();
  const { canAccess } = useCanAccess({ resource, action: `transition:${to}`, record });
  const possible = record ? TRANSITIONS[resource]?.[record.status]?.includes(to) : false;
  if (!canAccess || !possible) return null;
  const statusEnum = STATUS_ENUMS[resource];
  return (
    <UpdateButton
      mutationMode="pessimistic"
      data={{ status: to }}
      label={`resources.${resource}.transitions.${to}`}
      confirmTitle="app.transition.confirm_title"
      titleTranslateOptions={{ status: statusEnum ? translate(enumKey(statusEnum, to)) : to }}
      confirmContent="app.transition.confirm_content"
    />
  );
};
