/**
 * `npm run bench`: runs every benchmark in bench/ (sizes first, then the widgets' browser benchmarks) and
 * prints their figures against the budgets. Benchmarks print; they never fail the test suite.
 */
import { spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';

const dir = import.meta.dirname;
const scripts = readdirSync(dir)
  // Benchmarks are bench/<name>.ts; helpers such as <name>.page.ts (a browser module) or <name>.profile.ts are not.
  .filter((name) => /^[\w-]+\.ts$/.test(name) && name !== 'run-all.ts')
  .sort((a, b) => (a === 'size.ts' ? -1 : b === 'size.ts' ? 1 : a.localeCompare(b)));

for (const script of scripts) {
  console.log(`\n=== ${script.replace(/\.ts$/, '')} ===`);
  const result = spawnSync(join('node_modules', '.bin', 'tsx'), [join(dir, script)], { stdio: 'inherit' });
  if (result.status !== 0) console.log(`(${script} exited with ${result.status}; its figures above may be incomplete)`);
}
