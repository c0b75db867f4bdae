import { runInNewContext } from 'node:vm';
import { describe, expect, it } from 'vitest';
import { routePreloads } from '../../scripts/routePreloads';

const chunk = (name: string, imports: string[] = []) => ({
  type: 'chunk' as const,
  name,
  fileName: `assets/${name}-hash.js`,
  imports: imports.map((dependency) => `assets/${dependency}-hash.js`),
});

const HTML =
  '<head><title>Kaporal</title>\n    <script type="module" crossorigin src="/assets/index-hash.js"></script></head>';

/** The index.html the plugin writes for a bundle of an entry and three areas. */
function builtHtml(): string {
  const chunks = [
    chunk('index', ['framework']),
    chunk('framework'),
    chunk('pages', ['framework']),
    chunk('common'),
    chunk('orders', ['pages', 'common', 'framework']),
    chunk('returns', ['pages', 'framework']),
    chunk('creditNotes', ['pages']),
  ];
  const bundle: Record<string, unknown> = {
    'index.html': { type: 'asset', fileName: 'index.html', source: HTML },
  };
  for (const c of chunks) bundle[c.fileName] = c;
  const plugin = routePreloads((name) => ['orders', 'returns', 'creditNotes'].includes(name), {
    reception: 'returns',
  });
  (plugin.configResolved as (config: { base: string }) => void)({ base: '/' });
  (plugin.generateBundle as (options: unknown, bundle: unknown) => void)({}, bundle);
  return (bundle['index.html'] as { source: string }).source;
}

/** The modules index.html asks for before the app's script, for an address. */
function preloadsAt(hash: string): string[] {
  const html = builtHtml();
  const script = /<script>([\s\S]*?)<\/script>/.exec(html)![1];
  const links: { rel: string; href: string; crossOrigin: string | null }[] = [];
  runInNewContext(script, {
    location: { hash },
    document: {
      createElement: () => ({ rel: '', href: '', crossOrigin: null }),
      head: { appendChild: (link: (typeof links)[number]) => links.push(link) },
    },
  });
  expect(links.every((link) => link.rel === 'modulepreload' && link.crossOrigin === '')).toBe(true);
  return links.map((link) => link.href);
}

describe('the preloads of the page being opened', () => {
  it('come before the app script, and name the area chunk and its imports, not the entry ones', () => {
    expect(builtHtml().indexOf('<script>')).toBeLessThan(builtHtml().indexOf('type="module"'));
    expect(preloadsAt('#/orders/12/show')).toEqual([
      '/assets/orders-hash.js',
      '/assets/pages-hash.js',
      '/assets/common-hash.js',
    ]);
  });

  it('find the area of a kebab-case route, of an alias, and of a list with its query', () => {
    expect(preloadsAt('#/credit-notes')).toEqual([
      '/assets/creditNotes-hash.js',
      '/assets/pages-hash.js',
    ]);
    expect(preloadsAt('#/reception')).toEqual(['/assets/returns-hash.js', '/assets/pages-hash.js']);
    expect(preloadsAt('#/returns?filter=%7B%7D')).toEqual([
      '/assets/returns-hash.js',
      '/assets/pages-hash.js',
    ]);
  });

  it('ask for nothing on the sign-in page or an unknown address', () => {
    expect(preloadsAt('#/login')).toEqual([]);
    expect(preloadsAt('')).toEqual([]);
  });
});
