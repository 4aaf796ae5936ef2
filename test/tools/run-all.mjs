// `npm test`: type check, lint, Node tests (contract, mock HTTP server) and browser tests, then one summary line.
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { findChrome } from './find-chrome.mjs';

const totals = { passed: 0, failed: 0, skipped: 0 };

// Chromium is the one outside need: stop early with the install command when it is missing.
try {
  process.env.CHROME_PATH = findChrome();
} catch (error) {
  console.error(error.message);
  process.exit(1);
}

const bin = (name) => join('node_modules', '.bin', name);

/** Runs a command; its output is printed whole when it ends (side by side, the log still reads one step at a time). */
function start(title, command, args, env = {}) {
  const started = Date.now();
  return new Promise((resolve) => {
    const child = spawn(command, args, { stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, ...env } });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (chunk) => (stdout += chunk));
    child.stderr.setEncoding('utf8').on('data', (chunk) => (stderr += chunk));
    child.on('error', (error) => (stderr += `${error.message}\n`)); // e.g. not installed: 'close' follows, status ≠ 0
    child.on('close', (status) => {
      console.log(`\n▶ ${title}: ${command} ${args.join(' ')}`);
      process.stdout.write(stdout);
      process.stderr.write(stderr);
      console.log(`◀ ${title}: exit ${status} in ${((Date.now() - started) / 1000).toFixed(1)} s`);
      resolve({ status, stdout });
    });
  });
}

const passFail = ({ status }) => (totals[status === 0 ? 'passed' : 'failed'] += 1);

// The static checks are single-threaded: in two lanes side by side (the type check takes about as long as the other
// three together), not one after the other with a core idle. All of them end before the tests start.
await Promise.all([
  start('type check', bin('tsc'), ['--noEmit', '-p', 'tsconfig.json']).then(passFail),
  (async () => {
    passFail(
      await start('custom elements manifest', bin('custom-elements-manifest'), [
        'analyze',
        '--config',
        'custom-elements-manifest.config.mjs',
      ]),
    );
    passFail(await start('contract is up to date', bin('tsx'), ['mocks/tools/generate-contract.ts', '--check']));
    passFail(await start('lint', bin('eslint'), ['.', '--max-warnings', '0']));
  })(),
]);

// Node tests: contract, mock HTTP server, lint rules; then end-to-end tests (real identity provider, several pages).
const nodeTests = ['test/node', 'test/e2e']
  .filter((dir) => existsSync(dir))
  .flatMap((dir) =>
    readdirSync(dir)
      .filter((name) => name.endsWith('.test.ts'))
      .map((name) => join(dir, name)),
  );
// The Node tests (mostly end-to-end pages waiting on servers and navigations) and the browser tests run side by side:
// one after the other they took 18 minutes on two cores, beside each other they use the time either one waits.
// Each phase's output is printed whole when it ends, so the log reads as before.
const wtrDir = mkdtempSync(join(tmpdir(), 'gu-wtr-'));
const summaryFile = join(wtrDir, 'summary.json');
// Where the browser phase's time went (test/tools/timing-reporter.mjs), printed after the run: the slowest files first.
const timingsFile = process.env.GU_TIMINGS ?? join(wtrDir, 'timings.tsv');
const [node, browser] = await Promise.all([
  start('node tests', bin('tsx'), ['--test', '--test-concurrency=1', '--test-reporter=spec', ...nodeTests]),
  start('browser tests', bin('web-test-runner'), ['--config', 'test/tools/web-test-runner.config.mjs'], {
    GU_SUMMARY_FILE: summaryFile,
    GU_TIMINGS: timingsFile,
  }),
]);
if (existsSync(timingsFile)) {
  const lines = readFileSync(timingsFile, 'utf8').trimEnd().split('\n');
  console.log(`\nBrowser test files, slowest first (seconds; all of them in ${timingsFile}):`);
  console.log(lines.slice(0, 22).join('\n'));
}
const pick = (label) => Number((node.stdout.match(new RegExp(`^ℹ ${label} (\\d+)$`, 'm')) ?? [])[1] ?? 0);
totals.passed += pick('pass');
totals.failed += pick('fail') + pick('cancelled');
totals.skipped += pick('skipped') + pick('todo');
if (node.status !== 0 && pick('fail') + pick('cancelled') === 0) totals.failed += 1;

// The failed tests' names, printed last: a CI log is often read from its tail.
const failures = [];
// node --test's spec reporter lists the failures again under "✖ failing tests:"; their names are the lines with ✖.
const failing = node.stdout.split(/^✖ failing tests:$/m)[1] ?? '';
let place = '';
for (const line of failing.split('\n')) {
  place = line.match(/^test at (.+)$/)?.[1] ?? place;
  const name = line.match(/^\s*✖ (.+?)(?: \([\d.]+ms\))?$/)?.[1];
  if (name) failures.push(`node: ${place} › ${name}`);
}
if (existsSync(summaryFile)) {
  const counts = JSON.parse(readFileSync(summaryFile, 'utf8'));
  totals.passed += counts.passed;
  totals.failed += counts.failed;
  totals.skipped += counts.skipped;
  failures.push(...counts.failures.map((failure) => `browser: ${failure}`));
}
if (failures.length > 0) console.log(`\nFailed:\n${failures.map((failure) => `  ✗ ${failure}`).join('\n')}`);
if (browser.status !== 0 && !existsSync(summaryFile)) totals.failed += 1;

console.log(`\n${totals.passed} passed, ${totals.failed} failed, ${totals.skipped} skipped`);
process.exit(totals.failed > 0 || browser.status !== 0 ? 1 : 0);
