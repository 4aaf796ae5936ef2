import { html, nothing } from 'lit';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import '../../components/core/ui/gu-otp-field.js';

interface OtpFieldArgs {
  label: string;
  hint?: string;
  value?: string;
  length?: number;
  required?: boolean;
  disabled?: boolean;
  touched?: boolean;
  error?: string;
}

const meta = {
  title: 'Core/One-time code field',
  component: 'gu-otp-field',
  render: (args) =>
    html`<gu-otp-field
      label=${args.label}
      hint=${args.hint ?? nothing}
      value=${args.value ?? nothing}
      length=${args.length ?? 6}
      error=${args.error ?? nothing}
      ?required=${args.required}
      ?disabled=${args.disabled}
      ?touched=${args.touched}
    ></gu-otp-field>`,
  args: { label: 'Код из СМС', hint: 'Мы отправили код на +7 (***) ***-45-67', required: true },
} satisfies Meta<OtpFieldArgs>;
export default meta;

type Story = StoryObj<OtpFieldArgs>;

export const Empty: Story = {};
export const Filled: Story = { args: { value: '123456' } };
export const FourDigits: Story = { args: { length: 4, hint: 'Код из 4 цифр из push-уведомления' } };
export const Disabled: Story = { args: { disabled: true } };
export const InvalidEmpty: Story = { args: { touched: true } };
export const InvalidIncomplete: Story = { args: { value: '123', touched: true } };
export const WrongCode: Story = { args: { value: '123456', error: 'Неверный код. Осталось 2 попытки' } };
