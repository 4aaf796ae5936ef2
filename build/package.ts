/**
 * The npm package (issue 18): `npm run build:package` (and `npm pack`, through `prepack`) writes
 * - dist/lib/: every module of components/ and shells/adapter/ as its own ES module (writePackageModules: the
 *   TypeScript taken out, our templates compacted as in every build, nothing bundled or minified, the dependencies left
 *   as bare imports), with its `.d.ts` beside it (tsc, tsconfig.package.json), so a portal's bundler splits, shares
 *   and drops them as it does with the sources;
 * - dist/theme/<preset>.css: each theme preset as a `:root` rule.
 * What package.json's `exports` name is listed once, in packageExports() below, and the package's own package.json is
 * checked against it (test/node/package.test.ts), so the map, the files and the tests cannot drift apart.
 */
import { execFileSync } from 'node:child_process';
import { cpSync, mkdirSync, readFileSync, readdirSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { transformWithOxc } from 'vite';
import { THEME_NAMES, themeToCss } from '../components/core/theme/presets.js';
import { compactTemplates } from './compact-templates.js';

const repoRoot = resolve(import.meta.dirname, '..');
export const PACKAGE_LIB = 'dist/lib';
export const PACKAGE_THEME = 'dist/theme';

/** The package's widgets: subpath → the module that defines the element and the one that only exports its class. */
export const PACKAGE_WIDGETS = {
  login: { define: 'components/login/gu-login', element: 'components/login/login' },
  verification: { define: 'components/verification/gu-verification', element: 'components/verification/verification' },
  'application-tracker': {
    define: 'components/application-tracker/gu-application-tracker',
    element: 'components/application-tracker/application-tracker',
  },
  payments: { define: 'components/payments/gu-payments', element: 'components/payments/payments' },
  'payments-due': { define: 'components/payments/gu-payments-due', element: 'components/payments/payments-due' },
  notifications: {
    define: 'components/notifications/gu-notifications',
    element: 'components/notifications/notifications',
  },
  'notification-bell': {
    define: 'components/notifications/gu-notification-bell',
    element: 'components/notifications/bell',
  },
  'notifications-latest': {
    define: 'components/notifications/gu-notifications-latest',
    element: 'components/notifications/latest',
  },
  'security-settings': {
    define: 'components/security/gu-security-settings',
    element: 'components/security/security-settings',
  },
  'a11y-panel': { define: 'components/a11y/gu-a11y-panel', element: 'components/a11y/panel' },
  'a11y-toggle': { define: 'components/a11y/gu-a11y-toggle', element: 'components/a11y/toggle' },
  session: { define: 'components/core/session/gu-session', element: 'components/core/session/session-element' },
  'sign-out-button': {
    define: 'components/core/session/gu-sign-out-button',
    element: 'components/core/session/sign-out-button',
  },
  'session-notice': {
    define: 'components/core/session/gu-session-notice',
    element: 'components/core/session/session-notice',
  },
} as const;

/**
 * Types-only subpaths (build/framework-types.ts writes them from the manifest into components/frameworks/, copied
 * beside the modules they name): `gu-kit/types` (plain TypeScript), `gu-kit/react` (React 19 JSX), `gu-kit/vue`.
 */
export const PACKAGE_TYPES = { types: 'elements', react: 'react', vue: 'vue' } as const;
export const PACKAGE_TYPES_DIR = 'components/frameworks';

/** The core's public modules without side effects: `…/core/session` and the like. */
export const PACKAGE_CORE = ['api', 'i18n', 'session', 'theme', 'validation', 'widget'] as const;

interface Condition {
  types: string;
  default: string;
}
const lib = (module: string): Condition => ({
  types: `./${PACKAGE_LIB}/${module}.d.ts`,
  default: `./${PACKAGE_LIB}/${module}.js`,
});

/** package.json's `exports`, made from the lists above. */
export function packageExports(): Record<string, Condition | { types: string } | string> {
  const exports: Record<string, Condition | { types: string } | string> = {};
  for (const [name, { define, element }] of Object.entries(PACKAGE_WIDGETS)) {
    exports[`./${name}`] = lib(define);
    exports[`./${name}/element.js`] = lib(element);
  }
  for (const name of PACKAGE_CORE) exports[`./core/${name}`] = lib(`components/core/${name}/index`);
  exports['./core/ui/*.js'] = lib('components/core/ui/*');
  exports['./shells/adapter'] = lib('shells/adapter/index');
  for (const [name, file] of Object.entries(PACKAGE_TYPES)) {
    exports[`./${name}`] = { types: `./${PACKAGE_LIB}/${PACKAGE_TYPES_DIR}/${file}.d.ts` };
  }
  exports['./theme/*.css'] = `./${PACKAGE_THEME}/*.css`;
  exports['./custom-elements.json'] = './custom-elements.json';
  exports['./package.json'] = './package.json';
  return exports;
}

/**
 * package.json's `sideEffects`: in the package, the modules that define elements when they run — the `gu-*` modules,
 * the widgets' parts (each defines its own element when its view first opens) and the bell's popover — and the theme
 * files; everything else can be dropped by a bundler when nothing of it is used. The same package.json also governs
 * this repository's own builds of the sources (the portals, the kit, the CDN build, Storybook), which must keep every
 * side effect as written (a part imported only for its element, a style sheet): those folders are listed whole. They
 * are not in the package (`files`), so for a portal the list is the first lines alone.
 */
export const PACKAGE_SIDE_EFFECTS = [
  `./${PACKAGE_LIB}/components/**/gu-*.js`,
  `./${PACKAGE_LIB}/components/*/parts/*.js`,
  `./${PACKAGE_LIB}/components/core/session/parts/*.js`,
  `./${PACKAGE_LIB}/components/notifications/bell-popover.js`,
  `./${PACKAGE_THEME}/*.css`,
  './components/**/*.ts',
  './shells/**',
  './mocks/**',
  './stories/**',
  './test/**',
  './bench/**',
  './.storybook/**',
];

/** Every TypeScript module the package ships: components/ and shells/adapter/, keyed by path without `.ts`. */
export function packageModules(): Record<string, string> {
  const walk = (dir: string): string[] =>
    readdirSync(dir).flatMap((name) => {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) return walk(path);
      return name.endsWith('.ts') && !name.endsWith('.d.ts') ? [path] : [];
    });
  const files = [...walk(resolve(repoRoot, 'components')), ...walk(resolve(repoRoot, 'shells/adapter'))];
  return Object.fromEntries(files.map((file) => [relative(repoRoot, file).replace(/\.ts$/, ''), file]));
}

/**
 * Writes every module of packageModules() to `outDir` as JavaScript, one file per source file: TypeScript taken out by
 * the same transform (Oxc, with tsconfig.json) a Vite build of the sources runs, then our templates compacted by the
 * same plugin. Nothing is bundled, hoisted or renamed, so a portal's bundler sees the module graph our own builds see
 * and a widget built from the package weighs what it weighs built from the sources (the size test measures both).
 */
export async function writePackageModules(outDir: string): Promise<void> {
  const compact = compactTemplates().transform as { handler: (code: string, id: string) => unknown };
  for (const [name, file] of Object.entries(packageModules())) {
    const source = readFileSync(file, 'utf8');
    const { code } = await transformWithOxc(source, file, { target: 'es2022', sourcemap: false });
    const compacted = compact.handler.call({}, code, file) as { code: string } | null;
    const out = join(outDir, `${name}.js`);
    mkdirSync(dirname(out), { recursive: true });
    writeFileSync(out, compacted?.code ?? code);
  }
}

/**
 * Builds the package's files into dist/lib and dist/theme. They are made in a folder of this process's own and moved
 * in place at the end, so two builds at once (two test processes packing) never write into each other's output.
 */
export async function buildPackage(): Promise<void> {
  const staging = resolve(repoRoot, `dist/.package-${process.pid}`);
  rmSync(staging, { recursive: true, force: true });
  const libDir = join(staging, 'lib');
  await writePackageModules(libDir);
  execFileSync(resolve(repoRoot, 'node_modules/.bin/tsc'), ['-p', 'tsconfig.package.json', '--outDir', libDir], {
    cwd: repoRoot,
    stdio: 'inherit',
  });
  // tsc emits no .d.ts it is given: the framework types are copied as they are, their `../login/login.js` imports
  // then name the emitted declarations.
  cpSync(resolve(repoRoot, PACKAGE_TYPES_DIR), join(libDir, PACKAGE_TYPES_DIR), { recursive: true });
  const themeDir = join(staging, 'theme');
  mkdirSync(themeDir, { recursive: true });
  for (const name of THEME_NAMES) writeFileSync(join(themeDir, `${name}.css`), themeToCss(name));
  for (const [from, to] of [
    [libDir, PACKAGE_LIB],
    [themeDir, PACKAGE_THEME],
  ] as const) {
    rmSync(resolve(repoRoot, to), { recursive: true, force: true });
    renameSync(from, resolve(repoRoot, to));
  }
  rmSync(staging, { recursive: true, force: true });
}

if (process.argv[1] && resolve(process.argv[1]) === resolve(import.meta.filename)) await buildPackage();
