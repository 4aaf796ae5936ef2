import { html, nothing } from 'lit';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import '../../components/core/ui/gu-password-field.js';

interface PasswordFieldArgs {
  label: string;
  hint?: string;
  value?: string;
  autocomplete?: 'current-password' | 'new-password';
  minlength?: number;
  required?: boolean;
  disabled?: boolean;
  visible?: boolean;
  touched?: boolean;
  error?: string;
}

const meta = {
  title: 'Core/Password field',
  component: 'gu-password-field',
  render: (args) =>
    html`<gu-password-field
      label=${args.label}
      hint=${args.hint ?? nothing}
      .value=${args.value ?? ''}
      autocomplete=${args.autocomplete ?? 'current-password'}
      minlength=${args.minlength ?? nothing}
      error=${args.error ?? nothing}
      ?required=${args.required}
      ?disabled=${args.disabled}
      ?visible=${args.visible}
      ?touched=${args.touched}
    ></gu-password-field>`,
  args: { label: 'Пароль' },
} satisfies Meta<PasswordFieldArgs>;
export default meta;

type Story = StoryObj<PasswordFieldArgs>;

export const Empty: Story = {};
export const Filled: Story = { args: { value: 'Секрет-2026' } };
export const Shown: Story = { args: { value: 'Секрет-2026', visible: true } };
export const NewPassword: Story = {
  args: {
    label: 'Новый пароль',
    hint: 'Не короче 8 символов',
    autocomplete: 'new-password',
    minlength: 8,
    required: true,
  },
};
export const Disabled: Story = { args: { value: 'Секрет-2026', disabled: true } };
export const InvalidRequired: Story = { args: { required: true, touched: true } };
export const InvalidTooShort: Story = {
  args: { label: 'Новый пароль', autocomplete: 'new-password', minlength: 8, value: 'abc', touched: true },
};
export const WrongPassword: Story = { args: { value: 'неверный', error: 'Неверный логин или пароль' } };
