import { useUpdate } from 'react-admin';
import type { ContactMessage, ContactRequest } from '../../domain/types';

type NewMessage = Pick<ContactMessage, 'direction' | 'body'>;

/**
 * Adds one message to the request's thread: the server takes the thread as it was read plus the
 * new message, dates it, signs it, and moves the status a reply moves. A thread changed since it
 * was read is refused (409): nothing is lost but the click.
 */
export function useAddMessage(request: ContactRequest | undefined) {
  const [update, { isPending }] = useUpdate<ContactRequest>();
  const add = (message: NewMessage) =>
    update(
      'contact-requests',
      {
        id: request!.id,
        data: { messages: [...request!.messages, message as ContactMessage] },
        previousData: request,
      },
      { mutationMode: 'pessimistic', returnPromise: true },
    );
  return { add, isPending };
}
