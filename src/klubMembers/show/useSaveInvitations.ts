import { useNotify, useUpdate, type HttpError } from 'react-admin';
import type { KlubInvitation, KlubMember } from '../../domain/types';

/** Saves a membership's whole list of invitations, pessimistically, with the version read. */
export function useSaveInvitations() {
  const [update, { isPending }] = useUpdate<KlubMember>();
  const notify = useNotify();
  const save = (member: KlubMember, invitations: KlubInvitation[], onSaved?: () => void) =>
    update(
      'klub-members',
      { id: member.id, data: { invitations }, previousData: member },
      {
        mutationMode: 'pessimistic',
        onSuccess: () => {
          notify('app.klub.invitations.saved', { type: 'success' });
          onSaved?.();
        },
        onError: (error) => {
          const { message } = error as HttpError;
          notify(message, { type: 'error', messageArgs: { _: message } });
        },
      },
    );
  return { save, isPending };
}
