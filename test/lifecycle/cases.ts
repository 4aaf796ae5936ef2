/**
 * The elements of the lifecycle contract (test/lifecycle/lifecycle.test.ts): every public `gu-*.ts` define module
 * under components/, each with how to mount it and what «it works» means for it — renders what it shows, fetches
 * what it needs, submits where it has a form, announces where it speaks — checked as a user meets it.
 */
import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { provideTestSession, type TestSession } from '../../mocks/test-session.js';
import {
  deepQueryAll,
  deepText,
  expectNotVisible,
  expectTextVisible,
  expectVisible,
  recordAnnouncements,
  shownText,
} from '../helpers/perceive.js';
import type { Probe } from '../helpers/lifecycle-probe.js';
import { until } from '../helpers/until.js';

export interface Mounted {
  /** The element under test: removed and put back into its parent. */
  element: HTMLElement;
  /** Fails unless the element works as a user would use it now (`round` 1 on the first mount, 2 re-attached …). */
  works(round: number): Promise<void>;
}

export interface LifecycleCase {
  tag: string;
  /** The define module (the case's mount imports it). */
  module: string;
  /** Creation stacks to leave out of the probe: what else on the page opens (a real <gu-session> around a widget). */
  ignore?: RegExp;
  /** Leave out what was made where this matches (the first kit frame): a host element that stays on the page. */
  ignoreWhere?: RegExp;
  mount(probe: Probe): Promise<Mounted>;
}

export { until };

/** The element's shadow root (it must have one). */
const shadow = (element: Element): ShadowRoot => {
  if (!element.shadowRoot) throw new Error(`<${element.localName}> has no shadow root`);
  return element.shadowRoot;
};

/** Says `text` through the page's live regions within the timeout, or fails. */
async function announces(act: () => unknown, text: string | RegExp): Promise<void> {
  const recorder = recordAnnouncements();
  try {
    await act();
    await recorder.until(text);
  } finally {
    recorder.stop();
  }
}

/** A new `<tag>` with these attributes. */
function create(tag: string, attributes: Record<string, string> = {}): HTMLElement {
  const element = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) element.setAttribute(name, value);
  return element;
}

/** A form around `content`; `submitted()` gives the FormData of the last submit (the submit is not sent anywhere). */
async function inForm(content: ReturnType<typeof html>) {
  const form = await fixture<HTMLFormElement>(html`<form novalidate>${content}</form>`);
  const sent: FormData[] = [];
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    sent.push(new FormData(form));
  });
  return { form, sent };
}

/** A field: empty and submitted it shows its error; typed with the keyboard and submitted, its value is sent. */
function fieldCase(
  tag: string,
  module: string,
  load: () => Promise<unknown>,
  typed: string,
  sentValue: string,
  attributes: Record<string, string> = {},
): LifecycleCase {
  return {
    tag,
    module,
    async mount() {
      await load();
      const { validateForm } = await import('../../components/core/ui/form-validation.js');
      const { form, sent } = await inForm(html``);
      const field = create(tag, { name: 'value', label: 'Поле', required: '', ...attributes }) as HTMLElement & {
        value: string;
        updateComplete: Promise<unknown>;
      };
      form.append(field);
      await field.updateComplete;
      return {
        element: field,
        async works(round) {
          field.value = '';
          await field.updateComplete;
          // As the kit's forms do on submit (novalidate forms, validated by the kit).
          validateForm(form);
          await until(() => deepText(shadow(field).querySelector('#error')!).trim() !== '', `${tag}: the error`);
          expectVisible(
            shadow(field).querySelector('#error'),
            `${tag}: the error after an empty submit (round ${round})`,
          );
          const input = shadow(field).querySelector<HTMLInputElement>('input')!;
          input.focus();
          await sendKeys({ type: typed });
          await field.updateComplete;
          const before = sent.length;
          form.requestSubmit();
          await until(() => sent.length > before, `${tag}: the submit`);
          expect(sent.at(-1)!.get('value'), `${tag}: the value sent (round ${round})`).to.equal(sentValue);
        },
      };
    },
  };
}

/** A session snapshot on a wrapper, as <gu-session> gives it. */
async function withTestSession(
  status: 'signed-in' | 'signed-out',
  content: HTMLElement,
): Promise<{ wrapper: HTMLElement; session: TestSession }> {
  const wrapper = await fixture<HTMLElement>(html`<div lang="ru"></div>`);
  const session = provideTestSession(wrapper, status === 'signed-out' ? { status, citizen: undefined } : {});
  wrapper.append(content);
  return { wrapper, session };
}

export const CASES: LifecycleCase[] = [
  // ———————————————————————————————————————————————— core ui
  {
    tag: 'gu-alert',
    module: 'components/core/ui/gu-alert.ts',
    async mount() {
      await import('../../components/core/ui/gu-alert.js');
      const alert = await fixture<HTMLElement>(
        html`<gu-alert variant="error" heading="Не отправлено" live>Текст</gu-alert>`,
      );
      return {
        element: alert,
        async works(round) {
          await announces(() => (alert.textContent = `Сервис недоступен, попытка ${round}`), `попытка ${round}`);
          expectVisible(deepQueryAll(shadow(alert), '[role="alert"]')[0], 'the alert');
        },
      };
    },
  },
  {
    tag: 'gu-button',
    module: 'components/core/ui/gu-button.ts',
    async mount() {
      await import('../../components/core/ui/gu-button.js');
      const { form, sent } = await inForm(html`<input name="q" value="x" /><gu-button type="submit">Найти</gu-button>`);
      const button = form.querySelector<HTMLElement>('gu-button')!;
      return {
        element: button,
        async works(round) {
          const inner = shadow(button).querySelector('button')!;
          expectVisible(inner, `the button (round ${round})`);
          const before = sent.length;
          inner.focus();
          await sendKeys({ press: 'Enter' });
          await until(() => sent.length > before, 'the form submitted by the button');
        },
      };
    },
  },
  {
    tag: 'gu-dialog',
    module: 'components/core/ui/gu-dialog.ts',
    async mount() {
      await import('../../components/core/ui/gu-dialog.js');
      const dialog = await fixture<HTMLElement & { open: boolean }>(
        html`<gu-dialog heading="Удалить черновик?"><p>Черновик нельзя будет восстановить.</p></gu-dialog>`,
      );
      return {
        element: dialog,
        async works(round) {
          dialog.open = true;
          await until(() => shadow(dialog).querySelector('dialog')?.open, 'the dialog opens');
          expectVisible(
            deepQueryAll(shadow(dialog), 'h2, [role="heading"], .heading')[0],
            `the heading (round ${round})`,
          );
          await sendKeys({ press: 'Escape' });
          await until(() => !shadow(dialog).querySelector('dialog')?.open, 'Escape closes it');
          expectNotVisible(shadow(dialog).querySelector('dialog'), 'the closed dialog');
        },
      };
    },
  },
  {
    tag: 'gu-live-region',
    module: 'components/core/ui/gu-live-region.ts',
    async mount() {
      await import('../../components/core/ui/gu-live-region.js');
      const region = await fixture<HTMLElement & { announce(text: string): Promise<void> }>(
        html`<gu-live-region></gu-live-region>`,
      );
      return {
        element: region,
        works: (round) => announces(() => region.announce(`Сохранено, раз ${round}`), `раз ${round}`),
      };
    },
  },
  {
    tag: 'gu-error-state',
    module: 'components/core/ui/gu-error-state.ts',
    async mount() {
      await import('../../components/core/ui/gu-error-state.js');
      const state = document.createElement('gu-error-state');
      state.setAttribute('retryable', '');
      let retries = 0;
      state.addEventListener('gu-error-state-retry', () => (retries += 1));
      const host = await fixture<HTMLElement>(html`<div></div>`);
      return {
        element: state,
        async works(round) {
          await announces(() => {
            state.setAttribute('message', `Сервис недоступен (${round})`);
            if (!state.isConnected) host.append(state);
          }, `Сервис недоступен (${round})`);
          const retry = deepQueryAll<HTMLElement>(shadow(state), 'button')[0];
          expectVisible(retry, 'the retry button');
          retry!.click();
          expect(retries, 'gu-error-state-retry fired').to.equal(round);
        },
      };
    },
  },
  ...(
    [
      ['gu-empty-state', () => import('../../components/core/ui/gu-empty-state.js')],
      ['gu-loading-state', () => import('../../components/core/ui/gu-loading-state.js')],
      ['gu-status-badge', () => import('../../components/core/ui/gu-status-badge.js')],
    ] as const
  ).map(([tag, load]): LifecycleCase => ({
    tag,
    module: `components/core/ui/${tag}.ts`,
    async mount() {
      await load();
      const text = {
        'gu-empty-state': 'Заявлений нет',
        'gu-loading-state': 'Загружаем',
        'gu-status-badge': 'Черновик',
      }[tag];
      const attribute = tag === 'gu-empty-state' ? 'heading' : 'label';
      const element = await fixture<HTMLElement>(html`<div></div>`);
      element.append(create(tag, { [attribute]: text }));
      const child = element.firstElementChild as HTMLElement;
      return {
        element: child,
        async works(round) {
          await (child as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete;
          await until(() => shownText(child).includes(text), `${tag} shows «${text}»`);
          expectTextVisible(child, text, `<${tag}> (round ${round})`);
        },
      };
    },
  })),
  {
    tag: 'gu-error-summary',
    module: 'components/core/ui/gu-error-summary.ts',
    async mount() {
      await import('../../components/core/ui/gu-error-summary.js');
      await import('../../components/core/ui/gu-text-field.js');
      const { validateForm } = await import('../../components/core/ui/form-validation.js');
      const { form } = await inForm(
        html`<gu-error-summary></gu-error-summary>
          <gu-text-field name="snils" label="СНИЛС" validate="snils" required></gu-text-field>`,
      );
      const summary = form.querySelector<HTMLElement>('gu-error-summary')!;
      return {
        element: summary,
        async works(round) {
          validateForm(form);
          await until(() => summary.hasAttribute('has-errors'), 'the summary lists the errors');
          const link = deepQueryAll<HTMLAnchorElement>(shadow(summary), 'a')[0];
          expectVisible(link, `the link to the field (round ${round})`);
          expect(deepText(link!)).to.include('СНИЛС');
        },
      };
    },
  },
  fieldCase(
    'gu-text-field',
    'components/core/ui/gu-text-field.ts',
    () => import('../../components/core/ui/gu-text-field.js'),
    'Иванов',
    'Иванов',
  ),
  fieldCase(
    'gu-password-field',
    'components/core/ui/gu-password-field.ts',
    () => import('../../components/core/ui/gu-password-field.js'),
    'secret-2026',
    'secret-2026',
  ),
  fieldCase(
    'gu-otp-field',
    'components/core/ui/gu-otp-field.ts',
    () => import('../../components/core/ui/gu-otp-field.js'),
    '123456',
    '123456',
  ),

  // ———————————————————————————————————————————————— session
  {
    tag: 'gu-session-notice',
    module: 'components/core/session/gu-session-notice.ts',
    async mount() {
      await import('../../components/core/session/gu-session-notice.js');
      const { wrapper, session } = await withTestSession('signed-out', create('gu-session-notice'));
      const notice = wrapper.querySelector<HTMLElement>('gu-session-notice')!;
      return {
        element: notice,
        async works(round) {
          await until(() => deepQueryAll(shadow(notice), 'button').length > 0, 'the sign-in button');
          const button = deepQueryAll<HTMLElement>(shadow(notice), 'button').find((b) => /Войти/.test(shownText(b)));
          expectVisible(button, `«Войти» (round ${round})`);
          button!.click();
          await until(() => session.calls.filter((call) => call.startsWith('signIn')).length === round, 'sign-in');
        },
      };
    },
  },
  {
    tag: 'gu-sign-out-button',
    module: 'components/core/session/gu-sign-out-button.ts',
    async mount() {
      await import('../../components/core/session/gu-sign-out-button.js');
      const { wrapper, session } = await withTestSession('signed-in', create('gu-sign-out-button'));
      const button = wrapper.querySelector<HTMLElement>('gu-sign-out-button')!;
      return {
        element: button,
        async works(round) {
          await until(() => deepQueryAll(shadow(button), 'button, gu-button').length > 0, 'the button');
          const inner = deepQueryAll<HTMLElement>(shadow(button), 'button').find((b) => /Выйти/.test(shownText(b)));
          expectVisible(inner, `«Выйти» (round ${round})`);
          inner!.click();
          await until(() => session.calls.filter((call) => call === 'signOut').length === round, 'sign-out');
        },
      };
    },
  },
];
