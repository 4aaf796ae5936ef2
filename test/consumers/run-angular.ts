/**
 * `npm run test:consumers` (issue 18, "Proof from the tarball", Angular): an Angular 21 project (standalone
 * component, CUSTOM_ELEMENTS_SCHEMA, zoneless) made from test/consumers/angular/ outside the repository, with the
 * packed tarball. Angular is not one of our dependencies, so this project installs from the registry
 * (`--prefer-offline`: the npm cache first) and is not part of `npm test`; the plain and React projects are
 * (test/e2e/package-consumers.test.ts).
 * - tsc passes on the app and fails with TS2322 on a string set to the panel's boolean `open` through an ElementRef
 *   of the element's class: Angular's template checker does not check a custom element's bindings under
 *   CUSTOM_ELEMENTS_SCHEMA, so the typed use is in the component's TypeScript (the fixture's README says so);
 * - `ng build` (the application builder, AOT) makes the page, opened in Chromium under the strict CSP: the panel
 *   renders, its `gu-low-vision-change` reaches the component's handler, the `[preferences]` binding arrives, axe passes.
 */
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { chromium, type Browser } from 'playwright-core';
import { findChrome } from '../tools/find-chrome.mjs';
import { CHROME_ARGS } from '../e2e/harness.js';
import { checkBuiltPage } from './browser-check.js';
import { createConsumer, lineOf, tsErrors, type ConsumerProject } from './consumer-project.js';

const PORT = 9672;
process.env.NG_CLI_ANALYTICS = 'false';
/** Angular 21: Node 20.19 is supported, TypeScript 5.9 (ours) is in its range. */
const ANGULAR = '~21.2.0';

describe('gu-kit from its packed tarball in an Angular project', { timeout: 900_000 }, () => {
  let project: ConsumerProject | undefined;
  let browser: Browser | undefined;

  before(async () => {
    [project, browser] = await Promise.all([
      createConsumer('angular', {
        registryDependencies: {
          '@angular/common': ANGULAR,
          '@angular/compiler': ANGULAR,
          '@angular/core': ANGULAR,
          '@angular/platform-browser': ANGULAR,
          rxjs: '^7.8.0',
          tslib: '^2.8.0',
        },
        registryDevDependencies: {
          '@angular/build': ANGULAR,
          '@angular/cli': ANGULAR,
          '@angular/compiler-cli': ANGULAR,
        },
        devDependencies: ['typescript'],
      }),
      chromium.launch({ executablePath: findChrome(), args: CHROME_ARGS, headless: true }),
    ]);
  });

  after(async () => {
    await browser?.close().catch(() => undefined);
    project?.remove();
  });

  it('the component type-checks; a wrong property type through ElementRef<GuA11yPanel> does not', async () => {
    const right = await project!.bin('tsc', ['--noEmit', '--pretty', 'false', '-p', 'tsconfig.app.json']);
    assert.equal(right.code, 0, `tsc on the app:\n${right.output}`);
    const wrong = await project!.bin('tsc', ['--noEmit', '--pretty', 'false', '-p', 'tsconfig.wrong.json']);
    const errors = tsErrors(wrong.output);
    assert.deepEqual(
      errors.map(({ file, line, code }) => ({ file, line, code })),
      [
        {
          file: 'src/wrong-binding.ts',
          line: lineOf(project!.dir, 'src/wrong-binding.ts', 'wrong-binding'),
          code: 'TS2322',
        },
      ],
      wrong.output,
    );
    assert.match(errors[0]!.message, /'(string|"yes")' is not assignable to type 'boolean'/);
  });

  it('ng build: the element renders and talks to Angular under the strict CSP', async () => {
    const built = await project!.bin('ng', ['build']);
    assert.equal(built.code, 0, built.output);
    await checkBuiltPage(browser!, join(project!.dir, 'dist'), PORT, {
      heading: 'Портал на Angular',
      expectEventText: 'Angular получил выбор: huge',
    });
  });
});
