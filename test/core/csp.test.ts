import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { settle } from '../helpers/settle.js';

/**
 * Every core element renders and works under the host CSP of requirement 30 (no 'unsafe-inline', no style
 * attributes, Trusted Types required): the policy is put on this test page before any element is defined.
 */
const violations: string[] = [];
document.addEventListener('securitypolicyviolation', (event) =>
  violations.push(
    `${event.violatedDirective}: ${event.blockedURI} ${event.sample} at ${(event.target as Element).nodeName}`,
  ),
);
const policy = document.createElement('meta');
policy.httpEquiv = 'Content-Security-Policy';
policy.content = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "style-src-attr 'none'",
  "object-src 'none'",
  "base-uri 'none'",
  "require-trusted-types-for 'script'",
  'trusted-types lit-html',
].join('; ');
document.head.append(policy);

describe('core elements under a strict Content-Security-Policy', () => {
  it('the policy is really enforced on this page', async () => {
    const before = violations.length;
    const probe = document.createElement('div');
    // eslint-disable-next-line no-restricted-syntax -- the probe must violate the policy
    probe.setAttribute('style', 'color: red');
    document.body.append(probe);
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(violations.length, 'a style attribute must be reported').to.be.greaterThan(before);
    probe.remove();
    violations.length = 0;
  });

  it('renders and operates every core element with zero violations', async () => {
    await import('../../components/core/ui/gu-text-field.js');
    await import('../../components/core/ui/gu-password-field.js');
    await import('../../components/core/ui/gu-otp-field.js');
    await import('../../components/core/ui/gu-button.js');
    await import('../../components/core/ui/gu-error-summary.js');
    await import('../../components/core/ui/gu-alert.js');
    await import('../../components/core/ui/gu-live-region.js');
    await import('../../components/core/ui/gu-dialog.js');
    await import('../../components/core/ui/gu-status-badge.js');
    await import('../../components/core/ui/gu-empty-state.js');
    await import('../../components/core/ui/gu-loading-state.js');
    await import('../../components/core/ui/gu-error-state.js');
    const { validateForm } = await import('../../components/core/ui/form-validation.js');
    const { announce } = await import('../../components/core/ui/announcer.js');
    const { applyTheme } = await import('../../components/core/theme/index.js');

    const root = await fixture<HTMLElement>(
      html`<div>
        <form novalidate>
          <gu-error-summary></gu-error-summary>
          <gu-text-field name="snils" label="СНИЛС" validate="snils" mask="snils" required></gu-text-field>
          <gu-password-field name="password" label="Пароль"></gu-password-field>
          <gu-otp-field name="code" label="Код"></gu-otp-field>
          <gu-button type="submit">Отправить</gu-button>
        </form>
        <gu-alert variant="error" heading="Ошибка" dismissible>Текст</gu-alert>
        <gu-live-region message="Статус"></gu-live-region>
        <gu-dialog heading="Диалог" alert><p>Текст</p></gu-dialog>
        <gu-status-badge tone="success" label="Готово"></gu-status-badge>
        <gu-empty-state heading="Пусто"></gu-empty-state>
        <gu-loading-state></gu-loading-state>
        <gu-error-state message="Ошибка" retryable></gu-error-state>
      </div>`,
    );
    applyTheme(root, 'severny');
    await settle(root);

    // Operate: type with a mask, toggle the password, submit with errors, announce, open and close the dialog.
    const snils = root.querySelector('gu-text-field')!;
    snils.focus();
    await sendKeys({ type: '11223344595' });
    await sendKeys({ press: 'Tab' });
    await sendKeys({ press: 'Tab' });
    await sendKeys({ press: 'Space' });
    validateForm(root.querySelector('form')!);
    await announce('Проверка');
    const dialog = root.querySelector('gu-dialog')!;
    dialog.show();
    await settle(root);
    dialog.close();
    await settle(root);

    expect(snils.value).to.equal('11223344595');
    expect(violations, violations.join('\n')).to.deep.equal([]);
  });
});
