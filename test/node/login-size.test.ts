/**
 * Issue 12, defect 7: the new-password step of <gu-login> loaded 840 KB gzip (the whole common and English zxcvbn
 * lists). This builds <gu-login>'s entry as the kit ships it (the same build as `bench/size.ts`) and sums, gzipped,
 * every chunk the new-password step brings in — the part, the strength meter, zxcvbn core and the dictionaries,
 * statically or by import() — that the sign-in form and its engine had not loaded before. Budget: 60 KB gzip.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Rolldown } from 'vite';
import { chunksOf, closure, gzip } from '../../bench/size-measure.js';

type OutputChunk = Rolldown.OutputChunk;

export const NEW_PASSWORD_STEP_BUDGET_GZIP = 60 * 1024;
const root = `${import.meta.dirname}/../..`;

const moduleChunk = (chunks: OutputChunk[], path: string): OutputChunk => {
  const found = chunks.find((chunk) => chunk.facadeModuleId?.endsWith(path));
  assert.ok(found, `no chunk for ${path}`);
  return found;
};

test('the new-password step of <gu-login> loads ≤ 60 KB gzip (zxcvbn and its dictionaries included)', async () => {
  const chunks = await chunksOf({ 'gu-login': `${root}/components/login/gu-login.ts` });
  const byFile = new Map(chunks.map((chunk) => [chunk.fileName, chunk]));
  const entry = chunks.find((chunk) => chunk.isEntry)!;
  // Before any step: the first render and the engine (loaded right after it; parts wait for it).
  const before = closure(entry, byFile);
  for (const name of closure(moduleChunk(chunks, 'components/login/engine.ts'), byFile)) before.add(name);
  const step = closure(moduleChunk(chunks, 'components/login/parts/new-password.ts'), byFile, {
    dynamic: true,
    loaded: before,
  });
  const loaded = [...step].filter((name) => !before.has(name)).map((name) => byFile.get(name)!);
  const total = loaded.reduce((sum, chunk) => sum + gzip(chunk.code), 0);
  const modules = loaded.flatMap((chunk) => Object.keys(chunk.modules));
  // The meter and its dictionaries are really in what was measured (a renamed file cannot make the test vacuous).
  assert.ok(
    modules.some((id) => id.includes('@zxcvbn-ts/core')),
    'zxcvbn core is loaded by the step',
  );
  assert.ok(
    modules.some((id) => id.endsWith('core/password/dictionaries.ts')),
    'the dictionaries are loaded by the step',
  );
  assert.ok(!modules.some((id) => /@zxcvbn-ts\/language-/.test(id)), 'no zxcvbn language pack at run time');
  const list = loaded.map((chunk) => `${chunk.fileName} ${(gzip(chunk.code) / 1024).toFixed(1)} KB`).join(', ');
  console.log(`new-password step: ${(total / 1024).toFixed(1)} KB gzip in ${loaded.length} chunks (${list})`);
  assert.ok(
    total <= NEW_PASSWORD_STEP_BUDGET_GZIP,
    `the new-password step loads ${(total / 1024).toFixed(1)} KB gzip, over the budget of 60 KB: ${list}`,
  );
});
