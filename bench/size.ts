/**
 * `npm run bench` (sizes): every public entry — each `gu-*.ts` define module under components/, widget parts
 * excluded — is built on its own, as a portal embedding just that element would load it, and its first render
 * (the entry plus every chunk it imports statically, each gzipped as a server would send it) is printed in gzip and
 * brotli bytes against the budget. Chunks loaded later with import() are shown apart. A build of all entries together
 * then shows what they share (Lit and core), once per page. It prints figures; it never fails the test suite.
 */
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { build, type Rolldown } from 'vite';
import { KIT_ENTRY_SIGNATURES, compactTemplates, dropEmptyPreloads, publicEntries } from '../vite.config.js';

type OutputChunk = Rolldown.OutputChunk;

const root = import.meta.dirname ? `${import.meta.dirname}/..` : process.cwd();
const WIDGET_BUDGET_GZIP = 16 * 1024;
/**
 * Entries that are not widgets, so the widget budget does not apply: the session provider (oidc-client-ts loads on
 * demand) and its notice (widgets load it lazily when signed out). Both are counted in the portal's first-load budget
 * (bench/portal.ts) instead.
 */
const NO_BUDGET = new Set(['components/core/session/gu-session', 'components/core/session/gu-session-notice']);

const gzip = (code: string) => gzipSync(code, { level: 9 }).length;
const brotli = (code: string) => brotliCompressSync(code, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length;
const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;

async function chunksOf(input: Record<string, string>): Promise<OutputChunk[]> {
  const result = await build({
    configFile: false,
    root,
    logLevel: 'silent',
    // Dynamic imports without Vite's preload helper, as the kit build ships them (vite.config.ts).
    plugins: [compactTemplates(), dropEmptyPreloads()],
    build: {
      write: false,
      target: 'es2022',
      minify: true,
      modulePreload: false,
      // As the kit build (vite.config.ts): an entry's chunk may export what its lazy parts share with its first render.
      rollupOptions: { input, preserveEntrySignatures: KIT_ENTRY_SIGNATURES, output: { format: 'es' } },
    },
  });
  const outputs = (Array.isArray(result) ? result : [result]) as { output: (OutputChunk | { type: 'asset' })[] }[];
  return outputs.flatMap((o) => o.output).filter((item): item is OutputChunk => item.type === 'chunk');
}

function staticClosure(chunk: OutputChunk, byFile: Map<string, OutputChunk>, seen = new Set<string>()): Set<string> {
  seen.add(chunk.fileName);
  for (const imported of chunk.imports) {
    const next = byFile.get(imported);
    if (next && !seen.has(imported)) staticClosure(next, byFile, seen);
  }
  return seen;
}

const entries = Object.entries(publicEntries()).filter(([name]) => !name.includes('/parts/'));
const rows: string[][] = [];
let over = 0;
for (const [name, file] of entries.sort(([a], [b]) => a.localeCompare(b))) {
  const chunks = await chunksOf({ [name]: file });
  const byFile = new Map(chunks.map((chunk) => [chunk.fileName, chunk]));
  const entry = chunks.find((chunk) => chunk.isEntry)!;
  const first = [...staticClosure(entry, byFile)].map((fileName) => byFile.get(fileName)!);
  const firstNames = new Set(first.map((chunk) => chunk.fileName));
  const lazy = chunks.filter((chunk) => !firstNames.has(chunk.fileName));
  const gz = first.reduce((sum, chunk) => sum + gzip(chunk.code), 0);
  const br = first.reduce((sum, chunk) => sum + brotli(chunk.code), 0);
  const lazyGz = lazy.reduce((sum, chunk) => sum + gzip(chunk.code), 0);
  const budgeted = !NO_BUDGET.has(name);
  const ok = !budgeted || gz <= WIDGET_BUDGET_GZIP;
  if (!ok) over += 1;
  rows.push([
    name,
    kb(gz),
    kb(br),
    String(first.length),
    lazy.length ? `${kb(lazyGz)} in ${lazy.length}` : '—',
    budgeted ? kb(WIDGET_BUDGET_GZIP) : '—',
    budgeted ? (ok ? 'ok' : 'OVER') : '',
  ]);
}

const header = ['entry', 'first render gzip', 'brotli', 'files', 'loaded later (gzip)', 'budget', ''];
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
