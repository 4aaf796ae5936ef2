/**
 * Issue 17, «the kit holds»: the core elements in their busiest states at 320 px with the largest low-vision
 * preferences, in every colour scheme and under forced colours (test/helpers/holds.ts) — one page of the inline
 * elements (a form with errors and its summary, alerts, badges, the states, buttons), and the dialog open (modal: the
 * rest of the page is inert, so it is checked on its own). Long values that a citizen really types (an e-mail, an
 * address) are in the fields, so a value that does not wrap shows here.
 */
import { html, render } from 'lit';
import { expect } from '@open-wc/testing';
import '../../components/core/ui/gu-alert.js';
import '../../components/core/ui/gu-button.js';
import '../../components/core/ui/gu-dialog.js';
import '../../components/core/ui/gu-empty-state.js';
import '../../components/core/ui/gu-error-state.js';
import '../../components/core/ui/gu-error-summary.js';
import '../../components/core/ui/gu-loading-state.js';
import '../../components/core/ui/gu-otp-field.js';
import '../../components/core/ui/gu-password-field.js';
import '../../components/core/ui/gu-status-badge.js';
import '../../components/core/ui/gu-text-field.js';
import type { GuErrorSummary } from '../../components/core/ui/error-summary.js';
import { validateForm } from '../../components/core/ui/form-validation.js';
import { applyPreferences, NORMAL } from '../../components/a11y/preferences.js';
import { describeHolds } from '../helpers/holds.js';
import { isPerceivable } from '../helpers/perceive.js';
import { until } from '../helpers/until.js';

const LONG_EMAIL = 'garipova.elvira.rinatovna.1976@yandex-mail-service.ru';

describeHolds('core elements: a form with errors, alerts, badges, states', async (root) => {
  render(
    html`<form novalidate>
        <gu-error-summary></gu-error-summary>
        <gu-text-field name="snils" label="СНИЛС" validate="snils" mask="snils" required></gu-text-field>
        <gu-text-field
          name="email"
          label="Адрес электронной почты для уведомлений о ходе рассмотрения заявления"
          hint="На него придёт код подтверждения; адрес видите только вы"
          validate="email"
          value=${`${LONG_EMAIL}@`}
        ></gu-text-field>
        <gu-password-field name="password" label="Пароль" required></gu-password-field>
        <gu-otp-field name="code" label="Код из СМС" length="6" required></gu-otp-field>
        <gu-button type="submit">Отправить заявление на регистрацию</gu-button>
        <gu-button variant="secondary" busy>Сохранить черновик</gu-button>
      </form>
      <gu-alert variant="error" heading="Не удалось отправить заявление" dismissible>
        Сервис ${LONG_EMAIL} временно недоступен. Повторите попытку позже.
      </gu-alert>
      <gu-alert variant="success" heading="Заявление зарегистрировано">Номер 2026-1234567890-ЕПГУ</gu-alert>
      <p>
        <gu-status-badge tone="success">Исполнено</gu-status-badge>
        <gu-status-badge tone="warning">Требует действий заявителя</gu-status-badge>
        <gu-status-badge tone="progress">На рассмотрении в ведомстве</gu-status-badge>
        <gu-status-badge tone="error">Отказано</gu-status-badge>
      </p>
      <gu-empty-state heading="Здесь пока ничего нет">Заявления, которые вы подадите, появятся здесь.</gu-empty-state>
      <gu-error-state retryable></gu-error-state>
      <gu-loading-state label="Загружаем заявления…"></gu-loading-state>
      <gu-loading-state inline></gu-loading-state> `,
    root,
  );
  const form = root.querySelector('form')!;
  await until(() => root.querySelector('gu-loading-state')!.shadowRoot!.querySelector('.label'), 'the loading text');
  validateForm(form);
  const summary = root.querySelector<GuErrorSummary>('gu-error-summary')!;
  await until(() => summary.hasAttribute('has-errors'), 'the error summary lists the errors');
});

describeHolds('gu-dialog: open, with a long heading and a footer', async (root) => {
  render(
    html`<gu-dialog open heading="Согласие на обработку персональных данных и получение уведомлений">
      <p>Нажимая «Продолжить», вы соглашаетесь получать уведомления на ${LONG_EMAIL}.</p>
      <gu-button slot="footer" data-gu-dialog-close value="confirm">Продолжить</gu-button>
      <gu-button slot="footer" variant="secondary" data-gu-dialog-close value="cancel">Отмена</gu-button>
    </gu-dialog>`,
    root,
  );
  const dialog = root.querySelector('gu-dialog')!;
  await until(() => dialog.shadowRoot?.querySelector('dialog')?.open, 'the dialog is open');
});

describe('core images with images off (issue 17)', () => {
  afterEach(() => applyPreferences({ ...NORMAL }));

  it('hides the decorative icons and illustrations; a status badge keeps its text; a close button its icon', async () => {
    const root = document.createElement('div');
    document.body.append(root);
    try {
      render(
        html`<gu-alert variant="warning" dismissible>Проверьте данные</gu-alert>
          <gu-status-badge tone="success">Исполнено</gu-status-badge>
          <gu-empty-state></gu-empty-state>
          <gu-error-state></gu-error-state>`,
        root,
      );
      const [alert, badge, empty, failed] = ['gu-alert', 'gu-status-badge', 'gu-empty-state', 'gu-error-state'].map(
        (name) => root.querySelector(name)!,
      );
      await until(() => failed!.shadowRoot?.querySelector('.state-icon'), 'the states rendered');
      const icons = () => [
        alert!.shadowRoot!.querySelector('.region .icon')!,
        badge!.shadowRoot!.querySelector('.icon')!,
        empty!.shadowRoot!.querySelector('.state-icon')!,
        failed!.shadowRoot!.querySelector('.state-icon')!,
      ];
      const close = () => alert!.shadowRoot!.querySelector('.dismiss .icon')!;
      expect(icons().map((icon) => isPerceivable(icon))).to.deep.equal([true, true, true, true]);

      applyPreferences({ ...NORMAL, images: 'off' });
      expect(icons().map((icon) => isPerceivable(icon))).to.deep.equal([false, false, false, false]);
      expect(isPerceivable(close()), 'the close button keeps its only picture').to.equal(true);
      const label = badge!.shadowRoot!.querySelector('.label')!;
      expect(isPerceivable(label)).to.equal(true);
      expect(badge!.textContent).to.contain('Исполнено');
    } finally {
      root.remove();
    }
  });
});
