/**
 * The page bench/payments.ts opens in headless Chromium: <gu-payments> on the mock backend's `large` scenario
 * (1 000 charges). `window.__paymentsBench()` runs it once and resolves its figures: the first paint of «Начисления»
 * (the groups' first pages drawn), then the history's filter (a status chosen → the filtered page drawn).
 *
 * `?api=<base>`: the widget talks to that backend over real HTTP (the mock served from Node, mocks/server/http-server.ts,
 * on the page's own origin through the bench server).
 */
import { ContextProvider } from '@lit/context';
import { sessionContext, type Session } from '../components/core/session/session-context.js';
import '../components/payments/gu-payments.js';

/**
 * When the frame showing what `done` waits for has been painted: watches the widget's shadow root and every shadow
 * root under it (the open view's part) until `done()` holds, then waits for the next frame — a task queued from its
 * requestAnimationFrame callback runs once that frame's style, layout, paint and commit are done.
 */
function painted(root: ShadowRoot, done: () => boolean): Promise<number> {
  return new Promise((resolve) => {
    const paint = () => requestAnimationFrame(() => setTimeout(() => resolve(performance.now())));
    if (done()) return paint();
    const watched = new Set<ShadowRoot>();
    const observer = new MutationObserver(() => {
      watchAll(root);
      if (!done()) return;
      observer.disconnect();
      paint();
    });
    const watchAll = (node: ShadowRoot) => {
      if (!watched.has(node)) {
        watched.add(node);
        observer.observe(node, { childList: true, subtree: true, attributes: true, characterData: true });
      }
      for (const element of node.querySelectorAll('*')) if (element.shadowRoot) watchAll(element.shadowRoot);
    };
    watchAll(root);
  });
}

async function run(): Promise<Record<string, number>> {
  const params = new URLSearchParams(location.search);
  const api = params.get('api') ?? '/api';
  const host = document.getElementById('host')!;
  // The page itself is on screen first (as a portal page is when the widget mounts).
  await new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve)));
  const session = {
    status: 'signed-in',
    level: 'confirmed',
    citizen: { id: 'person-1', name: 'Бенчмарк' },
    apiBase: api,
    // Any bearer token is the default citizen of the mock.
    apiAuth: { getAccessToken: () => 'bench-token' },
  } as unknown as Session;
  new ContextProvider(host, { context: sessionContext, initialValue: session });

  const observed: PerformanceResourceTiming[] = [];
  new PerformanceObserver((list) => observed.push(...(list.getEntries() as PerformanceResourceTiming[]))).observe({
    type: 'resource',
  });

  const started = performance.now();
  const widget = document.createElement('gu-payments');
  host.append(widget);
  const root = widget.shadowRoot!;
  const part = (tag: string) => root.querySelector(tag)?.shadowRoot ?? null;

  // «Начисления»: every group with a first page of rows, nothing busy.
  const charges = () => part('gu-payments-charges');
  const chargesDrawn = () => {
    const shadow = charges();
    return Boolean(
      shadow && shadow.querySelector('section.group ul.rows > li') && !shadow.querySelector('[aria-busy="true"]'),
    );
  };
  const firstPaint = await painted(root, chargesDrawn);
  // What the view waits for: the summary and each kind's first page.
  const chargeRequests = observed.filter((entry) => /\/api\/charges(\/summary)?(\?|$)/.test(entry.name));
  const lastChargesAnswer = Math.max(...chargeRequests.map((entry) => entry.responseEnd));
  const rows = charges()!.querySelectorAll('section.group ul.rows > li').length;

  // «История платежей»: its first page, then a status chosen in its filter.
  widget.view = 'history';
  const history = () => part('gu-payments-history');
  const historyRows = () => [...(history()?.querySelectorAll<HTMLElement>('ol.rows > li.row') ?? [])];
  const historyIdle = () => !history()?.querySelector('.content[aria-busy="true"], section[aria-busy="true"]');
  await painted(root, () => historyRows().length > 0 && historyIdle());
  const before = historyRows()
    .map((row) => row.dataset['paymentId'])
    .join();
  const select = history()!.querySelector<HTMLSelectElement>('#status')!;
  const filterStarted = performance.now();
  select.value = 'declined';
  select.dispatchEvent(new Event('change', { bubbles: true }));
  const filtered = await painted(
    root,
    () =>
      historyIdle() &&
      historyRows()
        .map((row) => row.dataset['paymentId'])
        .join() !== before,
  );
  const filterAnswer = observed.filter((entry) => /\/api\/payments\?/.test(entry.name)).at(-1);
  return {
    firstPaintMs: firstPaint - started,
    firstPaintRenderMs: chargeRequests.length > 0 ? firstPaint - lastChargesAnswer : NaN,
    chargeRequests: chargeRequests.length,
    rows,
    filterMs: filtered - filterStarted,
    filterRenderMs: filterAnswer ? filtered - filterAnswer.responseEnd : NaN,
  };
}

(window as unknown as { __paymentsBench: () => Promise<Record<string, number>> }).__paymentsBench = run;
