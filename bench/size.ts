/**
 * `npm run bench` (sizes): every public entry — each `gu-*.ts` define module under components/, widget parts
 * excluded — is built on its own, as a portal embedding just that element would load it, and its first render
 * (the entry plus every chunk it imports statically, each gzipped as a server would send it) is printed in gzip and
 * brotli bytes against the budget — built from the sources and from the packed npm package (issue 18), the line
 * says OVER when either crosses it. Chunks loaded later with import() are shown apart. A build of all entries together
 * then shows what they share (Lit and core), once per page. It prints figures; it never fails. The same measurement
 * (bench/size-measure.ts) fails `npm test` when a budget is crossed: test/node/size-budget.test.ts.
 */
import { type Rolldown } from 'vite';
import { chunksOf, gzip, kb, measureEntry, packageEntryList, publicEntryList } from './size-measure.js';

type OutputChunk = Rolldown.OutputChunk;

const WIDGET_BUDGET_GZIP = 16 * 1024;
/**
 * Entries that are not widgets, so the widget budget does not apply: the session provider (oidc-client-ts loads on
 * demand) and its notice (widgets load it lazily when signed out). Both are counted in the portal's first-load budget
 * (bench/portal.ts) instead.
 */
const NO_BUDGET = new Set(['components/core/session/gu-session', 'components/core/session/gu-session-notice']);

const entries = publicEntryList();
// The same entries from the package a portal installs (the packed tarball, issue 18): the budget is judged on these.
const fromPackage = new Map(packageEntryList());
const rows: string[][] = [];
let over = 0;
for (const [name, file] of entries) {
  const size = await measureEntry(name, file, { withBrotli: true });
  const packaged = await measureEntry(name, fromPackage.get(name)!);
  const budgeted = !NO_BUDGET.has(name);
  const ok = !budgeted || Math.max(size.firstGzip, packaged.firstGzip) <= WIDGET_BUDGET_GZIP;
  if (!ok) over += 1;
  rows.push([
    name,
    kb(size.firstGzip),
    kb(packaged.firstGzip),
    kb(size.firstBrotli ?? 0),
    String(size.firstFiles),
    size.lazyFiles ? `${kb(size.lazyGzip)} in ${size.lazyFiles}` : '—',
    budgeted ? kb(WIDGET_BUDGET_GZIP) : '—',
    budgeted ? (ok ? 'ok' : 'OVER') : '',
  ]);
}

const header = [
  'entry',
  'first render gzip',
  'from the package',
  'brotli',
  'files',
  'loaded later (gzip)',
  'budget',
  '',
];
const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
const line = (cells: string[]) =>
  cells.map((cell, i) => (i === 0 ? cell.padEnd(widths[i]!) : cell.padStart(widths[i]!))).join('  ');
console.log('First render per public entry, each built on its own (Lit included):');
console.log(line(header));
for (const row of rows) console.log(line(row));

// What the entries share when a page loads several: the chunks of a build of all of them together.
const together = await chunksOf(Object.fromEntries(entries));
const shared = together.filter((chunk) => !chunk.isEntry && !chunk.isDynamicEntry);
const isLit = (chunk: OutputChunk) =>
  Object.keys(chunk.modules).some((m) => /node_modules\/(lit|@lit|lit-html|lit-element)\//.test(m));
const litShared = shared.filter(isLit);
console.log('');
console.log('Shared when several entries are on one page (loaded once):');
console.log(
  `  chunks holding Lit and @lit/* (with what the bundler grouped with them): ${kb(litShared.reduce((s, c) => s + gzip(c.code), 0))} gzip in ${litShared.length} chunk(s)`,
);
console.log(
  `  other shared kit code (api, i18n, theme, ui, session): ${kb(shared.filter((c) => !isLit(c)).reduce((s, c) => s + gzip(c.code), 0))} gzip in ${shared.filter((c) => !isLit(c)).length} chunk(s)`,
);
console.log('');
console.log(`${rows.length} entries; ${over} over the widget first-render budget of ${kb(WIDGET_BUDGET_GZIP)} gzip.`);
