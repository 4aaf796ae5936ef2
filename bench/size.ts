/**
 * `npm run bench`: builds every public entry (each `gu-*.ts` define module under components/) as the portal's
 * bundler would, and prints gzip and brotli bytes per entry — the entry's own code plus every chunk it loads
 * statically, i.e. its first render — against the budget. Shared chunks are shown on their own lines.
 * It prints figures; it does not fail the test suite.
 */
import { readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { build, type Rolldown } from 'vite';

type OutputChunk = Rolldown.OutputChunk;

const root = join(import.meta.dirname, '..');
const FIRST_RENDER_BUDGET_GZIP = 16 * 1024;

function findEntries(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return name === 'node_modules' ? [] : findEntries(path);
    return /^gu-[\w-]+\.ts$/.test(name) ? [path] : [];
  });
}

const gzip = (code: string) => gzipSync(code, { level: 9 }).length;
const brotli = (code: string) => brotliCompressSync(code, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length;
const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;

const entries = Object.fromEntries(
  findEntries(join(root, 'components')).map((file) => [relative(root, file).replace(/\.ts$/, ''), file]),
);

const result = await build({
  configFile: false,
  root,
  logLevel: 'silent',
  build: {
    write: false,
    target: 'es2022',
    minify: true,
    modulePreload: false,
    rollupOptions: { input: entries, preserveEntrySignatures: 'strict', output: { format: 'es' } },
  },
});
const outputs = (Array.isArray(result) ? result : [result]) as { output: (OutputChunk | { type: 'asset' })[] }[];
const chunks = outputs.flatMap((o) => o.output).filter((item): item is OutputChunk => item.type === 'chunk');
const byFile = new Map(chunks.map((chunk) => [chunk.fileName, chunk]));

function staticClosure(chunk: OutputChunk, seen = new Set<string>()): Set<string> {
  seen.add(chunk.fileName);
  for (const imported of chunk.imports) {
    const next = byFile.get(imported);
    if (next && !seen.has(imported)) staticClosure(next, seen);
  }
  return seen;
}

const rows: string[][] = [];
let over = 0;
for (const chunk of chunks.filter((c) => c.isEntry).sort((a, b) => a.name.localeCompare(b.name))) {
  const files = [...staticClosure(chunk)].map((file) => byFile.get(file)!);
  const gz = files.reduce((sum, file) => sum + gzip(file.code), 0);
  const br = files.reduce((sum, file) => sum + brotli(file.code), 0);
  const ok = gz <= FIRST_RENDER_BUDGET_GZIP;
  if (!ok) over += 1;
  rows.push([chunk.name, kb(gzip(chunk.code)), kb(gz), kb(br), `${kb(FIRST_RENDER_BUDGET_GZIP)}`, ok ? 'ok' : 'OVER']);
}
const shared = chunks.filter((c) => !c.isEntry);

const header = ['entry (first render)', 'own gzip', 'total gzip', 'total brotli', 'budget gzip', ''];
const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
const line = (cells: string[]) =>
  cells.map((cell, i) => (i === 0 ? cell.padEnd(widths[i]!) : cell.padStart(widths[i]!))).join('  ');
console.log(line(header));
for (const row of rows) console.log(line(row));
console.log('');
console.log('shared chunks (loaded once per page, counted in every entry above that imports them):');
for (const chunk of shared.sort((a, b) => gzip(b.code) - gzip(a.code))) {
  const modules = Object.keys(chunk.modules).map((m) => relative(root, m));
  const what = modules.some((m) => m.includes('node_modules/lit') || m.includes('node_modules/@lit'))
    ? 'lit and friends'
    : 'kit code';
  console.log(
    `  ${chunk.fileName.padEnd(28)} gzip ${kb(gzip(chunk.code)).padStart(8)}  brotli ${kb(brotli(chunk.code)).padStart(8)}  (${what}, ${modules.length} modules)`,
  );
}
console.log('');
console.log(`${rows.length} entries, ${over} over the first-render budget of ${kb(FIRST_RENDER_BUDGET_GZIP)} gzip.`);
