/**
 * The lifecycle contract's widgets (see cases.ts): <gu-session>, <gu-login>, <gu-verification>, the tracker and its
 * parts, <gu-payments> and <gu-payments-due>, <gu-notifications>, <gu-notification-bell> and <gu-notifications-latest>. A widget in a real <gu-session> leaves the session's own timers and channel out of its account (`ignore`).
 */
import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import {
  deepQueryAll,
  deepText,
  expectVisible,
  isPerceivable,
  recordAnnouncements,
  shownText,
} from '../helpers/perceive.js';
import { provideTestSession } from '../../mocks/test-session.js';
import { until, type LifecycleCase } from './cases.js';

/** What a real <gu-session> around a widget opens: not the widget's. */
const SESSION_CODE = /components\/core\/session\/|oidc-client-ts/;

const apiCalls = (calls: string[], part: string) => calls.filter((path) => path.includes(part)).length;

/** A page with the mock backend and a signed-in test session (as <gu-session> provides it), `lang="ru"`. */
async function signedInPage(): Promise<HTMLElement> {
  const { fixture, html: lit } = await import('@open-wc/testing');
  const { useMockBackend } = await import('../helpers/mock-backend.js');
  await useMockBackend();
  const wrapper = await fixture<HTMLElement>(lit`<div lang="ru"></div>`);
  provideTestSession(wrapper);
  return wrapper;
}

export const WIDGET_CASES: LifecycleCase[] = [
  {
    tag: 'gu-session',
    module: 'components/core/session/gu-session.ts',
    async mount() {
      const { freshSession, mountSession, signInEmbedded, waitForStatus } =
        await import('../core/session/session-harness.js');
      await freshSession();
      const session = await mountSession({}, (await import('@open-wc/testing')).html`<p>Личный кабинет</p>`);
      return {
        element: session,
        async works(round) {
          await waitForStatus(session, ['signed-out', 'signed-in'], 8000);
          if (session.session.status !== 'signed-in') await signInEmbedded(session, 'confirmed');
          await waitForStatus(session, ['signed-in'], 8000);
          expect(session.session.citizen, `the citizen after sign-in (round ${round})`).to.exist;
        },
      };
    },
  },
  {
    tag: 'gu-login',
    module: 'components/login/gu-login.ts',
    ignore: SESSION_CODE,
    async mount(probe) {
      const { mountLogin, input, typeInto, alertText } = await import('../login/harness.js');
      const { login } = await mountLogin();
      return {
        element: login,
        async works(round) {
          await until(() => login.querySelector('form') && input(login, 'Пароль'), 'the sign-in form');
          const before = probe.calls.length;
          const recorder = recordAnnouncements();
          try {
            const id = input(login, 'Телефон');
            const password = input(login, 'Пароль');
            id.value = '';
            password.value = '';
            await typeInto(id, 'standard');
            await typeInto(password, `wrong-password-${round}`);
            await sendKeys({ press: 'Enter' });
            await until(() => probe.calls.length > before, `<gu-login> sends the sign-in (round ${round})`);
            await until(() => /Неверный логин или пароль/.test(alertText(login)), 'the wrong-password alert');
            expectVisible(login.querySelector('[role="alert"].gu-login__alert'), 'the alert');
            if (round === 1) await recorder.until(/Неверный логин или пароль/);
          } finally {
            recorder.stop();
          }
        },
      };
    },
  },
  {
    tag: 'gu-verification',
    module: 'components/verification/gu-verification.ts',
    ignore: SESSION_CODE,
    async mount(probe) {
      const { mountSignedIn } = await import('../verification/harness.js');
      const { widget } = await mountSignedIn('simplified', undefined, false);
      const root = () => widget.shadowRoot!;
      const openPart = () => root().querySelector('[data-part]')?.shadowRoot;
      return {
        element: widget,
        async works(round) {
          if (!openPart()) {
            await until(() => root().querySelector('[data-current-level]'), 'the overview');
            const confirm = deepQueryAll<HTMLElement>(root(), 'button, a').find(
              (el) => el.getAttribute('aria-label') === 'Подтвердить почту',
            );
            expectVisible(confirm, '«Подтвердить почту»');
            confirm!.click();
          }
          await until(() => openPart()?.querySelector('h3'), 'the e-mail step');
          const before = probe.calls.length;
          if (round === 1) {
            const send = deepQueryAll<HTMLButtonElement>(openPart()!, 'button').find(
              (button) => shownText(button) === 'Отправить код',
            );
            expectVisible(send, '«Отправить код»');
            send!.click();
            await until(() => probe.calls.length > before, '<gu-verification> sends the code request');
            await until(() => deepText(openPart()!).includes('Код отправлен'), 'the code sent');
            return;
          }
          // Put back (or moved) with the code step open: a code typed and submitted with Enter is still sent.
          const code = deepQueryAll<HTMLInputElement>(openPart()!, 'gu-otp-field')[0]?.shadowRoot?.querySelector(
            'input',
          );
          expectVisible(code, `the code field (round ${round})`);
          code!.focus();
          code!.select();
          await sendKeys({ type: '000000' });
          await sendKeys({ press: 'Enter' });
          await until(() => probe.calls.length > before, `<gu-verification> sends the code (round ${round})`);
        },
      };
    },
  },
  {
    tag: 'gu-application-tracker',
    module: 'components/application-tracker/gu-application-tracker.ts',
    async mount(probe) {
      const { mountTracker } = await import('../application-tracker/harness.js');
      const h = await mountTracker({ pollInterval: 60_000 });
      return {
        element: h.tracker,
        async works(round) {
          const lists = apiCalls(probe.calls, '/applications');
          await until(() => h.rowButtons().length > 0, `the list (round ${round})`);
          expectVisible(h.rowButtons()[0], `the first application (round ${round})`);
          // Searching fetches the list again; polling goes on.
          const input = h.root.querySelector<HTMLInputElement>('#q')!;
          input.focus();
          input.select();
          await sendKeys({ type: `п${round}` });
          await until(() => apiCalls(probe.calls, '/applications') > lists, 'the search request');
          input.value = '';
          input.dispatchEvent(new InputEvent('input'));
          await until(() => h.rowButtons().length > 0, 'the whole list again');
        },
      };
    },
  },
  ...(
    ['gu-application-detail', 'gu-application-upload', 'gu-application-filters', 'gu-application-chart'] as const
  ).map((tag): LifecycleCase => ({
    tag,
    module: `components/application-tracker/parts/${tag}.ts`,
    // The tracker around the part stays on the page: what the tracker itself opened is not the part's.
    ignoreWhere: /application-tracker\/(application-tracker|live)\.ts/,
    async mount() {
      const { mountTracker, firstWith } = await import('../application-tracker/harness.js');
      const h = await mountTracker();
      await h.waitForList();
      const find = (): HTMLElement | null => deepQueryAll<HTMLElement>(h.root, tag)[0] ?? null;
      if (tag === 'gu-application-detail' || tag === 'gu-application-upload') {
        await h.openDetail(firstWith('additions-required').id);
      } else if (tag === 'gu-application-chart') {
        h.root.querySelector<HTMLButtonElement>('button[aria-expanded]')!.click();
      }
      await until(find, `<${tag}> in the tracker`);
      const part = find()!;
      return {
        element: part,
        async works(round) {
          const shown = {
            'gu-application-detail': '#detail-heading',
            'gu-application-upload': 'input[type="file"]',
            'gu-application-filters': 'select, fieldset, input',
            'gu-application-chart': 'table',
          }[tag];
          await until(() => part.shadowRoot?.querySelector(shown), `<${tag}> renders (round ${round})`);
          const target = part.shadowRoot!.querySelector(shown)!;
          if (tag === 'gu-application-upload') {
            expectVisible(target.closest('label') ?? target.parentElement, 'the file chooser');
          } else if (tag !== 'gu-application-filters') expectVisible(target, `<${tag}>'s ${shown}`);
        },
      };
    },
  })),
  {
    tag: 'gu-payments',
    module: 'components/payments/gu-payments.ts',
    // The payments harness brings axe (its listener is made when the harness is first imported, not the widget's).
    ignore: /node_modules\/axe-core\//,
    async mount(probe) {
      const { mountPayments } = await import('../payments/harness.js');
      const h = await mountPayments();
      return {
        element: h.widget,
        async works(round) {
          // Each round opens the other section from its navigation: the part is drawn and asks the backend.
          const [name, tag] =
            round % 2 === 1 ? ['История платежей', 'gu-payments-history'] : ['Начисления', 'gu-payments-charges'];
          const before = probe.calls.length;
          await until(() => h.root.querySelector('nav button'), `the navigation (round ${round})`);
          await h.openSection(name);
          await until(() => h.root.querySelector(tag)?.shadowRoot, `${tag} (round ${round})`);
          expectVisible(h.root.querySelector(tag), `${tag} (round ${round})`);
          await until(
            () => probe.calls.slice(before).some((path) => path.includes('/api/')),
            `<gu-payments> asks the backend (round ${round})`,
          );
        },
      };
    },
  },
  {
    tag: 'gu-payments-due',
    module: 'components/payments/gu-payments-due.ts',
    async mount(probe) {
      const { fixture, html: lit } = await import('@open-wc/testing');
      const { useMockBackend } = await import('../helpers/mock-backend.js');
      await useMockBackend();
      await import('../../components/payments/gu-payments-due.js');
      const wrapper = await fixture<HTMLElement>(lit`<div lang="ru"></div>`);
      provideTestSession(wrapper);
      const due = document.createElement('gu-payments-due');
      wrapper.append(due);
      return {
        element: due,
        async works(round) {
          const before = probe.calls.length;
          const link = () => due.shadowRoot?.querySelector('a[part="link"]');
          await until(link, `the summary's link (round ${round})`);
          expectVisible(link(), `the summary's link (round ${round})`);
          // A payment completing on the page: the summary asks again.
          document.body.dispatchEvent(
            new CustomEvent('gu-payments-paid', { bubbles: true, composed: true, detail: { paymentId: 'p' } }),
          );
          await until(
            () => probe.calls.slice(before).some((path) => path.endsWith('/charges/summary')),
            `<gu-payments-due> asks for the summary (round ${round})`,
          );
          await until(link, `the summary again (round ${round})`);
        },
      };
    },
  },
  {
    tag: 'gu-notifications',
    module: 'components/notifications/gu-notifications.ts',
    async mount(probe) {
      const wrapper = await signedInPage();
      await import('../../components/notifications/gu-notifications.js');
      const widget = document.createElement('gu-notifications');
      wrapper.append(widget);
      return {
        element: widget,
        async works(round) {
          // Each round opens the other view: its part is drawn from what the backend answers.
          const [view, tag, path, shown] =
            round % 2 === 1
              ? (['feed', 'gu-notifications-feed', '/notifications', 'li[data-id]'] as const)
              : (['settings', 'gu-notifications-settings', '/notification-settings', 'table'] as const);
          const before = probe.calls.length;
          widget.view = view;
          const part = () => widget.shadowRoot?.querySelector(tag)?.shadowRoot?.querySelector(shown);
          await until(part, `${tag} draws its data (round ${round})`);
          expectVisible(part(), `${tag}'s ${shown} (round ${round})`);
          expect(
            probe.calls.slice(before).some((call) => call.endsWith(path)),
            `<gu-notifications> asks for ${path} (round ${round})`,
          ).to.equal(true);
        },
      };
    },
  },
  {
    tag: 'gu-notification-bell',
    module: 'components/notifications/gu-notification-bell.ts',
    async mount(probe) {
      const wrapper = await signedInPage();
      await import('../../components/notifications/gu-notification-bell.js');
      const bell = document.createElement('gu-notification-bell');
      wrapper.append(bell);
      return {
        element: bell,
        async works(round) {
          const button = () =>
            bell.shadowRoot?.querySelector<HTMLButtonElement>('button[aria-label^="Уведомления, "]') ?? undefined;
          // Put back, it follows the store again: what it drew before it left is not what it shows now.
          await (bell as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete;
          await until(button, `the bell says the unread count (round ${round})`);
          if (round === 1) expect(apiCalls(probe.calls, '/notifications/summary'), 'the summary').to.equal(1);
          // Opened, the popover shows the newest notifications; closed again for the next round.
          button()!.click();
          const item = () =>
            bell.shadowRoot?.querySelector('gu-notification-bell-popover')?.shadowRoot?.querySelector('li a');
          await until(() => item() && isPerceivable(item()!), `the popover's notifications (round ${round})`);
          expectVisible(item(), `the popover's first notification (round ${round})`);
          button()!.click();
          await until(() => button()!.getAttribute('aria-expanded') === 'false', 'the popover closed');
        },
      };
    },
  },
  {
    tag: 'gu-notifications-latest',
    module: 'components/notifications/gu-notifications-latest.ts',
    async mount(probe) {
      const wrapper = await signedInPage();
      await import('../../components/notifications/gu-notifications-latest.js');
      const latest = document.createElement('gu-notifications-latest');
      wrapper.append(latest);
      return {
        element: latest,
        async works(round) {
          const items = () => latest.shadowRoot?.querySelectorAll('li') ?? [];
          await (latest as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete;
          await until(() => items().length === 3 && isPerceivable(items()[0]!), `the latest three (round ${round})`);
          expectVisible(items()[0], `the newest notification (round ${round})`);
          if (round === 1) expect(apiCalls(probe.calls, '/notifications/summary'), 'the summary').to.equal(1);
          expect(deepText(latest)).to.contain('Все уведомления');
        },
      };
    },
  },
];
