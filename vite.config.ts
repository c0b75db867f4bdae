import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { routePreloads } from './scripts/routePreloads.ts';

const SEP = '[\\\\/]';
const packages = (names: string) => new RegExp(`node_modules${SEP}(${names})${SEP}`);

/** React, its router and react-query: what every page runs, and what changes least often. */
const FRAMEWORK = packages(
  'react|react-dom|scheduler|react-router|react-router-dom|cookie|set-cookie-parser|@tanstack[\\\\/][^\\\\/]+',
);
/** The drawing of the KPI charts (recharts and what only it uses), and the printed barcode. */
const CHART_LIBRARIES = packages(
  'recharts|d3-[^\\\\/]+|victory-vendor|internmap|decimal\\.js-light|@reduxjs[\\\\/]toolkit|redux|redux-thunk|immer|reselect|react-redux|es-toolkit|use-sync-external-store|tiny-invariant|eventemitter3',
);
const PRINT_LIBRARIES = packages('jsbarcode');
const SRC = new RegExp(`${SEP}src${SEP}([^\\/]+)${SEP}`);
const KPI_CHARTS = new RegExp(`${SEP}src${SEP}dashboard${SEP}kpi${SEP}charts${SEP}`);
const PRINT = new RegExp(`${SEP}src${SEP}returns${SEP}print${SEP}`);
const HOMES = new RegExp(`${SEP}src${SEP}dashboard${SEP}home${SEP}`);
/** The home page's frame and the KPI dashboard's cards: what every role loads after signing in. */
const DASHBOARD = (id: string) =>
  new RegExp(`${SEP}src${SEP}dashboard${SEP}`).test(id) && !HOMES.test(id) && !KPI_CHARTS.test(id);
/** Folders of src that belong to no area. */
const SHARED = new Set(['common', 'domain', 'providers', 'theme', 'layout']);

interface ModuleGraph {
  getModuleInfo(id: string): { importers: readonly string[] } | null;
}

/** The area of the app a module of src belongs to (its folder, the role homes apart), or none. */
function areaOf(id: string): string | null {
  const folder = SRC.exec(id)?.[1];
  if (!folder || KPI_CHARTS.test(id) || PRINT.test(id)) return null;
  if (SHARED.has(folder)) return 'shared';
  return HOMES.test(id) ? 'homes' : folder;
}

/**
 * The chunk of a module of src that is not loaded at start:
 * - `common`: the rules and helpers shared by the areas (no component: the KPI dashboard needs
 *   them without the lists' code);
 * - `fields`: the components shared by the areas (fields, tabs, history), and those of an area
 *   that another area shows too (a return's refund clock on a home page, the Klub badge on the
 *   customers list), so that no area's chunk pulls another's;
 * - otherwise its area's chunk.
 */
function srcChunk(id: string, graph: ModuleGraph): string | null {
  const area = areaOf(id);
  if (!area) return null;
  const component = id.endsWith('.tsx');
  if (area === 'shared') return component ? 'fields' : 'common';
  const importers = graph.getModuleInfo(id)?.importers ?? [];
  const shared = importers.some((importer) => {
    const other = areaOf(importer);
    return other !== null && other !== area;
  });
  if (!shared) return area;
  return component ? 'fields' : 'common';
}

/** A chunk of one area of the app: named after its folder of src (see srcChunk), or the dashboard. */
const isAreaChunk = (name: string) =>
  !SHARED.has(name) && existsSync(fileURLToPath(new URL(`./src/${name}`, import.meta.url)));

export default defineConfig(({ mode }) => ({
  plugins: [react(), routePreloads(isAreaChunk, { reception: 'returns' })],
  resolve: {
    // The mock API in a browser (the server-less demo) hashes passwords without node:crypto.
    alias: [
      {
        find: /^\.\/kdf$/,
        replacement: fileURLToPath(new URL('./mock-api/core/kdf.browser.ts', import.meta.url)),
      },
    ],
  },
  build: {
    outDir: mode === 'demo' ? 'dist-demo' : 'dist',
    sourcemap: false,
    rolldownOptions: {
      output: {
        /**
         * Chunks by what loads together, a few per page instead of dozens: the framework, the
         * react-admin and Material UI of the sign-in page and the layout, the app's shell (all
         * three at start); then the react-admin and Material UI of the pages, the code shared by
         * the areas, and one chunk per area of the app (orders, returns, the KPI dashboard...);
         * the charts and the printed return sheet apart. A group takes a module's dependencies
         * not taken by a group of higher priority: the shared ones first, so that no chunk of
         * the start imports a later one, and no area another area.
         */
        codeSplitting: {
          groups: [
            { name: 'framework', test: FRAMEWORK, priority: 100 },
            { name: 'admin', test: /node_modules/, tags: ['$initial'], priority: 90 },
            { name: 'app', test: /[\\/]src[\\/]/, tags: ['$initial'], priority: 90 },
            // The server-less demo's mock API (loaded before the app in that build only).
            { name: 'demo', test: /[\\/]mock-api[\\/]/, priority: 70 },
            { name: 'dashboard', test: DASHBOARD, priority: 65 },
            {
              name: 'pages',
              test: (id) =>
                id.includes('node_modules') &&
                !CHART_LIBRARIES.test(id) &&
                !PRINT_LIBRARIES.test(id),
              priority: 60,
            },
            {
              name: (id, graph) => (srcChunk(id, graph) === 'common' ? 'common' : null),
              debugName: 'common',
              priority: 68,
            },
            {
              name: (id, graph) => (srcChunk(id, graph) === 'fields' ? 'fields' : null),
              debugName: 'fields',
              priority: 50,
            },
            { name: (id, graph) => srcChunk(id, graph), debugName: 'areas', priority: 40 },
            {
              name: 'charts',
              test: (id) => KPI_CHARTS.test(id) || CHART_LIBRARIES.test(id),
              priority: 30,
            },
            {
              name: 'print',
              test: (id) => PRINT.test(id) || PRINT_LIBRARIES.test(id),
              priority: 30,
            },
          ],
        },
      },
    },
  },
  server: {
    port: 5173,
    proxy: {
      '/api': `http://127.0.0.1:${process.env.PORT ?? 3001}`,
    },
  },
}));
