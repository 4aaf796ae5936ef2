/**
 * What every widget's test harness shares (notifications, security …): a recorder of the page's requests to the mock
 * API, and keyboard and naming helpers for real key presses.
 */
import { sendKeys } from '@web/test-runner-commands';
import type { SetupWorker } from 'msw/browser';
import { deepActiveElement } from './perceive.js';

/** One request the page made to the mock: method, path (without the API base's origin) and query. */
export interface RecordedRequest {
  method: string;
  /** The URL's path, e.g. `/api/notifications/summary`. */
  path: string;
  search: URLSearchParams;
  /** The JSON body, when there is one. */
  body?: unknown;
}

export interface RequestLog {
  readonly calls: RecordedRequest[];
  count(method: string, pathEnd: string): number;
  stop(): void;
}

/** Records the mock's API requests of this page (MSW's life-cycle events) until `stop()`. */
export function recordRequests(worker: SetupWorker): RequestLog {
  const calls: RecordedRequest[] = [];
  const listener = ({ request }: { request: Request }): void => {
    const url = new URL(request.url);
    if (!url.pathname.includes('/api/')) return;
    const entry: RecordedRequest = { method: request.method, path: url.pathname, search: url.searchParams };
    calls.push(entry);
    if (request.method !== 'GET' && request.method !== 'HEAD')
      void request
        .clone()
        .text()
        .then((text) => {
          if (!text) return;
          try {
            entry.body = JSON.parse(text);
          } catch {
            entry.body = text;
          }
        });
  };
  worker.events.on('request:start', listener);
  return {
    calls,
    count: (method, pathEnd) =>
      calls.filter((call) => call.method === method && call.path.replace(/\/$/, '').endsWith(pathEnd)).length,
    stop: () => worker.events.removeListener('request:start', listener),
  };
}

/** Presses Tab (Shift+Tab with `back`) until the focused element (deep) matches, then returns it. */
export async function tabTo(
  match: (el: Element) => boolean,
  what: string,
  { back = false, max = 80 }: { back?: boolean; max?: number } = {},
): Promise<Element> {
  for (let i = 0; i < max; i += 1) {
    const active = deepActiveElement();
    if (active && match(active)) return active;
    if (back) await sendKeys({ down: 'Shift' });
    await sendKeys({ press: 'Tab' });
    if (back) await sendKeys({ up: 'Shift' });
  }
  throw new Error(`Tab never reached ${what}; last: ${deepActiveElement()?.outerHTML.slice(0, 160)}`);
}

/** The accessible name of an element as the widgets give it: aria-label, aria-labelledby, a <label>, or its text. */
export function accessibleName(el: Element): string {
  const label = el.getAttribute('aria-label');
  if (label) return label.trim();
  const root = el.getRootNode() as Document | ShadowRoot;
  const labelledBy = el.getAttribute('aria-labelledby');
  if (labelledBy)
    return labelledBy
      .split(/\s+/)
      .map((id) => root.getElementById?.(id)?.textContent?.trim() ?? '')
      .join(' ')
      .replace(/\s+/g, ' ')
      .trim();
  if (el.id) {
    const forLabel = root.querySelector?.(`label[for="${CSS.escape(el.id)}"]`);
    if (forLabel) return (forLabel.textContent ?? '').replace(/\s+/g, ' ').trim();
  }
  const wrapping = el.closest('label');
  if (wrapping) return (wrapping.textContent ?? '').replace(/\s+/g, ' ').trim();
  return (el.textContent ?? '').replace(/\s+/g, ' ').trim();
}

/** Matches an element whose accessible name contains `text`. */
export const byName = (text: string) => (el: Element) => accessibleName(el).includes(text);

/** Matches a focused element inside a part whose own text (or, for an inner control, its host's) contains `text`. */
export const byText = (text: string) => (el: Element) => {
  const own = (el.textContent ?? '').trim();
  if (own.includes(text)) return true;
  const host = (el.getRootNode() as ShadowRoot).host;
  return own === '' && (host?.textContent ?? '').trim().includes(text);
};

/** Selects all text of the focused input (Ctrl+A). */
export async function selectAll(): Promise<void> {
  await sendKeys({ down: 'Control' });
  await sendKeys({ press: 'KeyA' });
  await sendKeys({ up: 'Control' });
}

/** Buttons in `root` whose accessible name contains `text`. */
export function buttonsNamed(root: ParentNode, text: string): HTMLButtonElement[] {
  return [...root.querySelectorAll<HTMLButtonElement>('button')].filter((b) => accessibleName(b).includes(text));
}
