// @vitest-environment jsdom
import '@testing-library/jest-dom/vitest';
import { act, cleanup, render, screen } from '@testing-library/react';
import { Suspense } from 'react';
import { afterEach, describe, expect, it } from 'vitest';
import { lazyPage, loadPage } from './lazyPage';

afterEach(cleanup);

const Page = ({ name }: { name: string }) => <p>page {name}</p>;

/** A module loader that resolves when told to, counting its calls. */
function controlledLoader() {
  let resolve: () => void = () => undefined;
  const loader = Object.assign(
    () => {
      loader.calls += 1;
      return new Promise<{ default: typeof Page }>((done) => {
        resolve = () => done({ default: Page });
      });
    },
    { calls: 0, resolve: () => resolve() },
  );
  return loader;
}

const inSuspense = (Component: ReturnType<typeof lazyPage>) => (
  <Suspense fallback={<p>chargement</p>}>
    <Component name="commandes" />
  </Suspense>
);

describe('a lazy page', () => {
  it('is drawn at once, without a loading state, when its module was loaded before', async () => {
    const loader = controlledLoader();
    const loading = loadPage(loader);
    loader.resolve();
    await loading;

    render(inSuspense(lazyPage(loader)));

    expect(screen.getByText('page commandes')).toBeInTheDocument();
    expect(screen.queryByText('chargement')).not.toBeInTheDocument();
    expect(loader.calls).toBe(1);
  });

  it('shows the loading state until its module arrives, loading it once', async () => {
    const loader = controlledLoader();
    const Lazy = lazyPage(loader);

    render(inSuspense(Lazy));
    expect(screen.getByText('chargement')).toBeInTheDocument();
    void loadPage(loader);
    await act(async () => loader.resolve());

    expect(await screen.findByText('page commandes')).toBeInTheDocument();
    expect(loader.calls).toBe(1);
  });
});
