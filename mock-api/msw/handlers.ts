import { http } from 'msw';
import type { ApiHandler } from '../core/api';

/** Every request under any origin's `/api/` goes to the mock API. */
export function createHandlers(handle: ApiHandler) {
  return [http.all('*/api/*', ({ request }) => handle(request))];
}
