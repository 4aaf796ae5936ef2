/**
 * ES packages with many modules, served to @web/test-runner pre-bundled, as Vite and Storybook pre-bundle them: every
 * test page loads the mock backend, and `msw` with what it imports (its core, interceptors, graphql, cookies) is about
 * 95 of the ~250 modules a page asks for — each fetched, transformed and compiled anew in every page (each test file
 * has its own browser context, so its own empty cache). esbuild bundles the given specifiers together with code
 * splitting (one copy of what they share: `msw` and `msw/browser` keep seeing the same classes), once per run; a bare
 * import of one of them, from our code or from a package, resolves to its bundle. Same package, same version, same
 * code: only the number of files changes.
 */
import { build } from 'esbuild';

const PREFIX = '/__gu-prebundled/';

/** `specifiers`: bare imports to bundle, e.g. `['msw', 'msw/browser']`. */
export function prebundlePlugin(root, specifiers) {
  const fileOf = (specifier) => `${specifier.replace(/^@/, '').replaceAll('/', '__')}.js`;
  let files;
  const bundle = async () => {
    const result = await build({
      entryPoints: Object.fromEntries(
        specifiers.map((specifier) => [fileOf(specifier).replace(/\.js$/, ''), specifier]),
      ),
      absWorkingDir: root,
      bundle: true,
      splitting: true,
      format: 'esm',
      platform: 'browser',
      // As the test runner resolves packages (web-test-runner.config.mjs `nodeResolve.exportConditions`).
      conditions: ['browser', 'development'],
      outdir: 'prebundled',
      write: false,
      logLevel: 'silent',
    });
    return new Map(result.outputFiles.map((file) => [file.path.slice(file.path.lastIndexOf('/') + 1), file.text]));
  };
  return {
    name: 'gu-prebundle',
    resolveImport({ source }) {
      return specifiers.includes(source) ? `${PREFIX}${fileOf(source)}` : undefined;
    },
    async serve(context) {
      if (!context.path.startsWith(PREFIX)) return undefined;
      files ??= bundle();
      const body = (await files).get(context.path.slice(PREFIX.length));
      return body === undefined ? undefined : { body, type: 'js' };
    },
  };
}
