/**
 * CommonJS packages the kit imports in the browser (`qrcode`; the tests' `@sinonjs/fake-timers`), served to
 * @web/test-runner as one ES module each, as Vite and Storybook pre-bundle them: esbuild bundles the package's
 * browser entry (its own requires included) and the names the entry exports (read by requiring it in Node) become
 * named exports. One module per package, so the result does not depend on the order the browser asks for files in —
 * @rollup/plugin-commonjs through fromRollup does (its require proxies are built from what it has transformed so far:
 * `ECLevel.from is not a function` on a cold start).
 */
import { builtinModules, createRequire } from 'node:module';
import { join } from 'node:path';
import { build } from 'esbuild';

/** `entries`: repository-relative paths of the browser entries WTR resolves the packages to. */
export function commonjsBundlePlugin(root, entries) {
  const cache = new Map();
  const bundle = async (entry) => {
    const file = join(root, entry);
    const names = Object.keys(createRequire(file)(file)).filter((name) => /^[A-Za-z_$][\w$]*$/.test(name));
    const result = await build({
      stdin: {
        contents: `import m from ${JSON.stringify(file)};\nexport default m;\nexport const { ${names.join(', ')} } = m;\n`,
        resolveDir: root,
        loader: 'js',
      },
      bundle: true,
      format: 'esm',
      platform: 'browser',
      // Node built-ins a package requires only under Node (@sinonjs/fake-timers: timers, util) stay out of the
      // bundle: such a require throws in the browser, where the package does not call it (or catches it).
      external: builtinModules,
      write: false,
      logLevel: 'silent',
    });
    return result.outputFiles[0].text;
  };
  return {
    name: 'gu-commonjs-bundle',
    async serve(context) {
      const entry = entries.find((candidate) => context.path === `/${candidate}`);
      if (!entry) return undefined;
      if (!cache.has(entry)) cache.set(entry, bundle(entry));
      return { body: await cache.get(entry), type: 'js' };
    },
  };
}
