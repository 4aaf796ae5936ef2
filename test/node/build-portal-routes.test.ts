/**
 * build/portal-routes.ts: a portal's route paths are its page — answered so by the dev and preview servers, and
 * written as copies of the page by the build, so a static server serves deep links and reloads.
 */
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync, existsSync } from 'node:fs';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { PORTALS, portalPageFor, portalRoutes, rewriteRoutes } from '../../build/portal-routes.js';
import { ROUTES } from '../../shells/portal/routes.js';

test('portalPageFor maps a portal’s route paths to its page, and nothing else', () => {
  assert.deepEqual([...PORTALS], ['severny', 'yuzhny']);
  assert.equal(portalPageFor('/severny'), '/severny/index.html');
  assert.equal(portalPageFor('/severny/'), '/severny/index.html');
  assert.equal(portalPageFor('/yuzhny/applications'), '/yuzhny/index.html');
  assert.equal(portalPageFor('/severny/a/b-c/'), '/severny/index.html');
  assert.equal(portalPageFor('/severny/assets/x.js'), undefined, 'a file is served as it is');
  assert.equal(portalPageFor('/severny/index.html'), undefined);
  assert.equal(portalPageFor('/plain/'), undefined);
  assert.equal(portalPageFor('/severnyx/'), undefined);
});

test('rewriteRoutes serves a route path its portal’s page, the query kept', () => {
  const rewrite = (url: string) => {
    const req = { url } as IncomingMessage;
    let called = false;
    rewriteRoutes(req, {} as ServerResponse, () => (called = true));
    assert.ok(called, 'next() is called');
    return req.url;
  };
  assert.equal(rewrite('/severny/payments?x=1'), '/severny/index.html?x=1');
  assert.equal(rewrite('/severny/index.html'), '/severny/index.html');
  assert.equal(rewrite('/assets/a.js'), '/assets/a.js');
});

test('the build writes a copy of each portal’s page per route', () => {
  const outDir = mkdtempSync(join(tmpdir(), 'gu-routes-'));
  try {
    mkdirSync(join(outDir, 'severny'));
    writeFileSync(join(outDir, 'severny', 'index.html'), '<p>severny</p>');
    const plugin = portalRoutes(outDir);
    (plugin.writeBundle as () => void).call({});
    const routes = ROUTES.filter((route) => route.path);
    assert.ok(routes.length > 0, 'the portals have routes (else this checks nothing)');
    for (const route of routes) {
      assert.equal(readFileSync(join(outDir, 'severny', route.path, 'index.html'), 'utf8'), '<p>severny</p>');
      assert.ok(!existsSync(join(outDir, 'yuzhny', route.path)), 'no page, no copies');
    }
  } finally {
    rmSync(outDir, { recursive: true, force: true });
  }
});
