/**
 * The tracker bench page, built and served as a portal would serve it: bench/application-tracker.ts (figures) and
 * bench/application-tracker.profile.ts (where the time goes) open the same page.
 */
import { copyFileSync, createReadStream, existsSync, mkdtempSync, rmSync } from 'node:fs';
import { createServer, request } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { extname, join } from 'node:path';
import { build } from 'vite';
import { kitBuild } from '../build/kit.js';

const root = join(import.meta.dirname, '..');

/**
 * The bench page: a portal page with its own header, heading and text, styled as shells/portal is (its font is the
 * kit's, so the widget does not pay the font's first use — 4–10 ms of layout — that a portal page has paid already),
 * and already painted when the widget mounts (the page script waits for that).
 */
export const benchHtml = (script: string, heading = 'Мои заявления'): string =>
  `<!doctype html><html lang="ru"><head><meta charset="utf-8"><title>${heading}</title><style>` +
  "body { margin: 0 auto; max-width: 72rem; padding: 1rem; font-family: Lato, 'Helvetica Neue', Arial, sans-serif; }" +
  'nav a { font-weight: 600; margin-inline-end: 1rem; }</style></head>' +
  '<body><header><strong>Региональный портал государственных услуг</strong><nav><a href="#">Услуги</a>' +
  `<a href="#">Мои заявления</a><a href="#">Платежи</a></nav></header><main><h1>${heading}</h1>` +
  `<div id="host"></div></main><script type="module" src="${script}"></script></body></html>`;

export interface ServedPage {
  /** The page's URL (add `?api=<base>` for a backend over HTTP). */
  url: string;
  close(): Promise<void>;
}

/**
 * Builds bench/application-tracker.page.ts in production mode as a portal bundles the kit (build/kit.ts:
 * library mode, no preload helper in front of dynamic imports) and serves it on a free port. `minify: false` keeps function
 * names readable for the profiler. `api`: a backend origin whose `/api/…` this server passes on, so the page reaches
 * it on its own origin — as a portal serves its API behind the same host (the widgets' default `api-base` is `/api`).
 */
export async function serveBenchPage({
  minify = true,
  api,
  page = join(root, 'bench/application-tracker.page.ts'),
  heading,
}: {
  minify?: boolean;
  api?: string;
  /** The bench page module (default: the tracker's; bench/payments.ts gives its own). */
  page?: string;
  /** The page's title and h1. */
  heading?: string;
} = {}): Promise<ServedPage> {
  const outDir = mkdtempSync(join(tmpdir(), 'gu-bench-page-'));
  // The kit's build; the worker of the mock backend copied beside it (served at the root, as a portal serves it).
  await build({ ...kitBuild({ page }, { outDir, minify }), logLevel: 'silent' });
  copyFileSync(join(root, 'mocks/public/mockServiceWorker.js'), join(outDir, 'mockServiceWorker.js'));
  const server = createServer((req, res) => {
    const { pathname } = new URL(req.url ?? '/', 'http://x');
    if (api && pathname.startsWith('/api/')) {
      const upstream = request(new URL(req.url ?? '/', api), { method: req.method, headers: req.headers }, (answer) => {
        res.writeHead(answer.statusCode ?? 502, answer.headers);
        answer.pipe(res);
      });
      upstream.on('error', () => res.writeHead(502).end());
      req.pipe(upstream);
      return;
    }
    if (pathname === '/') {
      res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' });
      res.end(benchHtml('/page.js', heading));
      return;
    }
    const file = join(outDir, pathname);
    if (!file.startsWith(outDir) || !existsSync(file)) return void res.writeHead(404).end();
    res.writeHead(200, {
      'Content-Type': extname(file) === '.js' ? 'text/javascript' : 'application/octet-stream',
      'Service-Worker-Allowed': '/',
      // As a portal serves its built scripts (hashed names): cached, so a returning visit — every run after the
      // first — finds them in the HTTP cache, compiled code included. The worker script is never cached.
      ...(pathname === '/mockServiceWorker.js' ? {} : { 'Cache-Control': 'public, max-age=31536000, immutable' }),
    });
    createReadStream(file).pipe(res);
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/`,
    close: async () => {
      await new Promise((done) => server.close(done));
      rmSync(outDir, { recursive: true, force: true });
    },
  };
}
