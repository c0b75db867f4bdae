import { configure } from '@testing-library/react';
import { watchConsoleOfFile } from './console';

/**
 * A query that finds nothing says what it looked for, without the page's whole DOM: findBy retries
 * the query on every change of the page, and printing the DOM each time was a tenth of a test's
 * time. `screen.debug()` prints it where a failure needs it.
 */
function getElementError(message: string | null): Error {
  const error = new Error(message ?? '');
  error.name = 'TestingLibraryElementError';
  return error;
}

/**
 * findBy and waitFor wait for what the user will see; on a busy machine a render may take many
 * times as long as on a quiet one. The limit only bounds how long a failing test takes to say so.
 */
configure({ asyncUtilTimeout: 120_000, getElementError });

watchConsoleOfFile();

/**
 * jsdom matches style rules with a selector engine that reads `host` on every ancestor of the
 * element it styles, and an anchor's `host` parses its URL again on each read: with the links of
 * react-admin's pages, that was a third of a component test's time (getByRole asks for computed
 * styles). The host read back only changes with the href: it is kept until the href changes.
 */
function keepAnchorHosts(): void {
  const proto = window.HTMLAnchorElement.prototype;
  const host = Object.getOwnPropertyDescriptor(proto, 'host');
  if (!host?.get) return;
  const read = host.get;
  const kept = new WeakMap<HTMLAnchorElement, { href: string | null; host: string }>();
  Object.defineProperty(proto, 'host', {
    ...host,
    get(this: HTMLAnchorElement) {
      const href = this.getAttribute('href');
      const known = kept.get(this);
      if (known && known.href === href) return known.host;
      const value = read.call(this) as string;
      kept.set(this, { href, host: value });
      return value;
    },
  });
}

keepAnchorHosts();
