import PersonAdd from '@mui/icons-material/PersonAdd';
import {
  Button,
  useCanAccess,
  useGetIdentity,
  useNotify,
  useRecordContext,
  useUpdate,
} from 'react-admin';
import type { ContactRequest } from '../../domain/types';
import { DisabledAction } from './DisabledAction';
import { messageOf } from './errors';

const LABEL = 'app.contact_requests.actions.assign_to_me';

/** Takes the request: the signed-in member of staff becomes its assignee (a new one opens). */
export const AssignToMeButton = () => {
  const request = useRecordContext<ContactRequest>();
  const notify = useNotify();
  const { identity } = useGetIdentity();
  const { canAccess } = useCanAccess({ resource: 'contact-requests', action: 'edit' });
  const [update, { isPending }] = useUpdate<ContactRequest>();
  if (!request || !identity || !canAccess) return null;
  if (request.assigneeId === identity.id) {
    return (
      <DisabledAction
        label={LABEL}
        reason="app.contact_requests.actions.already_mine"
        icon={<PersonAdd />}
      />
    );
  }
  const assign = () =>
    update(
      'contact-requests',
      { id: request.id, data: { assigneeId: Number(identity.id) }, previousData: request },
      {
        mutationMode: 'pessimistic',
        onSuccess: () => notify('app.contact_requests.actions.assigned', { type: 'success' }),
        onError: (error) =>
          notify(messageOf(error), { type: 'error', messageArgs: { _: messageOf(error) } }),
      },
    );
  return <Button label={LABEL} startIcon={<PersonAdd />} disabled={isPending} onClick={assign} />;
};
