import { HttpError } from 'react-admin';
import { describe, expect, it } from 'vitest';
import { createConsoleWatch } from './console';

/** A watch over a console that keeps what it would print. */
function watchOver() {
  const printed: unknown[][] = [];
  const print = (...args: unknown[]) => printed.push(args);
  return { printed, watch: createConsoleWatch({ error: print, warn: print }) };
}

const refusal = (status: number) => new HttpError('', status, { message: 'Refusé', errors: {} });

describe('the console of a component test', () => {
  it('neither prints nor counts the refusal the test declares', () => {
    const { printed, watch } = watchOver();
    watch.expectRefusal(409);
    watch.error(refusal(409));
    expect(printed).toEqual([]);
    expect(() => watch.expectSilent()).not.toThrow();
  });

  it('prints and fails the test on any other error, a React warning as well as a refusal', () => {
    const { printed, watch } = watchOver();
    watch.error('Warning: Each child in a list should have a unique "key" prop.');
    expect(() => watch.expectSilent()).toThrow(/unique "key" prop/);

    watch.expectRefusal(422);
    watch.error(refusal(409));
    watch.warn('MUI: You have provided an out-of-range value');
    expect(() => watch.expectSilent()).toThrow(/out-of-range value/);
    expect(printed).toHaveLength(3);
  });

  it('expects a refusal for one test only', () => {
    const { watch } = watchOver();
    watch.expectRefusal(409);
    watch.expectSilent();
    watch.error(refusal(409));
    expect(() => watch.expectSilent()).toThrow();
  });
});
