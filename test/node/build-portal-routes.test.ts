/**
 * build/portal-routes.ts: a portal's route paths are its page — answered so by the dev and preview servers, and
 * written as copies of the page by the build, so a static server serves deep links and reloads.
 */
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync, existsSync } from 'node:fs';
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

test('a route without an honest page has its widget’s module; /security is <gu-security-settings> in both portals', () => {
  const components = join(import.meta.dirname, '../../components');
  const moduleOf = (tag: string) =>
    readdirSync(components).find((dir) => existsSync(join(components, dir, `${tag}.ts`)));
  for (const route of ROUTES.filter((candidate) => candidate.widget && !candidate.pending))
    assert.ok(moduleOf(route.widget!), `${route.id}: components/*/${route.widget}.ts (the portal finds it there)`);
  const security = ROUTES.find((route) => route.id === 'security');
  assert.equal(security?.widget, 'gu-security-settings');
  assert.equal(security.pending, undefined, 'the widget exists: no honest page of what will be there');
  assert.equal(security.inNav, true);
  for (const portal of PORTALS) {
    assert.equal(portalPageFor(`/${portal}/security`), `/${portal}/index.html`);
    // A login alert's link (`?login-event=<id>`) reaches the page with its query.
    const req = { url: `/${portal}/security?login-event=e-1` } as IncomingMessage;
    rewriteRoutes(req, {} as ServerResponse, () => undefined);
    assert.equal(req.url, `/${portal}/index.html?login-event=e-1`);
  }
});
