/**
 * The package proven from its tarball (issue 18): consumer projects made from test/consumers/<fixture>/ outside the
 * repository (test/consumers/consumer-project.ts: `npm ci --offline` of the packed tarball and of the locked vite,
 * typescript, react, … from the local npm cache). For each of the plain Vite + TypeScript page and the React 19 page:
 * - tsc passes on the page's code and fails on a file that binds a wrong type to the element (`open` as a string),
 *   with TS2322 at that line;
 * - `vite build` makes the page, which is opened in Chromium under the strict CSP (test/consumers/browser-check.ts):
 *   the element renders, its event reaches the page's handler, the property set by the page arrives, axe passes.
 * And the measurement: a Vite build of a page whose one import is `gu-kit/application-tracker` has no module of
 * another widget in its output (every chunk's module ids, recorded by a plugin of that build).
 * Angular runs in `npm run test:consumers` (test/consumers/run-angular.ts): it installs from the registry.
 */
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { join } from 'node:path';
import { chromium, type Browser } from 'playwright-core';
import { findChrome } from '../tools/find-chrome.mjs';
import { CHROME_ARGS } from './harness.js';
import { checkBuiltPage } from '../consumers/browser-check.js';
import { createConsumer, lineOf, runOk, tsErrors, type ConsumerProject } from '../consumers/consumer-project.js';
import { repoRoot } from '../tools/packed-tarball.js';

const PLAIN_PORT = 9670;
const REACT_PORT = 9671;
/** The widgets a tracker-only page must not contain, as folders of the package. */
const OTHER_WIDGETS = ['login', 'payments', 'notifications', 'security', 'verification', 'a11y'];

/**
 * tsc once over the page's code and the wrong binding together (tsconfig.wrong.json includes both; the package's
 * `.d.ts` are checked too, skipLibCheck off): its only error must be TS2322 at the marked line — so the page's code
 * type-checks and the wrong type is refused, in one run of tsc instead of two.
 */
async function checkTypes(project: ConsumerProject, wrongFile: string): Promise<void> {
  const wrong = await project.bin('tsc', ['--noEmit', '--pretty', 'false', '-p', 'tsconfig.wrong.json']);
  assert.notEqual(wrong.code, 0, 'tsc accepted a string for the boolean `open`');
  const errors = tsErrors(wrong.output);
  assert.deepEqual(
    errors.map(({ file, line, code }) => ({ file, line, code })),
    [{ file: wrongFile, line: lineOf(project.dir, wrongFile, 'wrong-binding'), code: 'TS2322' }],
    wrong.output,
  );
  assert.match(errors[0]!.message, /'(string|"yes")' is not assignable to type 'boolean/);
}

describe('gu-kit from its packed tarball in consumer projects', { timeout: 600_000 }, () => {
  let plain: ConsumerProject | undefined;
  let react: ConsumerProject | undefined;
  let browser: Browser | undefined;

  before(async () => {
    // One install per project, both at once (npm's cache takes concurrent readers), and the browser meanwhile.
    [plain, react, browser] = await Promise.all([
      createConsumer('plain-vite-ts', { devDependencies: ['vite', 'typescript'] }),
      createConsumer('react19', {
        dependencies: ['react', 'react-dom'],
        devDependencies: ['vite', 'typescript', '@types/react', '@types/react-dom'],
      }),
      chromium.launch({ executablePath: findChrome(), args: CHROME_ARGS, headless: true }),
    ]);
  });

  after(async () => {
    await browser?.close().catch(() => undefined);
    plain?.remove();
    react?.remove();
  });

  it('installs the tarball, offline from the npm cache', (t) => {
    for (const project of [plain!, react!]) {
      const installed = JSON.parse(readFileSync(join(project.dir, 'node_modules/gu-kit/package.json'), 'utf8')) as {
        name: string;
        version: string;
      };
      const ours = JSON.parse(readFileSync(join(repoRoot, 'package.json'), 'utf8')) as { version: string };
      assert.equal(`${installed.name}@${installed.version}`, `gu-kit@${ours.version}`);
      // A cache that misses a tarball is not the package's fault: the install went to the registry, and says so.
      if (project.install !== 'offline') t.diagnostic(`${project.dir}: installed ${project.install}`);
    }
  });

  it('plain Vite + TypeScript: the page type-checks, a wrong property type does not', async () => {
    await checkTypes(plain!, 'src/wrong-binding.ts');
  });

  it('React 19: the JSX type-checks, a wrong attribute type does not', async () => {
    await checkTypes(react!, 'src/wrong-binding.tsx');
  });

  it('plain Vite + TypeScript: built, the element renders and talks to the page under the strict CSP', async () => {
    await runOk(plain!.dir, join(plain!.dir, 'node_modules/.bin/vite'), ['build', '--logLevel', 'warn']);
    await checkBuiltPage(browser!, join(plain!.dir, 'dist'), PLAIN_PORT, {
      heading: 'Портал на Vite и TypeScript',
      expectEventText: 'Страница получила выбор: huge',
    });
  });

  it('React 19: built, the element renders and talks to React under the strict CSP', async () => {
    await runOk(react!.dir, join(react!.dir, 'node_modules/.bin/vite'), ['build', '--logLevel', 'warn']);
    await checkBuiltPage(browser!, join(react!.dir, 'dist'), REACT_PORT, {
      heading: 'Портал на React 19',
      expectEventText: 'React получил выбор: huge',
    });
  });

  it("a Vite build that imports only 'gu-kit/application-tracker' holds nothing of the other widgets", async (t) => {
    const dir = plain!.dir;
    await runOk(dir, join(dir, 'node_modules/.bin/vite'), [
      'build',
      '--config',
      'tracker-only/vite.config.ts',
      '--logLevel',
      'warn',
    ]);
    const chunks = JSON.parse(readFileSync(join(dir, 'dist-tracker-only/module-ids.json'), 'utf8')) as {
      file: string;
      entry: boolean;
      modules: string[];
    }[];
    const modules = chunks.flatMap((chunk) => chunk.modules);
    const fromPackage = modules.filter((id) => id.includes('/node_modules/gu-kit/'));
    // The measurement measures something: the tracker and the core it needs are there.
    assert.ok(fromPackage.some((id) => id.endsWith('/components/application-tracker/application-tracker.js')));
    assert.ok(fromPackage.some((id) => id.includes('/components/core/')));
    const others = fromPackage.filter((id) =>
      OTHER_WIDGETS.some((widget) => id.includes(`/node_modules/gu-kit/dist/lib/components/${widget}/`)),
    );
    assert.deepEqual(others, [], 'modules of other widgets in a tracker-only build');
    // What a portal ships for the tracker from the package, for the log (the budgets are test/node/size-budget.test.ts's).
    const gzip = (chunk: { file: string }) => gzipSync(readFileSync(join(dir, 'dist-tracker-only', chunk.file))).length;
    const entry = chunks.filter((chunk) => chunk.entry);
    t.diagnostic(
      `tracker-only build: ${chunks.length} chunks, entry ${entry.map(gzip).reduce((a, b) => a + b, 0)} B gzip, ` +
        `all ${chunks.map(gzip).reduce((a, b) => a + b, 0)} B gzip, ${fromPackage.length} modules of gu-kit`,
    );
    // And no other widget's element name in the emitted code either.
    const code = chunks.map((chunk) => readFileSync(join(dir, 'dist-tracker-only', chunk.file), 'utf8')).join('\n');
    for (const tag of ['gu-login', 'gu-payments', 'gu-notifications', 'gu-security-settings', 'gu-verification'])
      assert.doesNotMatch(code, new RegExp(`['"\`]${tag}['"\`]`), `${tag} in the tracker-only build`);
  });
});
