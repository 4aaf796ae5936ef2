/**
 * build/kit.ts: the kit build (library mode) ships every public element as `components/…/gu-*.js` and each dynamic
 * `import()` as it is written — no Vite preload helper in front of it (it would add ~1.2 KB gzip to a widget's first
 * render: what the old `dropEmptyPreloads` plugin took out again) — fully minified, without `@__PURE__` notes.
 */
import assert from 'node:assert/strict';
import { dirname, join, posix } from 'node:path';
import { test } from 'node:test';
import { build, type Rolldown } from 'vite';
import { KIT_ENTRY_SIGNATURES, kitBuild, publicEntries } from '../../build/kit.js';

const root = join(import.meta.dirname, '../..');

async function chunksOf(input: Record<string, string>): Promise<Rolldown.OutputChunk[]> {
  const result = await build({ ...kitBuild(input), logLevel: 'silent' });
  const outputs = (Array.isArray(result) ? result : [result]) as Rolldown.RolldownOutput[];
  return outputs.flatMap((output) => output.output).filter((item) => item.type === 'chunk');
}

test('publicEntries lists every gu-*.ts define module under components/, keyed by its path', () => {
  const entries = publicEntries();
  assert.equal(
    entries['components/application-tracker/gu-application-tracker'],
    join(root, 'components/application-tracker/gu-application-tracker.ts'),
  );
  assert.ok(entries['components/core/ui/gu-button'], 'core/ui elements are entries');
  assert.ok(entries['components/core/session/gu-session'], 'the session is an entry');
  for (const [name, file] of Object.entries(entries)) {
    assert.match(name, /^components\/([\w-]+\/)*gu-[\w-]+$/);
    assert.ok(file.endsWith(`${name}.ts`), file);
  }
});

test('the kit build: entries at their paths, dynamic imports without a preload helper, minified', async () => {
  const name = 'components/application-tracker/gu-application-tracker';
  const chunks = await chunksOf({ [name]: publicEntries()[name]! });
  const entry = chunks.find((chunk) => chunk.isEntry);
  assert.equal(entry?.fileName, `${name}.js`);
  assert.ok(
    chunks.some((chunk) => chunk.isDynamicEntry),
    'the tracker loads parts with import() (else this test checks nothing)',
  );
  const files = new Set(chunks.map((chunk) => chunk.fileName));
  for (const chunk of chunks) {
    const modules = Object.keys(chunk.modules);
    assert.ok(!modules.some((id) => id.includes('preload-helper')), `${chunk.fileName} holds Vite's preload helper`);
    assert.ok(!chunk.code.includes('__vitePreload'), `${chunk.fileName} calls Vite's preload helper`);
    assert.ok(!chunk.code.includes('__PURE__'), `${chunk.fileName} keeps @__PURE__ notes`);
    assert.ok(!/process\.env/.test(chunk.code), `${chunk.fileName} reads process.env (no such thing in a browser)`);
    // Minified: one statement after another on a line (a template with <textarea> keeps its own line breaks).
    assert.ok(!/;\n\s*(?:var|let|const|function|class|export)\b/.test(chunk.code), `${chunk.fileName} not minified`);
    // Every import names a file of the build, relative to the importer; a dynamic one as a plain import("./…").
    for (const target of [...chunk.imports, ...chunk.dynamicImports]) {
      assert.ok(files.has(target), `${chunk.fileName} imports ${target}, not in the build`);
      const specifier = posix.relative(dirname(chunk.fileName), target).replace(/^(?!\.)/, './');
      const quoted = ['"', "'", '`'].map((quote) => `${quote}${specifier}${quote}`);
      const expected = chunk.dynamicImports.includes(target) ? quoted.map((text) => `import(${text})`) : quoted;
      assert.ok(
        expected.some((text) => chunk.code.includes(text)),
        `${chunk.fileName} names ${target}: ${expected[0]}`,
      );
    }
  }
  // The entry keeps its exports (preserveEntrySignatures), and may add some for its lazy parts.
  assert.equal(KIT_ENTRY_SIGNATURES, 'allow-extension');
});
