import { fetchUtils, HttpError } from 'react-admin';
import { getToken } from './session';

export type LocaleGetter = () => string;

/**
 * fetchJson with the bearer token of the session and the UI language of the messages. Without a
 * session nothing is sent: a query still running after sign-out gets the server's answer, 401,
 * without asking.
 */
export const createHttpClient =
  (getLocale: LocaleGetter) =>
  (url: string, options: fetchUtils.Options = {}) => {
    const headers = new Headers(options.headers ?? { Accept: 'application/json' });
    headers.set('Accept-Language', getLocale());
    const token = getToken();
    if (!token) return Promise.reject(new HttpError('ra.auth.auth_check_error', 401));
    return fetchUtils.fetchJson(url, {
      ...options,
      headers,
      user: { authenticated: true, token: `Bearer ${token}` },
    });
  };
