/**
 * Two builds, one file:
 * - `npm start` / `npm run build` (the default): the demo portals — shells/ as a multi-page app on the mock backend;
 * - `npm run build:kit` (`--mode kit`): every public element as an ES module in dist/kit (build/kit.ts).
 * Each plugin and helper lives in build/, one module per concern, each with a test in test/node/build-*.test.ts.
 */
import { resolve } from 'node:path';
import { defineConfig, type UserConfig } from 'vite';
import { portalChunkGroups } from './build/chunks.js';
import { compactTemplates } from './build/compact-templates.js';
import { STRICT_CSP } from './build/csp.js';
import { kitBuild, publicEntries } from './build/kit.js';
import { mockPages } from './build/mock-pages.js';
import { PORTALS, portalRoutes } from './build/portal-routes.js';
import { pushWorker } from './build/push-worker.js';

// What the servers of the e2e tests and the benches copy from the portals' setup.
export { STRICT_CSP } from './build/csp.js';
export { PORTALS, portalPageFor } from './build/portal-routes.js';

const repoRoot = import.meta.dirname;

/** The pages of the portals' build, relative to shells/. */
export const PAGES = [
  'index.html',
  ...PORTALS.map((id) => `${id}/index.html`),
  'plain/index.html',
  'foreign/index.html',
  'vue/index.html',
];

/**
 * The demo portals. `npm start` (through shells/start.ts) serves them on the mock backend — MSW's worker is served
 * from mocks/public at "/". `npm run build` writes them to dist/portals with the plain-page and foreign-host examples
 * (the worker included, the mock backend on). Nothing is inlined — no modulepreload polyfill, no data: URLs, CSS in
 * files — so the pages run under STRICT_CSP, which the preview server sends.
 */
export function portalsConfig(outDir = resolve(repoRoot, 'dist/portals')): UserConfig {
  const root = resolve(repoRoot, 'shells');
  return {
    root,
    publicDir: resolve(repoRoot, 'mocks/public'),
    appType: 'mpa',
    // Templates compacted (build only), route paths served and written as pages, the mock IdP's and banks' pages,
    // the demo's push worker (/push/push-worker.js).
    plugins: [compactTemplates(), portalRoutes(outDir), mockPages(), pushWorker()],
    server: { host: '127.0.0.1', port: Number(process.env.PORT ?? 5173), fs: { allow: [repoRoot] } },
    preview: {
      host: '127.0.0.1',
      port: Number(process.env.PORT ?? 4173),
      headers: { 'Content-Security-Policy': STRICT_CSP },
    },
    build: {
      outDir,
      emptyOutDir: true,
      target: 'es2022',
      manifest: true,
      assetsInlineLimit: 0,
      modulePreload: { polyfill: false },
      rolldownOptions: {
        input: Object.fromEntries(
          PAGES.map((page) => [page.replace(/\/?index\.html$/, '') || 'index', resolve(root, page)]),
        ),
        // A page's first load in two shared chunks, `portal` and `session`; the rest split by import().
        output: { codeSplitting: { groups: portalChunkGroups(PORTALS) } },
      },
    },
  };
}

export default defineConfig(({ mode }) =>
  mode === 'kit' ? kitBuild(publicEntries(), { outDir: resolve(repoRoot, 'dist/kit') }) : portalsConfig(),
);
