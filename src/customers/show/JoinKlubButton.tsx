import LoyaltyIcon from '@mui/icons-material/Loyalty';
import { useState } from 'react';
import {
  Button,
  Confirm,
  useCanAccess,
  useCreate,
  useNotify,
  useRefresh,
  type HttpError,
} from 'react-admin';
import { mayJoinKlub } from '../../domain/klub';
import type { Customer, KlubMember } from '../../domain/types';

interface JoinKlubButtonProps {
  customer: Customer;
  member: KlubMember | null;
}

/**
 * Makes the customer a member of the Klub, after a confirmation: a customer outside it, or a
 * former member (with a new membership). The server has the last word, and its refusal is notified.
 */
export const JoinKlubButton = ({ customer, member }: JoinKlubButtonProps) => {
  const [open, setOpen] = useState(false);
  const { canAccess } = useCanAccess({ resource: 'klub-members', action: 'create' });
  const [create, { isPending }] = useCreate<KlubMember>();
  const notify = useNotify();
  const refresh = useRefresh();
  if (!canAccess || !mayJoinKlub(member)) return null;
  const name = `${customer.firstName} ${customer.lastName}`;
  const join = () =>
    create(
      'klub-members',
      { data: { customerId: customer.id } },
      {
        onSuccess: ({ memberNumber }) => {
          notify('app.klub.join.done', {
            type: 'success',
            messageArgs: { name, number: memberNumber },
          });
        },
        onError: (error) => {
          const { message } = error as HttpError;
          notify(message, { type: 'error', messageArgs: { _: message } });
        },
        // Joined or refused, the page then shows the membership the customer now has.
        onSettled: () => {
          setOpen(false);
          refresh();
        },
      },
    );
  return (
    <>
      <Button
        label={member ? 'app.klub.join.again' : 'app.klub.join.label'}
        onClick={() => setOpen(true)}
        startIcon={<LoyaltyIcon />}
        variant="outlined"
      />
      <Confirm
        isOpen={open}
        loading={isPending}
        title="app.klub.join.confirm_title"
        translateOptions={{ name }}
        content="app.klub.join.confirm_content"
        onConfirm={join}
        onClose={() => setOpen(false)}
      />
    </>
  );
};
