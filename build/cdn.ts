/**
 * The CDN build (issue 18, `npm run build:cdn`): the kit for portals that load the widgets with `<script type="module">`
 * from their own static server or CDN, checked by Subresource Integrity.
 *
 * `buildCdn()` writes (default dist/cdn/, to be served at `base`, default `/gu-kit/`):
 * - every public entry (build/kit.ts publicEntries()) built together, as the kit build does, with content-hashed file
 *   names for entries and shared chunks alike (`components/login/gu-login-<hash>.js`, `shared/<name>-<hash>.js`): lit
 *   and the core are in shared chunks, once for all widgets; each theme preset as `theme/<preset>-<hash>.css`;
 * - import-map.json: the import map a page needs — `imports` gives every widget its bare name (`gu-kit/login`, as in
 *   the npm package, and `gu-kit/core/ui/gu-text-field.js`) and the kit's Lit (`gu-kit/lit`, see cdnKitBuild),
 *   `integrity` gives a sha384 hash for every JS file, so the chunks a widget loads later with `import()` are checked
 *   too, not only the tags the page writes;
 * - import-map.html: the same map as the inline `<script type="importmap">` to paste (byte for byte: its CSP hash is
 *   `importMapCsp` in the manifest);
 * - cdn-manifest.json: for portals that write their own tags — every file with its integrity and static imports,
 *   every entry with its file and the files to preload, the import map and its CSP source (`'sha256-…'`).
 * The files do not depend on the base (they import each other by relative URLs): `rebaseCdn()` gives the manifest for
 * the same files at another base, and `cdnTags()` the tags a page pastes.
 *
 * `buildCdnDemo()` writes the plain demo page (shells/plain/index.html, as it is, with its stylesheet and script
 * replaced) served from that build: dist/cdn-demo/plain/ with the kit under /gu-kit/. The mock backend is the demo's
 * own bundle (shells/plain-cdn/demo.ts), never in the kit's files.
 *
 *   tsx build/cdn.ts [--base https://cdn.region.example/gu-kit/1.0.0/] [--out dist/cdn]   the kit
 *                    [--tags application-tracker,session [--theme severny]]                 + the tags to paste
 *   tsx build/cdn.ts --demo [--out dist/cdn-demo] [--serve]          the demo page (served at :4174, or $PORT)
 */
import { createHash } from 'node:crypto';
import { copyFileSync, existsSync, mkdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { dirname, extname, join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { build, type InlineConfig, type Plugin, type Rolldown } from 'vite';
import { THEME_NAMES, themeToCss } from '../components/core/theme/presets.js';
import { compactTemplates } from './compact-templates.js';
import { STRICT_CSP } from './csp.js';
import { kitBuild, publicEntries } from './kit.js';
import { PACKAGE_WIDGETS } from './package.js';
import { CDN_DEMO_WIDGETS } from '../shells/plain-cdn/widgets.js';

const repoRoot = resolve(import.meta.dirname, '..');

/** Where the kit is served unless told otherwise (the demo page serves it there). */
export const CDN_DEFAULT_BASE = '/gu-kit/';
/** The bare names of the import map, as the npm package's subpaths. */
export const CDN_PACKAGE_NAME = 'gu-kit';

/** An import map with integrity (https://html.spec.whatwg.org/#import-maps). */
export interface ImportMap {
  imports: Record<string, string>;
  integrity: Record<string, string>;
}

export interface CdnFile {
  /** `sha384-…` of the file's bytes. */
  integrity: string;
  /** Files it imports statically (paths relative to the base), for `modulepreload`. */
  imports?: string[];
  /** Files it may load later with `import()`. */
  dynamicImports?: string[];
}

export interface CdnEntry {
  /** The entry's file, relative to the base. */
  file: string;
  /** Its bare name in the import map, when it has one (`gu-kit/login`). */
  specifier?: string;
  /** The entry and every file it imports statically: what to `modulepreload`. */
  preload: string[];
}

/** cdn-manifest.json. */
export interface CdnManifest {
  /** The URL the files are served under (ends with `/`). */
  base: string;
  /** Every file of the build (paths relative to the base). */
  files: Record<string, CdnFile>;
  /** Every public entry by its source path (`components/login/gu-login`). */
  entries: Record<string, CdnEntry>;
  /** Each theme preset's stylesheet. */
  themes: Record<string, string>;
  importMap: ImportMap;
  /** The CSP source that allows the inline import map of import-map.html: add it to `script-src`. */
  importMapCsp: string;
}

export interface CdnBuild {
  manifest: CdnManifest;
  /** The import map as import-map.json holds it (the inline script's text, byte for byte). */
  importMapText: string;
  /** The source modules bundled in each JS file (for the tests: lit is in one file only). */
  modules: Record<string, string[]>;
}

export const sriHash = (bytes: string | Uint8Array, algorithm: 'sha256' | 'sha384' = 'sha384'): string =>
  `${algorithm}-${createHash(algorithm).update(bytes).digest('base64')}`;

/** The CSP source of an inline script: `'sha256-…'`. */
export const inlineScriptCsp = (text: string): string => `'${sriHash(text, 'sha256')}'`;

/**
 * The strict policy (build/csp.ts) for a page that loads the CDN build: the inline import map allowed by its hash,
 * and the CDN's origin (when it is not the page's) for its scripts and stylesheets — nothing else.
 */
export function cdnCsp(importMapCsp: string, cdnOrigin?: string): string {
  const origin = cdnOrigin ? ` ${cdnOrigin}` : '';
  return STRICT_CSP.replace("script-src 'self'", `script-src 'self'${origin} ${importMapCsp}`).replace(
    "style-src 'self'",
    `style-src 'self'${origin}`,
  );
}

const normalizeBase = (base: string): string => (base.endsWith('/') ? base : `${base}/`);

/** The bare name a public entry gets in the import map: the package's subpath (`gu-kit/login`), else none. */
function specifierOf(entry: string): string | undefined {
  if (entry === CDN_LIT_ENTRY) return `${CDN_PACKAGE_NAME}/lit`;
  const widget = Object.entries(PACKAGE_WIDGETS).find(([, { define }]) => define === entry);
  if (widget) return `${CDN_PACKAGE_NAME}/${widget[0]}`;
  if (entry.startsWith('components/core/ui/')) return `${CDN_PACKAGE_NAME}/${entry.slice('components/'.length)}.js`;
  return undefined;
}

/** The kit's Lit as an entry of its own (`gu-kit/lit`): its chunk keeps Lit's export names, so a page can share it. */
export const CDN_LIT_ENTRY = 'shared/lit';
const LIT_MODULE = 'virtual:gu-kit-cdn-lit';

/** The virtual module of the `gu-kit/lit` entry: Lit's public API, re-exported. */
function litEntry(): Plugin {
  return {
    name: 'gu-kit-cdn-lit',
    // Library mode hands the entry over as a path under the root.
    resolveId: (id) => (id.endsWith(LIT_MODULE) ? `\0${LIT_MODULE}` : undefined),
    load: (id) => (id === `\0${LIT_MODULE}` ? "export * from 'lit';\n" : undefined),
  };
}

/**
 * The kit build (build/kit.ts) of every public entry, plus `gu-kit/lit`, with content-hashed names for the entries
 * too. Why Lit is an entry: under the strict CSP (`trusted-types lit-html …` without 'allow-duplicates') a page can
 * hold one lit-html only — a second copy fails creating its `lit-html` policy — so a page's own Lit code (the demo's
 * toolbar, a portal's elements) must use the kit's.
 */
export function cdnKitBuild(): InlineConfig {
  const config = kitBuild({ ...publicEntries(), [CDN_LIT_ENTRY]: LIT_MODULE }, { plugins: [litEntry()] });
  const rolldownOptions = config.build!.rolldownOptions!;
  return {
    ...config,
    logLevel: 'warn',
    build: {
      ...config.build,
      rolldownOptions: {
        ...rolldownOptions,
        output: { ...(rolldownOptions.output as Rolldown.OutputOptions), entryFileNames: '[name]-[hash].js' },
      },
    },
  };
}

type Output = Rolldown.OutputChunk | Rolldown.OutputAsset;

async function outputsOf(config: InlineConfig): Promise<Output[]> {
  const result = await build(config);
  const outputs = (Array.isArray(result) ? result : [result]) as Rolldown.RolldownOutput[];
  return outputs.flatMap((o) => o.output);
}

/** `file` and every file it imports statically, in a stable order. */
function staticClosure(file: string, files: Record<string, CdnFile>, seen: string[] = []): string[] {
  if (seen.includes(file)) return seen;
  seen.push(file);
  for (const imported of files[file]?.imports ?? []) staticClosure(imported, files, seen);
  return seen;
}

const write = (path: string, data: string | Uint8Array): void => {
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, data);
};

/**
 * The manifest for the same files served at another `base` (another CDN, another version's folder): the files and
 * their hashes do not depend on it, only the import map's URLs and so its CSP hash do.
 */
export function rebaseCdn(manifest: CdnManifest, base: string): CdnManifest {
  base = normalizeBase(base);
  const { files, entries } = manifest;
  const importMap: ImportMap = {
    imports: Object.fromEntries(
      Object.values(entries).flatMap(({ specifier, file }) => (specifier ? [[specifier, base + file]] : [])),
    ),
    integrity: Object.fromEntries(
      Object.keys(files)
        .filter((file) => file.endsWith('.js'))
        .sort()
        .map((file) => [base + file, files[file]!.integrity]),
    ),
  };
  return { ...manifest, base, importMap, importMapCsp: inlineScriptCsp(JSON.stringify(importMap)) };
}

/** Builds the CDN kit into `outDir` (emptied first), for serving at `base`. */
export async function buildCdn({
  outDir = resolve(repoRoot, 'dist/cdn'),
  base = CDN_DEFAULT_BASE,
}: { outDir?: string; base?: string } = {}): Promise<CdnBuild> {
  base = normalizeBase(base);
  const outputs = await outputsOf(cdnKitBuild());
  rmSync(outDir, { recursive: true, force: true });

  const files: Record<string, CdnFile> = {};
  const modules: Record<string, string[]> = {};
  const entries: Record<string, CdnEntry> = {};
  for (const item of outputs) {
    const bytes = item.type === 'chunk' ? item.code : item.source;
    write(join(outDir, item.fileName), bytes);
    files[item.fileName] = { integrity: sriHash(bytes) };
    if (item.type !== 'chunk') continue;
    if (item.imports.length) files[item.fileName]!.imports = [...item.imports];
    if (item.dynamicImports.length) files[item.fileName]!.dynamicImports = [...item.dynamicImports];
    modules[item.fileName] = item.moduleIds.map((id) => id.replace(`${repoRoot}/`, ''));
    if (item.isEntry) entries[item.name] = { file: item.fileName, preload: [] };
  }
  for (const [name, entry] of Object.entries(entries)) {
    entry.preload = staticClosure(entry.file, files);
    const specifier = specifierOf(name);
    if (specifier) entry.specifier = specifier;
  }

  const themes: Record<string, string> = {};
  for (const name of THEME_NAMES) {
    const css = themeToCss(name);
    const file = `theme/${name}-${createHash('sha256').update(css).digest('hex').slice(0, 8)}.css`;
    write(join(outDir, file), css);
    files[file] = { integrity: sriHash(css) };
    themes[name] = file;
  }

  const manifest = rebaseCdn(
    {
      base,
      files: Object.fromEntries(Object.entries(files).sort(([a], [b]) => a.localeCompare(b))),
      entries: Object.fromEntries(Object.entries(entries).sort(([a], [b]) => a.localeCompare(b))),
      themes,
      importMap: { imports: {}, integrity: {} },
      importMapCsp: '',
    },
    base,
  );
  const importMapText = JSON.stringify(manifest.importMap);
  write(join(outDir, 'import-map.json'), importMapText);
  write(join(outDir, 'import-map.html'), `<script type="importmap">${importMapText}</script>\n`);
  write(join(outDir, 'cdn-manifest.json'), `${JSON.stringify(manifest, null, 2)}\n`);
  return { manifest, importMapText, modules };
}

const escapeAttribute = (value: string): string => value.replaceAll('&', '&amp;').replaceAll('"', '&quot;');

/** A `<link rel="modulepreload">` with its integrity for each file (paths relative to the manifest's base). */
function preloadTags(manifest: CdnManifest, files: readonly string[]): string[] {
  return files.map(
    (file) =>
      `<link rel="modulepreload" href="${escapeAttribute(manifest.base + file)}" integrity="${manifest.files[file]!.integrity}" />`,
  );
}

/**
 * The tags a page pastes into its `<head>` to load `widgets` (the package's names: `application-tracker`, `session`,
 * …) from the CDN build: the import map (allowed by `manifest.importMapCsp` in the page's `script-src`), a
 * modulepreload for every file their first render imports, a module script for each, and the theme's stylesheet
 * when asked for — each with its integrity. `tsx build/cdn.ts --tags application-tracker,session` prints them.
 */
export function cdnTags(manifest: CdnManifest, widgets: readonly string[], { theme }: { theme?: string } = {}): string {
  const chosen = widgets.map((name) => {
    const entry = Object.values(manifest.entries).find((e) => e.specifier === `${CDN_PACKAGE_NAME}/${name}`);
    if (!entry) throw new Error(`the CDN build has no widget "${name}"`);
    return entry;
  });
  const scripts = new Set(chosen.map((entry) => entry.file));
  const preload = [...new Set(chosen.flatMap((entry) => entry.preload))].filter((file) => !scripts.has(file));
  const themeFile = theme ? manifest.themes[theme] : undefined;
  if (theme && !themeFile) throw new Error(`the CDN build has no theme "${theme}"`);
  return [
    ...(themeFile
      ? [
          `<link rel="stylesheet" href="${escapeAttribute(manifest.base + themeFile)}" integrity="${manifest.files[themeFile]!.integrity}" crossorigin="anonymous" />`,
        ]
      : []),
    `<script type="importmap">${JSON.stringify(manifest.importMap)}</script>`,
    ...preloadTags(manifest, preload),
    ...[...scripts].map(
      (file) =>
        `<script type="module" src="${escapeAttribute(manifest.base + file)}" integrity="${manifest.files[file]!.integrity}"></script>`,
    ),
  ].join('\n');
}

export interface CdnDemo extends CdnBuild {
  /** The page (relative to the demo's root). */
  page: string;
  /** The page's import map: the kit's, with the demo bundle's own files' integrity added. */
  pageImportMap: ImportMap;
  /** The policy to send with the page: STRICT_CSP + the page's import map hash. */
  csp: string;
}

/**
 * The plain demo page from the CDN build, into `outDir` (emptied first): `/plain/index.html` (shells/plain's markup),
 * `/gu-kit/` (the kit), `/plain/demo/` (the demo's own bundle: the mock backend and the developer toolbar),
 * `/mockServiceWorker.js` (the mock backend's worker, at the root for its scope) and `/favicon.svg`.
 */
export async function buildCdnDemo({ outDir = resolve(repoRoot, 'dist/cdn-demo') } = {}): Promise<CdnDemo> {
  rmSync(outDir, { recursive: true, force: true });
  const kit = await buildCdn({ outDir: join(outDir, 'gu-kit'), base: CDN_DEFAULT_BASE });
  const demoBase = '/plain/demo/';

  // The demo's own bundle (its own lit and core: a second copy on the page, as a portal's would be).
  const demoOutputs = await outputsOf({
    configFile: false,
    root: repoRoot,
    publicDir: false,
    mode: 'production',
    logLevel: 'warn',
    plugins: [compactTemplates()],
    build: {
      lib: { entry: { demo: resolve(repoRoot, 'shells/plain-cdn/demo.ts') }, formats: ['es'] },
      write: false,
      target: 'es2022',
      modulePreload: false,
      rolldownOptions: {
        // The widgets come from the kit, by their bare names, through the page's import map.
        // Lit too: a second lit-html cannot create its Trusted Types policy under the strict CSP (see cdnKitBuild).
        external: (id) => id.startsWith(`${CDN_PACKAGE_NAME}/`) || id === 'lit',
        output: { entryFileNames: '[name]-[hash].js', chunkFileNames: '[name]-[hash].js', minify: true },
      },
    },
  });
  const demoIntegrity: Record<string, string> = {};
  let demoScript = '';
  for (const item of demoOutputs) {
    const bytes = item.type === 'chunk' ? item.code : item.source;
    write(join(outDir, 'plain/demo', item.fileName), bytes);
    if (item.fileName.endsWith('.js')) demoIntegrity[demoBase + item.fileName] = sriHash(bytes);
    if (item.type === 'chunk' && item.isEntry) demoScript = demoBase + item.fileName;
  }
  const css = readFileSync(resolve(repoRoot, 'shells/portal/portal.css'));
  const cssFile = `${demoBase}portal-${createHash('sha256').update(css).digest('hex').slice(0, 8)}.css`;
  write(join(outDir, cssFile), css);
  copyFileSync(resolve(repoRoot, 'mocks/public/mockServiceWorker.js'), join(outDir, 'mockServiceWorker.js'));
  copyFileSync(resolve(repoRoot, 'shells/favicon.svg'), join(outDir, 'favicon.svg'));

  const pageImportMap: ImportMap = {
    imports: { ...kit.manifest.importMap.imports, lit: kit.manifest.importMap.imports[`${CDN_PACKAGE_NAME}/lit`]! },
    integrity: { ...kit.manifest.importMap.integrity, ...demoIntegrity },
  };
  const importMapText = JSON.stringify(pageImportMap);
  const { entries } = kit.manifest;
  const preload = [
    ...new Set(
      CDN_DEMO_WIDGETS.flatMap((name) => Object.values(entries).find((e) => e.specifier === `gu-kit/${name}`)!.preload),
    ),
  ];
  const tags = [
    `<link rel="stylesheet" href="${cssFile}" integrity="${sriHash(css)}" />`,
    `<script type="importmap">${importMapText}</script>`,
    ...preloadTags(kit.manifest, preload),
    `<script type="module" src="${demoScript}" integrity="${demoIntegrity[demoScript]}"></script>`,
  ];
  const source = readFileSync(resolve(repoRoot, 'shells/plain/index.html'), 'utf8');
  const stylesheet = '<link rel="stylesheet" href="../portal/portal.css" />';
  const script = '<script type="module" src="./main.ts"></script>';
  if (!source.includes(stylesheet) || !source.includes(script))
    throw new Error('shells/plain/index.html no longer has the stylesheet and script build/cdn.ts replaces');
  const indent = /\n(\s*)<script type="module" src="\.\/main\.ts">/.exec(source)?.[1] ?? '    ';
  const html = source
    .replace(`${stylesheet}\n${indent}`, '')
    .replace(script, tags.join(`\n${indent}`))
    .replace('<title>', '<title>CDN: ');
  write(join(outDir, 'plain/index.html'), html);
  return {
    ...kit,
    page: 'plain/index.html',
    pageImportMap,
    csp: cdnCsp(inlineScriptCsp(importMapText)),
  };
}

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.json': 'application/json',
};

/**
 * Serves a demo build (`buildCdnDemo()`'s `outDir`) on 127.0.0.1:`port` with `csp` on every answer (a directory
 * answers with its index.html); `cors` answers as a CDN for pages of other origins; `transform` sees every file
 * served and may answer other bytes (the e2e test changes one byte of a chunk).
 */
export function serveCdnDemo(
  dir: string,
  csp: string,
  {
    port = 4174,
    cors = false,
    transform,
  }: { port?: number; cors?: boolean; transform?: (pathname: string, bytes: Buffer) => Buffer } = {},
): Promise<Server> {
  const root = resolve(dir);
  const server = createServer((req, res) => {
    const { pathname } = new URL(req.url ?? '/', 'http://127.0.0.1');
    let file = join(root, decodeURIComponent(pathname));
    if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
    if (!file.startsWith(`${root}/`) || !existsSync(file)) {
      res.writeHead(404, { 'Content-Security-Policy': csp }).end('not found');
      return;
    }
    const bytes = readFileSync(file);
    res.writeHead(200, {
      'Content-Type': CONTENT_TYPES[extname(file)] ?? 'application/octet-stream',
      'Content-Security-Policy': csp,
      // The mock backend's worker (/mockServiceWorker.js) takes the whole site.
      'Service-Worker-Allowed': '/',
      'Cache-Control': 'no-store',
      // As a CDN answers: module scripts and stylesheets with integrity are fetched with CORS from another origin.
      ...(cors ? { 'Access-Control-Allow-Origin': '*' } : {}),
    });
    res.end(transform ? transform(pathname, bytes) : bytes);
  });
  return new Promise((done, fail) => {
    server.once('error', fail);
    server.listen(port, '127.0.0.1', () => done(server));
  });
}

if (process.argv[1] && resolve(process.argv[1]) === resolve(import.meta.filename)) {
  const { values } = parseArgs({
    options: {
      base: { type: 'string' },
      out: { type: 'string' },
      tags: { type: 'string' },
      theme: { type: 'string' },
      demo: { type: 'boolean', default: false },
      serve: { type: 'boolean', default: false },
    },
  });
  if (values.demo) {
    const outDir = resolve(values.out ?? 'dist/cdn-demo');
    const demo = await buildCdnDemo({ outDir });
    console.log(`CDN demo page: ${join(outDir, demo.page)}\nContent-Security-Policy: ${demo.csp}`);
    if (values.serve) {
      const port = Number(process.env.PORT ?? 4174);
      await serveCdnDemo(outDir, demo.csp, { port });
      console.log(`Serving at http://127.0.0.1:${port}/plain/ (Ctrl+C stops)`);
    }
  } else {
    const outDir = resolve(values.out ?? 'dist/cdn');
    const { manifest } = await buildCdn({ outDir, base: values.base });
    console.log(
      `CDN kit for ${manifest.base}: ${Object.keys(manifest.files).length} files in ${outDir}\n` +
        `Add to script-src for the inline import map: ${manifest.importMapCsp}`,
    );
    if (values.tags) console.log(`\n${cdnTags(manifest, values.tags.split(','), { theme: values.theme })}`);
  }
}
