/// <reference types="vite/client" />
/**
 * The page bench/notifications.ts opens in headless Chromium, built as a portal bundles the kit.
 *
 * - `?mode=paint`: <gu-notifications> on the mock's `large` scenario (5 000 notifications).
 *   `window.__notificationsBench()` runs it once and resolves its figures: the first paint of the feed (its first
 *   page of rows drawn), then a filter (a category chosen → the filtered page drawn).
 * - `?mode=idle&widgets=feed,bell,latest`: those widgets open on one page and left alone — bench/notifications.ts
 *   counts their requests over simulated time. `window.__benchMounted` names the ones mounted (a widget whose module
 *   does not exist yet is left out); `window.__benchSettled()` says whether each has drawn its content.
 *
 * `?api=<base>`: the backend (the mock over HTTP, on the page's own origin through the bench server).
 */
import { ContextProvider } from '@lit/context';
import { sessionContext, type Session } from '../components/core/session/session-context.js';

/** The notification widgets that exist at build time (the bell and the home page's latest few may come later). */
const modules = import.meta.glob<unknown>('../components/notifications/gu-*.ts');
const TAGS: Record<string, { tag: string; file: string }> = {
  feed: { tag: 'gu-notifications', file: 'gu-notifications.ts' },
  bell: { tag: 'gu-notification-bell', file: 'gu-notification-bell.ts' },
  latest: { tag: 'gu-notifications-latest', file: 'gu-notifications-latest.ts' },
};

async function load(name: string): Promise<string | undefined> {
  const known = TAGS[name];
  const module = known && modules[`../components/notifications/${known.file}`];
  if (!known || !module) return undefined;
  await module();
  return known.tag;
}

/** Every shadow root under `node`, deep. */
function shadowRoots(node: ParentNode, found: ShadowRoot[] = []): ShadowRoot[] {
  for (const element of node.querySelectorAll('*')) {
    if (element.shadowRoot) {
      found.push(element.shadowRoot);
      shadowRoots(element.shadowRoot, found);
    }
  }
  return found;
}

/** The feed's part: its shadow root once drawn. */
const feedPart = (): ShadowRoot | null =>
  document.querySelector('gu-notifications')?.shadowRoot?.querySelector('gu-notifications-feed')?.shadowRoot ?? null;

/** The feed's rows drawn, nothing busy. */
function feedDrawn(): boolean {
  const part = feedPart();
  return Boolean(part?.querySelector('ol.rows > li') && !part.querySelector('[aria-busy="true"]'));
}

/**
 * When the frame showing what `done` waits for has been painted: watches every shadow root under `root` until
 * `done()` holds, then waits for the next frame (a task queued from its requestAnimationFrame callback runs once that
 * frame is painted) — as bench/payments.page.ts does.
 */
function painted(root: ParentNode, done: () => boolean, what: string): Promise<number> {
  return new Promise((resolve, reject) => {
    const paint = () => {
      clearTimeout(limit);
      requestAnimationFrame(() => setTimeout(() => resolve(performance.now())));
    };
    const limit = setTimeout(() => {
      observer.disconnect();
      const part = feedPart();
      const select = part?.querySelector('select');
      reject(
        new Error(
          `${what} never painted (category ${select?.value}, summary «${part?.querySelector('#summary')?.textContent}», ` +
            `${performance
              .getEntriesByType('resource')
              .filter((entry) => entry.name.includes('/api/notifications'))
              .map((entry) => entry.name.replace(location.origin, ''))
              .join(' ')}): ${part ? part.querySelectorAll('ol.rows > li').length : 'no feed part'} rows, ` +
            `busy ${Boolean(part?.querySelector('[aria-busy="true"]'))}, text «${(part?.textContent ?? '').replace(/\s+/g, ' ').slice(0, 300)}»`,
        ),
      );
    }, 30_000);
    if (done()) return paint();
    const watched = new Set<Node>();
    const watchAll = () => {
      for (const node of [root, ...shadowRoots(root)])
        if (!watched.has(node)) {
          watched.add(node);
          observer.observe(node, { childList: true, subtree: true, attributes: true, characterData: true });
        }
    };
    const observer = new MutationObserver(() => {
      watchAll();
      if (!done()) return;
      observer.disconnect();
      paint();
    });
    watchAll();
    // A part attached and drawn in one go may leave no mutation in a watched root: look once more after it.
    queueMicrotask(() => {
      watchAll();
      if (done()) {
        observer.disconnect();
        paint();
      }
    });
  });
}

function provideSession(host: HTMLElement, api: string): void {
  const session = {
    status: 'signed-in',
    level: 'confirmed',
    citizen: { id: 'person-1', name: 'Бенчмарк' },
    apiBase: api,
    // Any bearer token is the default citizen of the mock.
    apiAuth: { getAccessToken: () => 'bench-token' },
  } as unknown as Session;
  new ContextProvider(host, { context: sessionContext, initialValue: session });
}

async function paint(host: HTMLElement): Promise<Record<string, number>> {
  await load('feed');
  // The page itself is on screen first (as a portal page is when the widget mounts).
  await new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve)));
  /** The list's answers (Resource Timing: an entry may come a moment after the rows it brought are drawn). */
  const listAnswers = () =>
    (performance.getEntriesByType('resource') as PerformanceResourceTiming[]).filter((entry) =>
      /\/api\/notifications(\?|$)/.test(entry.name),
    );
  const lastAnswerEnd = async (count: number) => {
    for (let tries = 0; listAnswers().length < count && tries < 100; tries += 1)
      await new Promise((resolve) => setTimeout(resolve, 20));
    return Math.max(...listAnswers().map((entry) => entry.responseEnd));
  };
  const started = performance.now();
  host.append(document.createElement('gu-notifications'));
  const firstPaint = await painted(document, feedDrawn, 'the first page');
  const firstAnswer = await lastAnswerEnd(1);
  const rows = feedPart()!.querySelectorAll('ol.rows > li').length;
  const total = Number((feedPart()!.querySelector('#summary')?.textContent ?? '').replace(/\D/g, '')) || 0;

  // A filter: one category (security alerts), as a citizen picks it from the list.
  const select = feedPart()!.querySelector<HTMLSelectElement>('select#category')!;
  // Filtered: nothing busy, and the count of what was found changed (the first rows may be
  // the same: unread security alerts come first either way).
  const summary = () => feedPart()?.querySelector('#summary')?.textContent?.trim() ?? '';
  const before = summary();
  const answered = listAnswers().length;
  const filterStarted = performance.now();
  select.value = 'security';
  select.dispatchEvent(new Event('change', { bubbles: true }));
  const filtered = () =>
    !feedPart()?.querySelector('[aria-busy="true"]') &&
    summary() !== before &&
    Boolean(feedPart()?.querySelector('ol.rows > li, gu-empty-state'));
  const filterPaint = await painted(document, filtered, 'the filtered page');
  const filterAnswer = await lastAnswerEnd(answered + 1);
  return {
    firstPaintMs: firstPaint - started,
    firstPaintRenderMs: firstPaint - firstAnswer,
    rows,
    total,
    filterMs: filterPaint - filterStarted,
    filterRenderMs: filterPaint - filterAnswer,
  };
}

async function idle(host: HTMLElement, names: string[]): Promise<void> {
  const mounted: string[] = [];
  for (const name of names) {
    const tag = await load(name);
    if (!tag) continue;
    host.append(document.createElement(tag));
    mounted.push(name);
  }
  Object.assign(window, {
    __benchMounted: mounted,
    /** Each mounted widget has drawn its content: nothing busy, and the feed's rows (or its empty state). */
    __benchSettled: () =>
      [...host.children].every(
        (element) =>
          element.shadowRoot &&
          element.shadowRoot.childElementCount > 0 &&
          ![element.shadowRoot, ...shadowRoots(element.shadowRoot)].some((root) =>
            root.querySelector('[aria-busy="true"]'),
          ),
      ) &&
      (!mounted.includes('feed') || feedDrawn() || Boolean(feedPart()?.querySelector('gu-empty-state'))),
  });
}

const params = new URLSearchParams(location.search);
const host = document.getElementById('host')!;
provideSession(host, params.get('api') ?? '/api');
if (params.get('mode') === 'idle') {
  void idle(host, (params.get('widgets') ?? 'feed,bell').split(','));
} else {
  Object.assign(window, { __notificationsBench: () => paint(host) });
}
