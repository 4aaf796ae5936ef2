/**
 * build/chunks.ts: the portals' build puts what a portal page loads at once in two shared chunks by a rule — `portal`
 * (what the page imports statically, its own folder aside) and `session` (what the session elements add) — and
 * leaves the rest, oidc-client-ts above all, to chunks loaded on demand. «Версия для слабовидящих»: the header's
 * <gu-a11y-toggle> is in every page's first load (≤ 3 KB gzip of it), its panel loads only when opened.
 */
import assert from 'node:assert/strict';
import { gzipSync } from 'node:zlib';
import { test } from 'node:test';
import type { Rolldown } from 'vite';
import { firstLoadChunkOf } from '../../build/chunks.js';
import { PORTALS } from '../../vite.config.js';
import { portalsBuild, type BuiltChunk } from '../tools/portals-build.js';

/** A module graph: each module and what it imports statically. */
function contextOf(graph: Record<string, string[]>): Rolldown.ChunkingContext {
  const importers = (id: string) => Object.keys(graph).filter((other) => graph[other]!.includes(id));
  return {
    getModuleInfo: (id: string) => (id in graph ? { id, importers: importers(id) } : null),
  } as unknown as Rolldown.ChunkingContext;
}

test('firstLoadChunkOf: page imports → portal, the session elements’ imports → session, the rest → null', () => {
  const ctx = contextOf({
    '/r/shells/severny/index.html': ['/r/shells/severny/main.ts'],
    '/r/shells/severny/main.ts': ['/r/shells/portal/portal.ts'],
    '/r/shells/portal/portal.ts': ['/r/node_modules/lit/index.js', '/r/node_modules/single-spa/x.js'],
    '/r/node_modules/lit/index.js': [],
    '/r/node_modules/single-spa/x.js': [],
    // Loaded with import() by the portal: no static importer.
    '/r/components/core/session/gu-session.ts': ['/r/components/core/session/session-core.ts'],
    '/r/components/core/session/session-core.ts': ['/r/node_modules/lit/index.js', '/r/components/core/ui/button.ts'],
    '/r/components/core/ui/button.ts': [],
    '/r/components/core/session/oidc-runtime.ts': ['/r/node_modules/oidc-client-ts/index.js'],
    '/r/node_modules/oidc-client-ts/index.js': [],
    '/r/components/login/gu-login.ts': ['/r/node_modules/lit/index.js'],
    // A page that is not a portal's: what it imports is not the portals' first load.
    '/r/shells/plain/index.html': ['/r/shells/plain/main.ts'],
    '/r/shells/plain/main.ts': ['/r/components/login/gu-login.ts'],
  });
  const chunkOf = (id: string) => firstLoadChunkOf(`/r/${id}`, ctx, PORTALS);
  assert.equal(chunkOf('node_modules/lit/index.js'), 'portal');
  assert.equal(chunkOf('node_modules/single-spa/x.js'), 'portal');
  assert.equal(chunkOf('shells/portal/portal.ts'), 'portal');
  assert.equal(chunkOf('shells/severny/main.ts'), null, 'a portal’s own folder stays in its page');
  assert.equal(chunkOf('shells/severny/index.html'), null);
  assert.equal(chunkOf('components/core/session/gu-session.ts'), 'session');
  assert.equal(chunkOf('components/core/session/session-core.ts'), 'session');
  assert.equal(chunkOf('components/core/ui/button.ts'), 'session');
  assert.equal(chunkOf('components/core/session/oidc-runtime.ts'), null);
  assert.equal(chunkOf('node_modules/oidc-client-ts/index.js'), null);
  assert.equal(chunkOf('components/login/gu-login.ts'), null);
  assert.equal(chunkOf('shells/plain/main.ts'), null);
});

test('the portals’ build: a page’s first load is its entry, `portal`, `session` and facades; no oidc-client-ts', async () => {
  // The portals' build as `npm run build` makes it, shared with the e2e tests of the portals (test/tools/portals-build.ts).
  const built = await portalsBuild();
  const chunks = built.chunks;
  const byFile = new Map(chunks.map((chunk) => [chunk.fileName, chunk]));
  const closure = (chunk: BuiltChunk, into = new Set<BuiltChunk>()) => {
    into.add(chunk);
    for (const file of chunk.imports) if (!into.has(byFile.get(file)!)) closure(byFile.get(file)!, into);
    return into;
  };
  const named = (name: string) => chunks.filter((chunk) => chunk.name === name);
  assert.equal(named('portal').length, 1, 'one `portal` chunk');
  assert.equal(named('session').length, 1, 'one `session` chunk');
  const sessionElements = chunks.filter((chunk) =>
    /components\/core\/session\/gu-[\w-]+\.ts$/.test(chunk.facadeModuleId ?? ''),
  );
  assert.ok(sessionElements.length >= 3, 'the session elements are chunks of their own (loaded by import())');
  for (const portal of PORTALS) {
    const page = chunks.find((chunk) => chunk.isEntry && chunk.facadeModuleId?.endsWith(`shells/${portal}/index.html`));
    assert.ok(page, `the page of ${portal}`);
    const firstLoad = new Set([page, ...sessionElements].flatMap((chunk) => [...closure(chunk)]));
    const modules = [...firstLoad].flatMap((chunk) => Object.keys(chunk.modules));
    assert.ok(!modules.some((id) => id.includes('node_modules/oidc-client-ts')), 'oidc-client-ts loads on demand');
    assert.ok(!modules.some((id) => /components\/(?!core\/|a11y\/)/.test(id)), 'no widget in the first load');
    // The low-vision toggle is on every page (the stored choice applies at once); the panel loads when opened.
    const a11y = modules.filter((id) => id.includes('components/a11y/'));
    assert.ok(
      a11y.some((id) => id.endsWith('components/a11y/gu-a11y-toggle.ts')),
      `${portal}: the toggle is in the first load`,
    );
    assert.deepEqual(
      a11y.filter((id) => /components\/a11y\/(gu-a11y-panel|panel|locales\/(?!toggle-ru))/.test(id)),
      [],
      `${portal}: the panel (and the other locales) load only when needed`,
    );
    const a11yCode = [...firstLoad]
      .flatMap((chunk) => Object.entries(chunk.modules))
      .filter(([id]) => id.includes('components/a11y/'))
      .map(([, module]) => module.code ?? '')
      .join('\n');
    const a11yBytes = gzipSync(a11yCode, { level: 9 }).length;
    assert.ok(a11yBytes > 500, `the toggle's code is counted (${a11yBytes} B)`);
    assert.ok(a11yBytes <= 3 * 1024, `${portal}: the toggle adds ${a11yBytes} B gzip to the first load (≤ 3 KB)`);
    const firstLoadBytes = gzipSync([...firstLoad].map((chunk) => built.code(chunk)).join('\n'), { level: 9 }).length;
    assert.ok(
      firstLoadBytes <= 50 * 1024,
      `${portal}: the first load is ${(firstLoadBytes / 1024).toFixed(1)} KB gzip (≤ 50 KB)`,
    );
    assert.ok(
      modules.some((id) => id.includes('node_modules/lit-html/')),
      'Lit is in the first load (else this checks nothing)',
    );
    // Every module of the first load is in `portal` or `session`, but the page's own and the facades' exports.
    for (const chunk of firstLoad) {
      if (chunk.name === 'portal' || chunk.name === 'session') continue;
      const own = Object.keys(chunk.modules).filter(
        (id) => !id.includes(`shells/${portal}/`) && !/components\/core\/session\/gu-[\w-]+\.ts$/.test(id),
      );
      assert.deepEqual(own, [], `${chunk.fileName} is a small chunk of the first load`);
    }
  }
  const panel = chunks.find((chunk) => chunk.facadeModuleId?.endsWith('components/a11y/gu-a11y-panel.ts'));
  assert.ok(panel?.isDynamicEntry, 'the low-vision panel is a chunk loaded with import()');
  const oidc = chunks.find((chunk) => Object.keys(chunk.modules).some((id) => id.includes('oidc-client-ts/')));
  assert.ok(oidc?.isDynamicEntry, 'oidc-client-ts is in a chunk loaded with import()');
});
