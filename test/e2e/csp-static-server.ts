/**
 * A static server for the portal e2e tests: the files of a build, a directory answering with its index.html,
 * an optional fallback page for route paths, and the strict Content-Security-Policy on every answer.
 */
import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { extname, join } from 'node:path';
import { STRICT_CSP } from '../../vite.config.js';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.json': 'application/json',
};

/** Serves `dir` on 127.0.0.1:`port`; `fallback(pathname)` names the page for a path with no file (e.g. a route). */
export function serveWithStrictCsp(
  dir: string,
  port: number,
  fallback: (pathname: string) => string | undefined = () => undefined,
): Promise<Server> {
  const server = createServer((req, res) => {
    const { pathname } = new URL(req.url ?? '/', `http://127.0.0.1:${port}`);
    let file = join(dir, decodeURIComponent(pathname));
    if (!file.startsWith(dir)) file = join(dir, 'index.html');
    if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
    if (!existsSync(file)) {
      const page = fallback(pathname);
      if (page) file = join(dir, page);
    }
    if (!existsSync(file)) {
      res.writeHead(404, { 'Content-Security-Policy': STRICT_CSP }).end('not found');
      return;
    }
    res.writeHead(200, {
      'Content-Type': TYPES[extname(file)] ?? 'application/octet-stream',
      'Content-Security-Policy': STRICT_CSP,
      'Service-Worker-Allowed': '/',
      'Cache-Control': 'no-store',
    });
    createReadStream(file).pipe(res);
  });
  return new Promise((resolve) => server.listen(port, '127.0.0.1', () => resolve(server)));
}
