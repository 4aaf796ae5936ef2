/**
 * The demo portals' push worker (shells/portal/push-worker.ts) as the file a browser registers: compiled by esbuild
 * into one classic script, served at PUSH_WORKER_URL by the dev server and written there by a build (so the preview
 * server serves it too). Its scope is its own folder (/push/): the root scope belongs to MSW's worker.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import { resolve } from 'node:path';
import { build as esbuild } from 'esbuild';
import type { Plugin } from 'vite';
import { PUSH_WORKER_URL } from '../shells/portal/push-registration.js';

const repoRoot = resolve(import.meta.dirname, '..');
export const PUSH_WORKER_SOURCE = resolve(repoRoot, 'shells/portal/push-worker.ts');

/** The worker as one script (no imports: a classic service worker). */
export async function compilePushWorker(minify = true): Promise<string> {
  const result = await esbuild({
    entryPoints: [PUSH_WORKER_SOURCE],
    bundle: true,
    write: false,
    format: 'iife',
    target: 'es2022',
    platform: 'browser',
    minify,
    legalComments: 'none',
    logLevel: 'silent',
  });
  return result.outputFiles[0]!.text;
}

function serve(req: IncomingMessage, res: ServerResponse, next: (error?: unknown) => void): void {
  if (new URL(req.url ?? '/', 'http://x').pathname !== PUSH_WORKER_URL) return next();
  compilePushWorker(false).then((code) => {
    res.setHeader('Content-Type', 'text/javascript; charset=utf-8');
    res.setHeader('Cache-Control', 'no-cache');
    res.end(code);
  }, next);
}

/** The plugin: the worker from source in the dev server, as a file in every build's output. */
export function pushWorker(): Plugin {
  return {
    name: 'gu-push-worker',
    configureServer(server) {
      server.middlewares.use(serve);
    },
    async generateBundle() {
      this.emitFile({ type: 'asset', fileName: PUSH_WORKER_URL.slice(1), source: await compilePushWorker() });
    },
  };
}
