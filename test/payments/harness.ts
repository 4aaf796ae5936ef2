/**
 * Harness of the <gu-payments> tests: the mock backend (fresh database, the scenario a test asks for), a signed-in test
 * session (mocks/test-session.ts, as <gu-session> would provide it) and the whole widget inside, opened on a view.
 *
 *   const h = await mountPayments({ view: 'charges' });
 *   const root = await h.waitForView('charges');                    // the open part's shadow root, first data drawn
 *   h.worker.use(http.get('*\/api/charges', () => HttpResponse.json(...)));   // one-off override
 *   await tabTo(byName('Выбрать'), 'the first checkbox');           // real Tab presses
 *
 * Every payments helper's tests use it: keep its exports working when you extend it.
 */
import { fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { SetupWorker } from 'msw/browser';
import '../../components/payments/gu-payments.js';
import type { PaymentsView } from '../../components/payments/context.js';
import type { GuPayments } from '../../components/payments/payments.js';
import { getDb } from '../../mocks/db/index.js';
import type { ScenarioName } from '../../mocks/scenarios.js';
import { provideTestSession, type TestSession } from '../../mocks/test-session.js';
import { expectAccessible } from '../helpers/a11y.js';
import { useMockBackend } from '../helpers/mock-backend.js';
import { deepActiveElement, deepText, recordAnnouncements } from '../helpers/perceive.js';
import { until } from '../helpers/until.js';
import { accessibleName } from '../helpers/harness-kit.js';

export { accessibleName, byName, byText, selectAll, tabTo } from '../helpers/harness-kit.js';

export { deepActiveElement, deepText, expectAccessible, getDb, recordAnnouncements, sendKeys, until };

export interface PaymentsHarness {
  /** The page element around the widget (it provides the session and carries `lang`). */
  wrapper: HTMLElement;
  widget: GuPayments;
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
  waitForView(view: PaymentsView, ready?: (root: ShadowRoot) => unknown, timeoutMs?: number): Promise<ShadowRoot>;
  /** Opens a view through the widget's navigation button (a real click on «Начисления», «История платежей»…). */
  openSection(name: string): Promise<void>;
}

export interface MountOptions {
  /** The view the element opens on (default `charges`). */
  view?: PaymentsView;
  /** `lang` of the page around the widget (default `ru`). */
  locale?: 'ru' | 'en';
  /** The mock's scenario (default `default`); it re-seeds the database. */
  scenario?: ScenarioName;
  pageSize?: number;
  /** Set before the element is attached (`payment-id`, `charge-id` …). */
  attributes?: Record<string, string>;
  /** Changes to the signed-in test session. */
  session?: Parameters<typeof provideTestSession>[1];
  /** Set up the worker before the widget asks anything (overrides for the first load). */
  beforeMount?: (worker: SetupWorker) => void | Promise<void>;
}

const tagOf = (view: PaymentsView): string => `gu-payments-${view}`;

/** Starts the mock backend and mounts a signed-in <gu-payments> on `view`. */
export async function mountPayments(options: MountOptions = {}): Promise<PaymentsHarness> {
  const worker = await useMockBackend(options.scenario ?? 'default');
  await options.beforeMount?.(worker);
  const wrapper = await fixture<HTMLElement>(html`<div lang=${options.locale ?? 'ru'}></div>`);
  const session = provideTestSession(wrapper, options.session);
  const widget = document.createElement('gu-payments');
  if (options.view) widget.view = options.view;
  if (options.pageSize) widget.pageSize = options.pageSize;
  for (const [name, value] of Object.entries(options.attributes ?? {})) widget.setAttribute(name, value);
  wrapper.append(widget);
  await widget.updateComplete;
  const root = widget.shadowRoot!;
  const harness: PaymentsHarness = {
    wrapper,
    widget,
    session,
    worker,
    root,
    partElement: () => root.querySelector<HTMLElement>('[data-part]'),
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
  };
  return harness;
}

/** Buttons in `root` whose text contains `text`. */
export function buttonsNamed(root: ParentNode, text: string): HTMLButtonElement[] {
  return [...root.querySelectorAll<HTMLButtonElement>('button')].filter((b) => accessibleName(b).includes(text));
}
