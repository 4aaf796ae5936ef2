/**
 * `npx tsx bench/application-tracker.profile.ts`: where the milliseconds of the tracker bench go. Builds the bench
 * page (application-tracker.serve.ts, not minified so function names stay readable), runs it with the CDP sampling profiler and
 * a trace, and prints the self time per function and the renderer's main-thread events (style, layout, paint) of
 * the first paint and the filter. A diagnosis tool for bench/application-tracker.ts; prints figures, never fails.
 */
import { chromium } from 'playwright-core';
import { findChrome } from '../test/tools/find-chrome.mjs';
import { serveBenchPage } from './application-tracker.serve.js';
import { startMockHttpServer } from '../mocks/server/http-server.js';
import { DEFAULT_PERSON_ID, getDb } from '../mocks/db/index.js';
import { applicationIndex, sortedApplications } from '../mocks/db/application-index.js';

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  children?: number[];
}
interface Profile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
  startTime: number;
}
interface TraceEvent {
  name: string;
  ph: string;
  ts: number;
  dur?: number;
  tid: number;
  pid: number;
  args?: { data?: Record<string, unknown>; name?: string };
}

const browser = await chromium.launch({
  executablePath: findChrome(),
  args: ['--no-sandbox', '--disable-dev-shm-usage', '--disable-gpu'],
});
const RUNS = Number(process.env.PROFILE_RUNS ?? 4);
// PROFILE_BACKEND=http: the tracker talks to the mock served over real HTTP from Node on the page's origin (the
// budgeted run of the bench); otherwise to the mock in a service worker on the page.
const backend =
  process.env.PROFILE_BACKEND === 'http' ? await startMockHttpServer({ port: 0, scenario: 'large' }) : undefined;
if (backend) sortedApplications(applicationIndex(getDb(), DEFAULT_PERSON_ID), '-submittedAt');
const query = backend ? '?api=/api' : '';
const page0 = await serveBenchPage({ minify: false, ...(backend ? { api: backend.url } : {}) });
const self = new Map<string, number>();
const events = new Map<string, number>();
/** The same until the list is painted (mount → tracker:painted). */
const firstPaintEvents = new Map<string, number>();
let totalSampled = 0;
try {
  for (let run = 0; run < RUNS; run += 1) {
    const page = await browser.newPage();
    const cdp = await page.context().newCDPSession(page);
    // PROFILE_SAMPLING=0: the trace only (true durations; the sampling profiler slows the page down).
    const sampling = process.env.PROFILE_SAMPLING !== '0';
    if (sampling) await cdp.send('Profiler.enable');
    if (sampling) await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
    const trace: TraceEvent[] = [];
    cdp.on('Tracing.dataCollected', (data) => void trace.push(...(data.value as unknown as TraceEvent[])));
    const traceDone = new Promise<void>((done) => cdp.once('Tracing.tracingComplete', () => done()));
    await cdp.send('Tracing.start', {
      categories: 'devtools.timeline,disabled-by-default-devtools.timeline,blink.user_timing,v8.execute',
      transferMode: 'ReportEvents',
    });
    if (sampling) await cdp.send('Profiler.start');
    await page.goto(`${page0.url}${query}`);
    await page.waitForFunction(() => '__trackerBench' in window, undefined, { timeout: 60_000 });
    // Playwright's page script is in now (waitForFunction put it there): nothing of the driver runs during the bench.
    const figures = await page.evaluate(() =>
      (window as unknown as { __trackerBench: () => Promise<Record<string, number>> }).__trackerBench(),
    );
    const { profile } = sampling
      ? ((await cdp.send('Profiler.stop')) as { profile: Profile })
      : { profile: { nodes: [], samples: [], timeDeltas: [], startTime: 0 } satisfies Profile };
    await cdp.send('Tracing.end');
    await traceDone;
    const marks = await page.evaluate(() =>
      performance.getEntriesByType('mark').map((m) => ({ name: m.name, t: m.startTime + performance.timeOrigin })),
    );
    await page.close();
    console.log(`run ${run}: ${JSON.stringify(figures)}`);
    if (run === 0) continue; // warm-up
    // The window to attribute: from the mount mark to the end of the filter.
    const mark = (name: string) => marks.find((m) => m.name === name)?.t;
    const from = mark('tracker:mount');
    const to = mark('tracker:filtered');
    if (from === undefined || to === undefined) continue;
    // CPU profile: timestamps in µs of the monotonic clock; the trace's clock is the same.
    const nodes = new Map(profile.nodes.map((node) => [node.id, node]));
    let time = profile.startTime;
    const navStart = trace.find((e) => e.name === 'TimeStamp' || e.name === 'navigationStart');
    void navStart;
    // Convert epoch-ms marks to the profiler clock using the trace's user-timing events.
    const markEvent = trace.find((e) => e.name === 'tracker:mount');
    const paintedEvent = trace.find((e) => e.name === 'tracker:painted');
    const endEvent = trace.find((e) => e.name === 'tracker:filtered');
    const start = markEvent?.ts ?? 0;
    // PROFILE_UNTIL=painted: self times until the list is painted only.
    const end = (process.env.PROFILE_UNTIL === 'painted' ? paintedEvent : endEvent)?.ts ?? Infinity;
    const parents = new Map<number, number>();
    for (const node of profile.nodes) for (const child of node.children ?? []) parents.set(child, node.id);
    const timed: { t: number; id: number; d: number }[] = [];
    profile.samples.forEach((id, index) => {
      time += profile.timeDeltas[index]!;
      timed.push({ t: time, id, d: (profile.timeDeltas[index + 1] ?? 0) / 1000 });
      if (time < start || time > end) return;
      const node = nodes.get(id)!;
      const delta = profile.timeDeltas[index + 1] ?? 0;
      const { functionName, url, lineNumber } = node.callFrame;
      const file = url.split('/').pop() ?? '';
      const key = `${functionName || '(anonymous)'} ${file}:${lineNumber}`;
      self.set(key, (self.get(key) ?? 0) + delta / 1000);
      totalSampled += delta / 1000;
    });
    const main = trace.find((e) => e.name === 'tracker:mount');
    for (const event of trace) {
      if (event.ph !== 'X' || !event.dur || event.ts < start || event.ts > end) continue;
      if (main && (event.pid !== main.pid || event.tid !== main.tid)) continue;
      events.set(event.name, (events.get(event.name) ?? 0) + event.dur / 1000);
      if (paintedEvent && event.ts + event.dur <= paintedEvent.ts)
        firstPaintEvents.set(event.name, (firstPaintEvents.get(event.name) ?? 0) + event.dur / 1000);
    }
    if (run === RUNS - 1 || process.env.PROFILE_TIMELINE === 'all') {
      // The main thread's tasks of this run: start, duration and what they did.
      const onMain = trace.filter(
        (e) => main && e.pid === main.pid && e.tid === main.tid && e.ts + (e.dur ?? 0) >= start && e.ts <= end,
      );
      const tasks = onMain.filter((e) => e.name === 'RunTask' && e.ph === 'X' && (e.dur ?? 0) > 300);
      for (const task of tasks) {
        const inside = onMain.filter(
          (e) =>
            e !== task &&
            e.ph === 'X' &&
            e.ts >= task.ts &&
            e.ts + (e.dur ?? 0) <= task.ts + task.dur! &&
            (e.dur ?? 0) > 200,
        );
        const what = inside
          .filter((e) =>
            /^(FunctionCall|Layout|UpdateLayoutTree|Paint|Commit|RunMicrotasks|FireAnimationFrame|TimerFire|EventDispatch|v8.evaluateModule|ParseHTML|PrePaint)$/.test(
              e.name,
            ),
          )
          .map((e) => {
            const data = e.args?.data ?? {};
            const where =
              typeof data['url'] === 'string'
                ? ` ${String(data['url']).split('/').pop()}:${String(data['lineNumber'] ?? '')}`
                : typeof data['type'] === 'string'
                  ? ` ${String(data['type'])}`
                  : '';
            return `${e.name}${where} ${((e.dur ?? 0) / 1000).toFixed(1)}`;
          })
          .join(' | ');
        console.log(
          `    +${((task.ts - start) / 1000).toFixed(1).padStart(6)} ${((task.dur ?? 0) / 1000).toFixed(1).padStart(5)} ms  ${what}`,
        );
        if ((task.dur ?? 0) < 2500) continue;
        const inTask = new Map<string, number>();
        for (const sample of timed) {
          if (sample.t < task.ts || sample.t > task.ts + task.dur!) continue;
          const node = nodes.get(sample.id)!;
          if (node.callFrame.functionName === '(program)' || node.callFrame.functionName === '(idle)') continue;
          // The self function and the nearest named caller chain (3 levels), to tell the mock from the tracker.
          const chain: string[] = [];
          let at: number | undefined = sample.id;
          while (at !== undefined && chain.length < 4) {
            const frame = nodes.get(at)!.callFrame;
            chain.push(`${frame.functionName || '(anon)'}@${frame.url.split('/').pop()}:${frame.lineNumber}`);
            at = parents.get(at);
          }
          const key = chain.join(' < ');
          inTask.set(key, (inTask.get(key) ?? 0) + sample.d);
        }
        for (const [key, value] of [...inTask].sort((a, b) => b[1] - a[1]).slice(0, 8))
          console.log(`            ${value.toFixed(2).padStart(6)} ${key}`);
      }
    }
    const userMarks = trace
      .filter((e) => e.name.startsWith('tracker:') && e.ts >= start)
      .map((e) => `${e.name} +${((e.ts - start) / 1000).toFixed(1)}`);
    console.log(`  marks: ${userMarks.join(', ')}`);
  }
} finally {
  await browser.close();
  await page0.close();
  await backend?.close();
}
const runs = Math.max(1, RUNS - 1);
console.log(`\nSelf time per run (mount → filtered), top 45 of ${(totalSampled / runs).toFixed(1)} ms sampled:`);
for (const [key, value] of [...self].sort((a, b) => b[1] - a[1]).slice(0, 45))
  console.log(`  ${(value / runs).toFixed(2).padStart(7)} ms  ${key}`);
console.log('\nMain-thread trace events per run, mount → list painted (inclusive, overlapping):');
for (const [key, value] of [...firstPaintEvents].sort((a, b) => b[1] - a[1]).slice(0, 12))
  console.log(`  ${(value / runs).toFixed(2).padStart(7)} ms  ${key}`);
console.log('\nMain-thread trace events per run, mount → filtered (inclusive, overlapping):');
for (const [key, value] of [...events].sort((a, b) => b[1] - a[1]).slice(0, 25))
  console.log(`  ${(value / runs).toFixed(2).padStart(7)} ms  ${key}`);
