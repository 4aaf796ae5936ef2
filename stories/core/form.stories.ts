import { html } from 'lit';
import { ref } from 'lit/directives/ref.js';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import '../../components/core/ui/gu-error-summary.js';
import '../../components/core/ui/gu-text-field.js';
import '../../components/core/ui/gu-password-field.js';
import '../../components/core/ui/gu-otp-field.js';
import '../../components/core/ui/gu-button.js';
import { validateForm } from '../../components/core/ui/form-validation.js';
import type { GuButton } from '../../components/core/ui/button.js';

interface FormArgs {
  /** Submit once on render to show the invalid state. */
  submitted: boolean;
}

/** The documented wiring: `novalidate`, validateForm on submit, the button busy while the request runs. */
function handleSubmit(event: SubmitEvent): void {
  event.preventDefault();
  const form = event.currentTarget as HTMLFormElement;
  if (!validateForm(form).valid) return;
  const button = form.querySelector<GuButton>('gu-button[type="submit"]');
  if (button) button.busy = true;
  setTimeout(() => {
    if (button) button.busy = false;
  }, 2000);
}

/** Story sweep: the invalid state must really be on screen before axe runs. */
async function summaryShowsErrors(root: HTMLElement): Promise<void> {
  const summary = root.querySelector('gu-error-summary');
  await summary?.updateComplete;
  if (!summary?.hasAttribute('has-errors')) throw new Error('The error summary shows no errors');
}

const meta = {
  title: 'Core/Form',
  render: (args) =>
    html`<form
      novalidate
      @submit=${handleSubmit}
      ${ref((element) => {
        if (args.submitted && element instanceof HTMLFormElement) queueMicrotask(() => element.requestSubmit());
      })}
    >
      <gu-error-summary></gu-error-summary>
      <gu-text-field name="family-name" label="Фамилия" autocomplete="family-name" required></gu-text-field>
      <gu-text-field
        name="snils"
        label="СНИЛС"
        hint="11 цифр, например 112-233-445 95"
        validate="snils"
        mask="snils"
        required
      ></gu-text-field>
      <gu-text-field name="phone" label="Мобильный телефон" validate="phone" mask="phone" required></gu-text-field>
      <gu-text-field name="email" label="Электронная почта" validate="email"></gu-text-field>
      <gu-password-field
        name="password"
        label="Пароль"
        hint="Не короче 8 символов"
        autocomplete="new-password"
        minlength="8"
        required
      ></gu-password-field>
      <gu-otp-field name="code" label="Код из СМС" required></gu-otp-field>
      <gu-button type="submit">Зарегистрироваться</gu-button>
      <gu-button type="reset" variant="secondary">Очистить</gu-button>
    </form>`,
  args: { submitted: false },
} satisfies Meta<FormArgs>;
export default meta;

type Story = StoryObj<FormArgs>;

export const Empty: Story = {};
export const SubmittedWithErrors: Story = {
  args: { submitted: true },
  parameters: { sweep: { ready: summaryShowsErrors } },
};
