// Where the browser phase's time goes: with GU_TIMINGS=<file>, writes one line per test file (seconds from its page
// starting to its results collected, and the sum of its tests' own durations), slowest first. Off otherwise.
import { writeFileSync } from 'node:fs';
import { relative } from 'node:path';
import { screenshotCount } from './screenshot-plugin.mjs';

export function timingReporter(file = process.env.GU_TIMINGS) {
  if (!file) return {};
  const started = new Map();
  const finished = new Map();
  let runStart = 0;
  return {
    start({ sessions }) {
      runStart = Date.now();
      sessions.on('session-updated', () => {
        for (const session of sessions.all()) {
          if (session.status !== 'SCHEDULED' && !started.has(session.id)) started.set(session.id, Date.now());
          if (session.status === 'FINISHED' && !finished.has(session.id)) finished.set(session.id, Date.now());
        }
      });
    },
    onTestRunFinished({ sessions }) {
      const sum = (suite) =>
        suite.tests.reduce((total, test) => total + (test.duration ?? 0), 0) +
        suite.suites.reduce((total, child) => total + sum(child), 0);
      const rows = sessions.map((session) => ({
        file: relative(process.cwd(), session.testFile),
        wall: ((finished.get(session.id) ?? 0) - (started.get(session.id) ?? 0)) / 1000,
        tests: session.testResults ? sum(session.testResults) / 1000 : 0,
        at: ((started.get(session.id) ?? runStart) - runStart) / 1000,
      }));
      rows.sort((a, b) => b.wall - a.wall);
      const total = rows.reduce((t, r) => t + r.wall, 0);
      writeFileSync(
        file,
        `# run ${((Date.now() - runStart) / 1000).toFixed(1)} s, files' wall summed ${total.toFixed(1)} s, ` +
          `${screenshotCount.value} screenshots\n# wall\ttests\tstart\tfile\n` +
          rows.map((r) => `${r.wall.toFixed(1)}\t${r.tests.toFixed(1)}\t@${r.at.toFixed(0)}\t${r.file}`).join('\n') +
          '\n',
      );
    },
  };
}
