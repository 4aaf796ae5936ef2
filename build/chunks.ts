/**
 * How the portals' build groups modules into chunks — by a rule, not by a list of file names. What a portal page
 * loads at once comes as two shared chunks rather than two dozen small ones:
 * - `portal`: what a portal page imports statically, its own folder (shells/severny/) aside: Lit, the kit's theme and
 *   i18n, single-spa, the shell (shells/portal/, shells/adapter/), Vite's preload helper;
 * - `session`: what the session elements (components/core/session/gu-*.ts, which every portal page loads at once with
 *   `import()`) import statically beyond that.
 * They are two because they run at two moments: `session` is loaded by import(), and a module in `portal` would run
 * before the page asked for it. Everything else — the widgets, what the session loads on demand (oidc-client-ts), the
 * demo backend — is split by Rolldown's default rule: a chunk per dynamic import, what several share apart.
 */
import type { Rolldown } from 'vite';

type Group = NonNullable<Extract<Rolldown.OutputOptions['codeSplitting'], object>['groups']>[number];
type Context = Rolldown.ChunkingContext;
export type FirstLoadChunk = 'portal' | 'session';

const SEP = String.raw`[\\/]`;
/** The session's public elements: shells/portal/widgets.ts loads all of them on every page. */
const SESSION_ELEMENT = new RegExp(`${SEP}components${SEP}core${SEP}session${SEP}gu-[\\w-]+\\.ts$`);

/** Whether `id` is `isRoot` or is imported statically, directly or not, by a module that is. */
function reachedFrom(id: string, isRoot: (id: string) => boolean, ctx: Context, seen = new Set<string>()): boolean {
  if (isRoot(id)) return true;
  seen.add(id);
  return (ctx.getModuleInfo(id)?.importers ?? []).some(
    (importer) => !seen.has(importer) && reachedFrom(importer, isRoot, ctx, seen),
  );
}

/** The first-load chunk of module `id` of the portals `portals` (shells/<portal>/), or null (default splitting). */
export function firstLoadChunkOf(id: string, ctx: Context, portals: readonly string[]): FirstLoadChunk | null {
  const portalFolder = new RegExp(`${SEP}shells${SEP}(?:${portals.join('|')})${SEP}`);
  const isPage = (root: string) => portalFolder.test(root) && /[\\/]index\.html$/.test(root);
  if (reachedFrom(id, isPage, ctx)) return portalFolder.test(id) ? null : 'portal';
  return reachedFrom(id, (root) => SESSION_ELEMENT.test(root), ctx) ? 'session' : null;
}

/** The code-splitting groups of the portals' build; `portal` ranks first, so what the page imports stays there. */
export function portalChunkGroups(portals: readonly string[]): Group[] {
  const memo = new WeakMap<Context, Map<string, FirstLoadChunk | null>>();
  const chunkOf = (id: string, ctx: Context) => {
    let known = memo.get(ctx);
    if (!known) memo.set(ctx, (known = new Map()));
    if (!known.has(id)) known.set(id, firstLoadChunkOf(id, ctx, portals));
    return known.get(id);
  };
  return (['portal', 'session'] as const).map((chunk, index) => ({
    name: (id: string, ctx: Context) => (chunkOf(id, ctx) === chunk ? chunk : null),
    debugName: `first-load-${chunk}`,
    priority: 2 - index,
  }));
}
