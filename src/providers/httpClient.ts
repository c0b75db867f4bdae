import { fetchUtils } from 'react-admin';
import { getToken } from './session';

export type LocaleGetter = () => string;

/** fetchJson with the bearer token of the session and the UI language of the messages. */
export const createHttpClient =
  (getLocale: LocaleGetter) =>
  (url: string, options: fetchUtils.Options = {}) => {
    const headers = new Headers(options.headers ?? { Accept: 'application/json' });
    headers.set('Accept-Language', getLocale());
    const token = getToken();
    return fetchUtils.fetchJson(url, {
      ...options,
      headers,
      user: token ? { authenticated: true, token: `Bearer ${token}` } : undefined,
    });
  };
