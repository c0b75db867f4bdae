import type { Plugin } from 'vite';

interface Chunk {
  type: 'chunk';
  name: string;
  fileName: string;
  imports: string[];
}
type Bundle = Record<
  string,
  Chunk | { type: 'asset'; fileName: string; source: string | Uint8Array }
>;

/** The first segment of a hash route that opens each area of the app (its chunk's name). */
const routeOf = (area: string): string =>
  area === 'dashboard' ? '' : area.replace(/[A-Z]/g, (letter) => `-${letter.toLowerCase()}`);

/** A chunk's file and the files it imports, whole, less those the page loads anyway. */
function withImports(bundle: Bundle, fileName: string, loaded: ReadonlySet<string>): string[] {
  const files = new Set<string>();
  const visit = (file: string) => {
    const chunk = bundle[file];
    if (files.has(file) || loaded.has(file) || chunk?.type !== 'chunk') return;
    files.add(file);
    chunk.imports.forEach(visit);
  };
  visit(fileName);
  return [...files];
}

/**
 * Writes into index.html, before the app's script, a few lines that read the address being opened
 * (`#/orders/12/show`) and ask at once for the chunks of that area of the app: they then arrive
 * and compile while the app's own scripts run, instead of being asked for only once these have
 * run (`preloadPage` in src/pages.ts, which the app keeps for the reception and home pages).
 * `isArea` tells the chunks of the app's areas by name (`orders`, `creditNotes`, `dashboard`);
 * `aliases` are the routes that open a page of another area (`reception`: `returns`).
 */
export function routePreloads(
  isArea: (chunkName: string) => boolean,
  aliases: Readonly<Record<string, string>> = {},
): Plugin {
  let base = '/';
  return {
    name: 'kaporal:route-preloads',
    apply: 'build',
    enforce: 'post',
    configResolved(config) {
      base = config.base;
    },
    generateBundle(_, output) {
      const bundle = output as unknown as Bundle;
      const html = bundle['index.html'];
      if (html?.type !== 'asset') return;
      const chunks = Object.values(bundle).filter((item): item is Chunk => item.type === 'chunk');
      const entry = chunks.find((chunk) => String(html.source).includes(chunk.fileName));
      const loaded = new Set(entry ? withImports(bundle, entry.fileName, new Set()) : []);
      const routes: Record<string, string[]> = {};
      for (const chunk of chunks.filter((c) => isArea(c.name))) {
        routes[routeOf(chunk.name)] = withImports(bundle, chunk.fileName, loaded).map(
          (file) => `${base}${file}`,
        );
      }
      for (const [route, area] of Object.entries(aliases)) routes[route] = routes[routeOf(area)];
      const script =
        '<script>(function (routes) {' +
        "var area = location.hash.replace(/^#\\/?/, '').split(/[/?]/)[0];" +
        '(routes[area] || []).forEach(function (href) {' +
        "var link = document.createElement('link');" +
        // Fetched as the module imports will ask for them (vite marks its own preloads so).
        "link.rel = 'modulepreload'; link.crossOrigin = ''; link.href = href;" +
        'document.head.appendChild(link);' +
        `});})(${JSON.stringify(routes)});</script>\n`;
      html.source = String(html.source).replace('<script type="module"', `${script}    $&`);
    },
  };
}
