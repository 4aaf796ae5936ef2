/**
 * `npm run bench` → the mock database's seeding time per size (was a timing assertion in test/mocks/scenarios.test.ts,
 * where a loaded machine made it fail). Budget: the `large` size (10 000 applications) in < 300 ms. Prints; never fails.
 */
import { seedDb } from '../mocks/db/index.js';

const BUDGET_MS = 300;
const RUNS = 5;

for (const size of ['default', 'large'] as const) {
  seedDb(size); // warm-up (JIT)
  const times: number[] = [];
  for (let run = 0; run < RUNS; run += 1) {
    const started = performance.now();
    const db = seedDb(size);
    times.push(performance.now() - started);
    if (run === 0) console.log(`${size}: ${db.applications.length} applications, ${db.charges.length} charges`);
  }
  const median = times.sort((a, b) => a - b)[Math.floor(RUNS / 2)]!;
  const verdict =
    size === 'large'
      ? median < BUDGET_MS
        ? ` (budget < ${BUDGET_MS} ms: ok)`
        : ` (budget < ${BUDGET_MS} ms: OVER)`
      : '';
  console.log(`${size}: seeded in ${median.toFixed(0)} ms (median of ${RUNS})${verdict}`);
}
