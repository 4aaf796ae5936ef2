/**
 * Harness of the <gu-notifications> tests (feed, detail, settings, subscriptions, bell): the mock backend (fresh
 * database, the scenario a test asks for), a signed-in test session (mocks/test-session.ts, as <gu-session> would
 * provide it) and the whole widget inside, opened on a view. Anything else of the page (a <gu-notification-bell>, a
 * second feed) goes into the same wrapper with `around`, so it shares the session and the page's store.
 *
 *   const h = await mountNotifications({ view: 'feed' });
 *   const root = await h.waitForView('feed');                        // the open part's shadow root, first data drawn
 *   h.worker.use(http.get('*\/api/notifications', () => HttpResponse.json(...)));   // one-off override
 *   const calls = h.recordRequests();                                 // what the page asked the mock from now on
 *   await tabTo(byName('Отметить все прочитанными'), 'mark all read'); // real Tab presses
 *
 * Every notifications helper's tests use it: keep its exports working when you extend it.
 */
import { fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { SetupWorker } from 'msw/browser';
import '../../components/notifications/gu-notifications.js';
import type { NotificationsView } from '../../components/notifications/context.js';
import type { GuNotifications } from '../../components/notifications/notifications.js';
import { getDb } from '../../mocks/db/index.js';
import type { ScenarioName } from '../../mocks/scenarios.js';
import { provideTestSession, type TestSession } from '../../mocks/test-session.js';
import { expectAccessible } from '../helpers/a11y.js';
import { useMockBackend } from '../helpers/mock-backend.js';
import { deepActiveElement, deepText, recordAnnouncements } from '../helpers/perceive.js';
import { until } from '../helpers/until.js';
import { recordRequests, type RequestLog } from '../helpers/harness-kit.js';

export * from '../helpers/harness-kit.js';

export { deepActiveElement, deepText, expectAccessible, getDb, recordAnnouncements, sendKeys, until };

export interface NotificationsHarness {
  /** The page element around the widget (it provides the session and carries `lang`). */
  wrapper: HTMLElement;
  widget: GuNotifications;
  session: TestSession;
  /** The MSW worker: `worker.use(…)` overrides a handler for this test. */
  worker: SetupWorker;
  /** The widget's own shadow root (heading, navigation, session notice). */
  root: ShadowRoot;
  /** The open view's part element (`[data-part]`), if drawn. */
  partElement(): HTMLElement | null;
  /** The open view's part's shadow root; throws when no part is open. */
  part(): ShadowRoot;
  /**
   * Waits until `view`'s part is drawn and its first load settled (nothing `aria-busy` in it any more), then returns its
   * shadow root. `ready` may ask for more (e.g. rows drawn).
   */
  waitForView(view: NotificationsView, ready?: (root: ShadowRoot) => unknown, timeoutMs?: number): Promise<ShadowRoot>;
  /** Opens a view through the widget's navigation button (a real click on «Все уведомления», «Настройки уведомлений»). */
  openSection(name: string): Promise<void>;
  /**
   * Records every request the page makes to the mock's API from now on (until `stop()` or the next mount): `calls`
   * grows as they are made. `count(method, path)` counts those whose path ends with `path` (e.g. `notifications/summary`).
   */
  recordRequests(): RequestLog;
}

export interface MountOptions {
  /** The view the element opens on (default `feed`). */
  view?: NotificationsView;
  /** `lang` of the page around the widget (default `ru`). */
  locale?: 'ru' | 'en';
  /** The mock's scenario (default `default`); it re-seeds the database. */
  scenario?: ScenarioName;
  pageSize?: number;
  /** Set before the element is attached (`notification-id`, `security-href` …). */
  attributes?: Record<string, string>;
  /** Changes to the signed-in test session. */
  session?: Parameters<typeof provideTestSession>[1];
  /** Set up the worker before the widget asks anything (overrides for the first load). */
  beforeMount?: (worker: SetupWorker) => void | Promise<void>;
  /**
   * Other elements of the page, put into the wrapper (inside the session) before the widget: e.g. a
   * <gu-notification-bell> (import its module in the test).
   */
  around?: (wrapper: HTMLElement) => void;
  /** Whether to mount <gu-notifications> at all (default true; false: only what `around` puts, e.g. bells alone). */
  widget?: boolean;
}

/** Request recorders still listening (ended by the next mount). */
const openLogs: RequestLog[] = [];

const tagOf = (view: NotificationsView): string =>
  view === 'notification' ? 'gu-notifications-detail' : `gu-notifications-${view}`;

/** Starts the mock backend and mounts a signed-in <gu-notifications> on `view`. */
export async function mountNotifications(options: MountOptions = {}): Promise<NotificationsHarness> {
  const worker = await useMockBackend(options.scenario ?? 'default');
  await options.beforeMount?.(worker);
  const wrapper = await fixture<HTMLElement>(html`<div lang=${options.locale ?? 'ru'}></div>`);
  const session = provideTestSession(wrapper, options.session);
  options.around?.(wrapper);
  const widget = document.createElement('gu-notifications');
  if (options.view) widget.view = options.view;
  if (options.pageSize) widget.pageSize = options.pageSize;
  for (const [name, value] of Object.entries(options.attributes ?? {})) widget.setAttribute(name, value);
  if (options.widget !== false) {
    wrapper.append(widget);
    await widget.updateComplete;
  }
  const root = widget.shadowRoot!;
  // The recorders of the previous test's page end here.
  for (const log of openLogs.splice(0)) log.stop();
  const harness: NotificationsHarness = {
    wrapper,
    widget,
    session,
    worker,
    root,
    partElement: () => root?.querySelector<HTMLElement>('[data-part]') ?? null,
    part() {
      const element = harness.partElement();
      if (!element?.shadowRoot) throw new Error('no part open');
      return element.shadowRoot;
    },
    async waitForView(view, ready, timeoutMs = 10_000) {
      await until(
        () => {
          const element = harness.partElement();
          if (element?.localName !== tagOf(view) || !element.shadowRoot) return false;
          const shadow = element.shadowRoot;
          if (!shadow.querySelector('h3, h4')) return false;
          if (shadow.querySelector('[aria-busy="true"]')) return false;
          return ready ? ready(shadow) : true;
        },
        timeoutMs,
        `the ${view} view`,
      );
      return harness.part();
    },
    async openSection(name) {
      const button = [...root.querySelectorAll<HTMLButtonElement>('nav button')].find((b) =>
        (b.textContent ?? '').includes(name),
      );
      if (!button) throw new Error(`no navigation button «${name}»`);
      button.click();
      await widget.updateComplete;
    },
    recordRequests() {
      const log = recordRequests(worker);
      openLogs.push(log);
      return log;
    },
  };
  return harness;
}
