import { format } from 'node:util';
import { HttpError } from 'react-admin';
import { afterAll, afterEach } from 'vitest';

type Print = (...args: unknown[]) => void;

export type ConsoleWatch = ReturnType<typeof createConsoleWatch>;

/**
 * React, MUI and react-admin must not warn: what a test writes to console.error or console.warn
 * is printed as it comes and fails the test, but for the refusal the test declares. react-admin
 * logs each request the server refuses (outside production builds): the refusal a test provokes
 * on purpose is neither printed nor counted.
 */
export function createConsoleWatch(print: { error: Print; warn: Print }) {
  const problems: unknown[][] = [];
  let expectedStatus: number | undefined;
  const watched =
    (printOne: Print): Print =>
    (...args) => {
      const [logged] = args;
      if (logged instanceof HttpError && logged.status === expectedStatus) return;
      problems.push(args);
      printOne(...args);
    };
  return {
    error: watched(print.error),
    warn: watched(print.warn),
    /** The test provokes a refusal with this HTTP status: react-admin's log of it is expected. */
    expectRefusal(status: number): void {
      expectedStatus = status;
    },
    expectSilent(): void {
      const logged = problems.splice(0).map((args) => format(...args));
      expectedStatus = undefined;
      if (logged.length > 0) {
        throw new Error(`Written to console.error or console.warn:\n${logged.join('\n')}`);
      }
    },
  };
}

let current: ConsoleWatch | undefined;

/** The watch of the test file under way. */
export function currentConsoleWatch(): ConsoleWatch {
  if (!current) throw new Error('src/testing/setup.ts watches the console of each test file');
  return current;
}

/** Watches the console of the test file that starts: each test ends with a silent console. */
export function watchConsoleOfFile(): void {
  const printed = { error: console.error, warn: console.warn };
  const watch = createConsoleWatch(printed);
  current = watch;
  console.error = watch.error;
  console.warn = watch.warn;
  afterEach(() => watch.expectSilent());
  afterAll(() => Object.assign(console, printed));
}
