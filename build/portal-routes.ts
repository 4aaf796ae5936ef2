/**
 * The demo portals' routes as real pages: the dev and preview servers answer every route path with the portal's
 * page, and the build writes a copy of the page per route (`severny/payments/index.html`), so any static server
 * serves deep links and reloads without a rewrite rule.
 */
import { copyFileSync, existsSync, mkdirSync } from 'node:fs';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { join } from 'node:path';
import type { Plugin } from 'vite';
import { ROUTES } from '../shells/portal/routes.js';

/** The demo portals (each a single-spa root config under its own base, shells/<id>/index.html). */
export const PORTALS = ['severny', 'yuzhny'] as const;

const PORTAL_PATH = new RegExp(`^/(${PORTALS.join('|')})(?:/[\\w-]*)*/?$`);

/** `/severny/applications` → the portal's page (single-spa routes the rest); only paths without a file extension. */
export function portalPageFor(pathname: string): string | undefined {
  const match = PORTAL_PATH.exec(pathname);
  return match ? `/${match[1]}/index.html` : undefined;
}

/** The servers' middleware: a route path of a portal is served its page (the query kept). */
export function rewriteRoutes(req: IncomingMessage, _res: ServerResponse, next: () => void): void {
  const url = new URL(req.url ?? '/', 'http://x');
  const page = portalPageFor(url.pathname);
  if (page && url.pathname !== page) req.url = `${page}${url.search}`;
  next();
}

/** The plugin: the middleware in dev and preview, and a copy of each portal's page per route in `outDir`. */
export function portalRoutes(outDir: string): Plugin {
  return {
    name: 'gu-portal-routes',
    configureServer(server) {
      server.middlewares.use(rewriteRoutes);
    },
    configurePreviewServer(server) {
      server.middlewares.use(rewriteRoutes);
    },
    writeBundle() {
      for (const portal of PORTALS) {
        const page = join(outDir, portal, 'index.html');
        if (!existsSync(page)) continue;
        for (const route of ROUTES) {
          if (!route.path) continue;
          mkdirSync(join(outDir, portal, route.path), { recursive: true });
          copyFileSync(page, join(outDir, portal, route.path, 'index.html'));
        }
      }
    },
  };
}
