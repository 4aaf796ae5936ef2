import { copyFileSync, existsSync, mkdirSync, readdirSync, statSync } from 'node:fs';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { join, relative, resolve } from 'node:path';
import { defineConfig, parseSync, type Plugin, type Rolldown, type UserConfig } from 'vite';
import { mockPages } from './build/mock-pages.js';
import { TOKEN_DEFAULTS } from './components/core/theme/tokens.js';
import { ROUTES } from './shells/portal/routes.js';

const repoRoot = import.meta.dirname;

/** Every public entry: the `gu-*.ts` define modules under components/. */
export function publicEntries(dir = resolve(repoRoot, 'components')): Record<string, string> {
  const files = readdirSync(dir).flatMap((name): string[] => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return Object.values(publicEntries(path));
    return /^gu-[\w-]+\.ts$/.test(name) ? [path] : [];
  });
  return Object.fromEntries(files.map((file) => [relative(repoRoot, file).replace(/\.ts$/, ''), file]));
}

/** The demo portals (each a single-spa root config under its own base). */
export const PORTALS = ['severny', 'yuzhny'] as const;

/** The pages of the static build, relative to shells/. */
export const PAGES = [
  'index.html',
  ...PORTALS.map((id) => `${id}/index.html`),
  'plain/index.html',
  'foreign/index.html',
  'vue/index.html',
];

/** The Dev IdP (mocks/idp/dev-idp.ts) that `npm start` runs for the redirect sign-in. */
export const DEV_IDP_ORIGIN = 'http://127.0.0.1:9400';

/**
 * The strict host policy of requirement 30 the preview and the e2e server send. `connect-src` adds the dev IdP
 * (real-IdP mode); `trusted-types … default` is for the MSW worker of the demo build (shells/portal/mock-backend.ts).
 */
export const STRICT_CSP = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "style-src-attr 'none'",
  `connect-src 'self' ${DEV_IDP_ORIGIN}`,
  "object-src 'none'",
  "base-uri 'none'",
  "frame-ancestors 'none'",
  "require-trusted-types-for 'script'",
  // `default`: the demo's policy that lets MSW register /mockServiceWorker.js (shells/portal/mock-backend.ts).
  'trusted-types lit-html gu-kit default',
].join('; ');

/** `/severny/applications` → the portal's page (single-spa routes the rest); only paths without a file extension. */
export function portalPageFor(pathname: string): string | undefined {
  const match = /^\/(severny|yuzhny)(?:\/[\w-]*)*\/?$/.exec(pathname);
  return match ? `/${match[1]}/index.html` : undefined;
}

function rewriteRoutes(req: IncomingMessage, _res: ServerResponse, next: () => void) {
  const url = new URL(req.url ?? '/', 'http://x');
  const page = portalPageFor(url.pathname);
  if (page && url.pathname !== page) req.url = `${page}${url.search}`;
  next();
}

/**
 * Routes of the portals as real pages: the dev and preview servers answer every route path with the portal's
 * page, and the build writes a copy of the page per route (`severny/payments/index.html`), so any static
 * server serves deep links and reloads without a rewrite rule.
 */
function portalRoutes(outDir: string): Plugin {
  return {
    name: 'gu-portal-routes',
    configureServer(server) {
      server.middlewares.use(rewriteRoutes);
    },
    configurePreviewServer(server) {
      server.middlewares.use(rewriteRoutes);
    },
    writeBundle() {
      for (const portal of PORTALS) {
        const page = join(outDir, portal, 'index.html');
        if (!existsSync(page)) continue;
        for (const route of ROUTES) {
          if (!route.path) continue;
          mkdirSync(join(outDir, portal, route.path), { recursive: true });
          copyFileSync(page, join(outDir, portal, route.path, 'index.html'));
        }
      }
    },
  };
}

/**
 * `npm start` (through shells/start.ts): the demo portals on the mock backend — MSW's worker is served from
 * mocks/public at "/". `npm run build`: a static build of both portals, the plain-page and foreign-host examples
 * in dist/portals (the worker is included, the mock backend stays on). Nothing is inlined: no modulepreload
 * polyfill, no data: URLs, CSS in files — the pages run under STRICT_CSP.
 */
export function portalsConfig(outDir = resolve(repoRoot, 'dist/portals')): UserConfig {
  const root = resolve(repoRoot, 'shells');
  return {
    root,
    publicDir: resolve(repoRoot, 'mocks/public'),
    appType: 'mpa',
    plugins: [compactTemplates(), portalRoutes(outDir), mockPages()],
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
        output: {
          codeSplitting: {
            groups: [
              { name: portalChunkOf, debugName: 'portal-first-load' },
              // After the first-load chunks, so the session modules it uses (errors, the state store) stay in
              // `session`, already loaded, and the oidc chunk is only what the session loads on demand.
              { name: 'oidc', test: OIDC_CHUNK },
            ],
          },
        },
      },
    },
  };
}

/** What every page of a portal runs at once, as a few shared chunks rather than two dozen small ones. */
const FIRST_LOAD_CHUNKS: readonly (readonly [chunk: string, test: RegExp])[] = [
  // Lit, @lit/context and the kit's core: one copy for the shell, the session and every widget.
  ['lit', /[\\/]node_modules[\\/](lit|lit-html|lit-element|@lit[\\/]reactive-element|@lit[\\/]context)[\\/]/],
  ['lit', /[\\/]components[\\/]core[\\/](theme|i18n)[\\/]/],
  ['lit', /[\\/]components[\\/]core[\\/]session[\\/](session-context|locales)\.ts$/],
  [
    'lit',
    /[\\/]components[\\/]core[\\/]ui[\\/](announcer|button|gu-button|form-control|state|gu-loading-state|gu-error-state|feedback-icons|locales[\\/](feedback|fields))\.ts$/,
  ],
  ['lit', /vite[\\/]preload-helper/],
  // The session core (without oidc-client-ts: see OIDC_CHUNK) and its elements (the notice, the sign-out button).
  [
    'session',
    /[\\/]components[\\/]core[\\/]session[\\/](?!parts[\\/]|(?:oidc-runtime|user-manager-registry|dpop)\.ts$)[\w-]+\.ts$/,
  ],
  // The single-spa root config: single-spa, the adapter and the portal chrome.
  ['portal', /[\\/]node_modules[\\/]single-spa[\\/]/],
  ['portal', /[\\/]shells[\\/]adapter[\\/]/],
  ['portal', /[\\/]shells[\\/]portal[\\/](portal|portal-layout|portal-pages|routes|locales|widgets)\.ts$/],
];

/**
 * oidc-client-ts and the session's modules that need it: one chunk the session core loads on demand with
 * `import('./oidc-runtime.js')` (a sign-in, a code in the URL, the embedded hand-over, a renewal, sign-out, DPoP),
 * never on first load.
 */
export const OIDC_CHUNK =
  /[\\/](?:node_modules[\\/](?:oidc-client-ts|jwt-decode)[\\/]|components[\\/]core[\\/]session[\\/](?:oidc-runtime|user-manager-registry|dpop)\.ts$)/;

/** The shared chunk of a module of the portals' first load (`null`: Rolldown's default splitting). */
export function portalChunkOf(id: string): string | null {
  return FIRST_LOAD_CHUNKS.find(([, test]) => test.test(id))?.[0] ?? null;
}

/** Vite's preload helper module; it sits in its own chunk in the builds that use `dropEmptyPreloads()`. */
const PRELOAD_HELPER = /\0vite\/preload-helper\.js$/;
const PRELOAD_METHOD = '__vitePreload';
const PRELOAD_MARKER = '__VITE_PRELOAD__';
const PRELOAD_TAG = 'gu:preload';

interface Node {
  type: string;
  start: number;
  end: number;
  [key: string]: unknown;
}

/** The tag as the minifier left it: a string or a template literal. */
const isTag = (node: Node, code: string): boolean =>
  (node.type === 'Literal' || node.type === 'TemplateLiteral') &&
  code.slice(node.start + 1, node.end - 1) === PRELOAD_TAG;

function* nodesOf(value: unknown): Generator<Node> {
  if (Array.isArray(value)) for (const item of value) yield* nodesOf(item);
  else if (value && typeof value === 'object') {
    if (typeof (value as Node).type === 'string') yield value as Node;
    for (const child of Object.values(value)) if (child && typeof child === 'object') yield* nodesOf(child);
  }
}

/**
 * Without module preloading every dynamic `import()` of a non-library build still goes through Vite's preload
 * helper (`__vitePreload(() => import(x), [])`, ~1.2 KB gzip, a chunk of its own on a widget's first render).
 * This plugin rewrites each such call whose dependency list is empty to the plain `import(x)` after Vite has filled
 * in the lists, and drops the helper chunk once nothing imports it. A call with dependencies (CSS, preloads) is
 * left as it is, and so is the helper it needs.
 */
export function dropEmptyPreloads(): Plugin {
  return {
    name: 'gu-drop-empty-preloads',
    apply: 'build',
    outputOptions(options) {
      // The helper in a chunk of its own, so dropping it leaves the modules the bundler would group with it alone.
      const splitting = options.codeSplitting;
      if (splitting === false) return null;
      const current = typeof splitting === 'object' ? splitting : {};
      return {
        ...options,
        codeSplitting: {
          ...current,
          groups: [{ name: 'preload-helper', test: PRELOAD_HELPER }, ...(current.groups ?? [])],
        },
      };
    },
    renderChunk: {
      order: 'post',
      handler(code) {
        // Before minifying, while the helper still has its own name: tag each call (Vite fills in the dependency
        // list later, in place of the marker), so the calls can be told apart from whatever the minifier names alike.
        // A chunk that refers to the helper other than by such calls is left alone.
        if (!code.includes(PRELOAD_METHOD)) return null;
        const calls = code.split(`${PRELOAD_MARKER})`).length - 1;
        const references = code.split(PRELOAD_METHOD).length - 1;
        if (calls === 0 || references !== calls + 1) return null;
        return {
          code: code.replaceAll(`${PRELOAD_MARKER})`, `${PRELOAD_MARKER}, ${JSON.stringify(PRELOAD_TAG)})`),
          map: null,
        };
      },
    },
    generateBundle: {
      order: 'post',
      handler(_options, bundle) {
        const chunks = Object.values(bundle).filter((item): item is Rolldown.OutputChunk => item.type === 'chunk');
        const helper = chunks.find((chunk) => chunk.moduleIds.length === 1 && PRELOAD_HELPER.test(chunk.moduleIds[0]!));
        for (const chunk of chunks) {
          if (!chunk.code.includes(PRELOAD_TAG)) continue;
          const { program } = parseSync(chunk.fileName, chunk.code, { sourceType: 'module', lang: 'js' });
          const edits: { start: number; end: number; text: string }[] = [];
          let kept = 0;
          let helperName: string | undefined;
          for (const node of nodesOf(program.body)) {
            if (node.type !== 'CallExpression') continue;
            const [factory, deps, tag] = node['arguments'] as Node[];
            if (!tag || !isTag(tag, chunk.code) || !factory || !deps) continue;
            helperName = (node['callee'] as Node)['name'] as string;
            const plain =
              factory.type === 'ArrowFunctionExpression' &&
              (factory['params'] as unknown[]).length === 0 &&
              deps.type === 'ArrayExpression' &&
              (deps['elements'] as unknown[]).length === 0;
            if (!plain) {
              kept += 1;
              edits.push({ start: deps.end, end: tag.end, text: '' }); // just the tag goes
              continue;
            }
            const body = factory['body'] as Node;
            const text =
              factory['async'] || body.type === 'BlockStatement'
                ? `(${chunk.code.slice(factory.start, factory.end)})()`
                : `(${chunk.code.slice(body.start, body.end)})`;
            edits.push({ start: node.start, end: node.end, text });
          }
          // Every reference to the helper was a tagged call (see renderChunk): with none kept, its import goes too.
          const helperImport =
            helper && kept === 0
              ? (program.body.find(
                  (node) =>
                    node.type === 'ImportDeclaration' &&
                    node.specifiers.length === 1 &&
                    node.specifiers[0]!.local.name === helperName &&
                    node.source.value.endsWith(`/${helper.fileName.split('/').pop()!}`),
                ) as Node | undefined)
              : undefined;
          if (helperImport) edits.push({ start: helperImport.start, end: helperImport.end, text: '' });
          let code = chunk.code;
          // Non-overlapping (a tagged call's factory never holds another tagged call: nested imports are inside
          // `.then` callbacks of the body, rewritten as part of the outer text only if plain) — applied from the end.
          for (const edit of edits.sort((a, b) => b.start - a.start))
            code = code.slice(0, edit.start) + edit.text + code.slice(edit.end);
          chunk.code = code;
          if (helperImport && helper) chunk.imports = chunk.imports.filter((file) => file !== helper.fileName);
        }
        if (
          helper &&
          !chunks.some(
            (chunk) => chunk.imports.includes(helper.fileName) || chunk.dynamicImports.includes(helper.fileName),
          )
        )
          delete bundle[helper.fileName];
      },
    },
  };
}

/** Lit's template tags whose static parts are markup or style sheets. */
const TEMPLATE_TAGS = new Set(['html', 'svg', 'css']);

/**
 * The static parts of one `css` template, compacted: comments out, no white space around `{ } ; , >` or after `:`,
 * no `;` before `}` — outside quoted strings. Returns the parts unchanged when a string or a comment spans an
 * interpolation, so a compacted template always means what the source says.
 */
export function compactCss(parts: readonly string[]): string[] {
  const STRING = /('(?:[^'\\\n]|\\.)*'|"(?:[^"\\\n]|\\.)*")/;
  const compacted: string[] = [];
  for (const part of parts) {
    const uncommented = part.replace(/\/\*[\s\S]*?\*\//g, '');
    // Odd pieces are whole strings; a quote or comment left open in the rest means: leave every part as it is.
    const pieces = uncommented.split(STRING);
    if (uncommented.includes('/*') || pieces.some((piece, index) => index % 2 === 0 && /['"]/.test(piece)))
      return [...parts];
    compacted.push(
      pieces
        .map((piece, index) =>
          index % 2 === 1
            ? piece
            : piece
                .replace(/\s+/g, ' ')
                .replace(/ ?([{};,>]) ?/g, '$1')
                .replace(/: /g, ':')
                .replace(/;}/g, '}'),
        )
        .join(''),
    );
  }
  return compacted;
}

/**
 * Elements that are block-level by default and that no style sheet of ours makes inline-level: white space next to
 * one of them is never rendered (it collapses at the start or end of a line, or sits between blocks, table parts or
 * list items).
 */
const BLOCK_TAGS = new Set(
  (
    'address article aside blockquote caption details dialog dd div dl dt fieldset figcaption figure footer form ' +
    'h1 h2 h3 h4 h5 h6 header hr legend li main nav ol p section summary table tbody td tfoot th thead tr ul'
  ).split(' '),
);

/**
 * The static parts of one `html` template without indentation: a run of white space with a line break goes where it
 * touches a tag of a block element (BLOCK_TAGS) — inside or outside it, white space there is never rendered, and it
 * would cost a text node per instance — and becomes one space elsewhere (HTML collapses it to one anyway).
 */
export function compactHtml(parts: readonly string[]): string[] {
  const HOLE = '\u0000'; // an interpolation
  if (parts.some((part) => part.includes(HOLE))) return [...parts];
  const joined = parts.join(HOLE);
  const isBlock = (tag: string | undefined) => tag !== undefined && BLOCK_TAGS.has(tag.toLowerCase());
  return joined
    .replace(/[ \t]*\n\s*/g, (run: string, offset: number) => {
      const before = joined.slice(Math.max(0, joined.lastIndexOf('<', offset)), offset);
      const left = /^<\/?([a-zA-Z][\w-]*)[^<>]*>$/.exec(before)?.[1];
      const right = /^<\/?([a-zA-Z][\w-]*)/.exec(joined.slice(offset + run.length))?.[1];
      return isBlock(left) || isBlock(right) ? '' : ' ';
    })
    .split(HOLE);
}

/**
 * The local name of base-styles' `token` in a module (imported from core/theme's base-styles.js or index.js, or
 * base-styles.ts itself), or undefined.
 */
function tokenName(body: unknown[], id: string): string | undefined {
  if (/[\\/]core[\\/]theme[\\/]base-styles\.ts$/.test(id)) return 'token';
  for (const node of body as Node[]) {
    if (
      node.type !== 'ImportDeclaration' ||
      !/(?:^|\/)theme\/(?:base-styles|index)\.js$/.test(String((node['source'] as Node)['value']))
    )
      continue;
    for (const specifier of node['specifiers'] as Node[]) {
      const imported = specifier['imported'] as Node | undefined;
      if (imported?.['name'] === 'token') return (specifier['local'] as Node)['name'] as string;
    }
  }
  return undefined;
}

/**
 * A `css` template whose `${token('--gu-…')}` interpolations are written out as text (what token() returns at run
 * time) and then compacted; undefined when it has none, or when another interpolation holds a template of its own
 * (its edits would overlap).
 */
function foldTokens(
  quasi: Node,
  raws: string[],
  code: string,
  token: string | undefined,
): { start: number; end: number; text: string } | undefined {
  if (!token) return undefined;
  const expressions = quasi['expressions'] as Node[];
  const parts = [raws[0]!];
  const kept: string[] = [];
  for (const [index, expression] of expressions.entries()) {
    const callee = expression['callee'] as Node | undefined;
    const [argument, ...rest] = (expression['arguments'] as Node[] | undefined) ?? [];
    const name = argument?.['value'];
    if (
      expression.type === 'CallExpression' &&
      callee?.type === 'Identifier' &&
      callee['name'] === token &&
      rest.length === 0 &&
      typeof name === 'string' &&
      name in TOKEN_DEFAULTS
    ) {
      const text = `var(${name}, ${TOKEN_DEFAULTS[name as keyof typeof TOKEN_DEFAULTS]})`;
      if (/[`\\]|\$\{/.test(text)) throw new Error(`compactTemplates: token ${name} cannot be written into a template`);
      parts[parts.length - 1] += text + raws[index + 1]!;
    } else {
      const source = code.slice(expression.start, expression.end);
      if (source.includes('`')) return undefined;
      kept.push(source);
      parts.push(raws[index + 1]!);
    }
  }
  if (kept.length === expressions.length) return undefined;
  const texts = compactCss(parts);
  return {
    start: quasi.start,
    end: quasi.end,
    text: `\`${texts.map((text, index) => (index === 0 ? text : `\${${kept[index - 1]}}${text}`)).join('')}\``,
  };
}

/**
 * Ships our `html`, `svg` and `css` templates without their indentation: markup by compactHtml (a template with
 * static text in `<pre>` or `<textarea>`, where white space counts, is left as it is, and no template of ours sets
 * `white-space: pre*` on static text); style sheets are compacted by compactCss, after every
 * `${token('--gu-…')}` in them is written out as the text it makes at run time, `var(--gu-…, default)` (so the
 * tokens' table stays out of the bundle). Our sources only (components/, shells/).
 */
export function compactTemplates(): Plugin {
  return {
    name: 'gu-compact-templates',
    apply: 'build',
    transform: {
      order: 'post',
      handler(code, id) {
        if (!/[\\/](?:components|shells)[\\/][^?]*\.ts$/.test(id) || !/\b(?:html|svg|css)`/.test(code)) return null;
        const { program, errors } = parseSync(id, code, { sourceType: 'module', lang: 'js' });
        if (errors.length > 0) return null;
        const edits: { start: number; end: number; text: string }[] = [];
        for (const node of nodesOf(program.body)) {
          const tag = node['tag'] as Node | undefined;
          if (node.type !== 'TaggedTemplateExpression' || tag?.type !== 'Identifier') continue;
          if (!TEMPLATE_TAGS.has(tag['name'] as string)) continue;
          const quasis = (node['quasi'] as Node)['quasis'] as Node[];
          const raws = quasis.map((part) => code.slice(part.start, part.end));
          let texts: string[];
          if (tag['name'] === 'css') {
            const folded = foldTokens(node['quasi'] as Node, raws, code, tokenName(program.body, id));
            if (folded) {
              edits.push(folded);
              continue;
            }
            texts = compactCss(raws);
          } else if (raws.some((raw) => /<(?:pre|textarea)\b/i.test(raw))) continue;
          else texts = compactHtml(raws);
          quasis.forEach((part, index) => {
            if (texts[index] !== raws[index]) edits.push({ start: part.start, end: part.end, text: texts[index]! });
          });
        }
        if (edits.length === 0) return null;
        let result = code;
        for (const edit of edits.sort((a, b) => b.start - a.start))
          result = result.slice(0, edit.start) + edit.text + result.slice(edit.end);
        return { code: result, map: null };
      },
    },
  };
}

/**
 * The kit's entry signatures: an entry's chunk keeps its public exports and may add (minified) exports for what its
 * lazily loaded parts share with its first render, so those parts import it from the entry instead of the bundler
 * splitting the first render into a small chunk per shared module. bench/size.ts builds with the same setting.
 */
export const KIT_ENTRY_SIGNATURES = 'allow-extension' as const;

/**
 * `npm run build:kit`: every public entry as an ES module in dist/kit (shared chunks for Lit and core), for portals
 * that load `<script type="module" src=".../components/core/ui/gu-text-field.js">`.
 */
const kit: UserConfig = {
  root: repoRoot,
  publicDir: false,
  plugins: [compactTemplates(), dropEmptyPreloads()],
  build: {
    outDir: resolve(repoRoot, 'dist/kit'),
    emptyOutDir: true,
    target: 'es2022',
    modulePreload: false,
    rollupOptions: {
      input: publicEntries(),
      preserveEntrySignatures: KIT_ENTRY_SIGNATURES,
      output: { format: 'es', entryFileNames: '[name].js', chunkFileNames: 'shared/[name]-[hash].js' },
    },
  },
};

export default defineConfig(({ mode }) => (mode === 'kit' ? kit : portalsConfig()));
