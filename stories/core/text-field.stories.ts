import { html, nothing } from 'lit';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import '../../components/core/ui/gu-text-field.js';

interface TextFieldArgs {
  label: string;
  hint?: string;
  value?: string;
  error?: string;
  validate?: string;
  mask?: string;
  autocomplete?: string;
  required?: boolean;
  disabled?: boolean;
  touched?: boolean;
}

const meta = {
  title: 'Core/Text field',
  component: 'gu-text-field',
  render: (args) =>
    html`<gu-text-field
      label=${args.label}
      hint=${args.hint ?? nothing}
      value=${args.value ?? nothing}
      error=${args.error ?? nothing}
      validate=${args.validate ?? nothing}
      mask=${args.mask ?? nothing}
      autocomplete=${args.autocomplete ?? nothing}
      ?required=${args.required}
      ?disabled=${args.disabled}
      ?touched=${args.touched}
    ></gu-text-field>`,
  args: { label: 'Фамилия', autocomplete: 'family-name' },
} satisfies Meta<TextFieldArgs>;
export default meta;

type Story = StoryObj<TextFieldArgs>;

export const Empty: Story = {};
export const Filled: Story = { args: { value: 'Иванова' } };
export const WithHint: Story = {
  args: {
    label: 'СНИЛС',
    hint: 'Номер из 11 цифр на зелёной карточке или в приложении',
    validate: 'snils',
    mask: 'snils',
    autocomplete: undefined,
  },
};
export const Required: Story = { args: { required: true } };
export const Disabled: Story = { args: { value: 'Иванова', disabled: true } };
export const RequiredEmptyInvalid: Story = { args: { required: true, touched: true } };
export const ServerError: Story = {
  args: {
    label: 'Электронная почта',
    validate: 'email',
    value: 'ivanova@mail.ru',
    error: 'Этот адрес уже привязан к другой учётной записи',
    autocomplete: 'email',
  },
};

const invalid = (label: string, validate: string, value: string): Story => ({
  args: { label, validate, value, touched: true, autocomplete: undefined },
});
export const InvalidSnilsChecksum = invalid('СНИЛС', 'snils', '112-233-445 96');
export const InvalidInnChecksum = invalid('ИНН', 'inn', '7707083894');
export const InvalidInnPersonLength = invalid('ИНН физического лица', 'inn-person', '7707083893');
export const InvalidPhoneKazakhstan = invalid('Мобильный телефон', 'phone', '+7 701 123-45-67');
export const InvalidPhoneForeign = invalid('Мобильный телефон', 'phone', '+375 29 123-45-67');
export const InvalidEmail = invalid('Электронная почта', 'email', 'ivanova@mail');
export const InvalidPassport = invalid('Серия и номер паспорта', 'passport', '45 08 12345');
export const InvalidUnitCode = invalid('Код подразделения', 'unit-code', '77-001');
export const InvalidUin = invalid('УИН начисления', 'uin', '18810000000000000002');

export const MaskedPhone: Story = {
  args: {
    label: 'Мобильный телефон',
    hint: 'На него придёт код подтверждения',
    validate: 'phone',
    mask: 'phone',
    value: '+79161234567',
    autocomplete: 'tel',
  },
};
export const MaskedPassport: Story = {
  args: {
    label: 'Серия и номер паспорта',
    validate: 'passport',
    mask: 'passport',
    value: '4508123456',
    autocomplete: undefined,
  },
};
export const MaskedUnitCode: Story = {
  args: {
    label: 'Код подразделения',
    validate: 'unit-code',
    mask: 'unit-code',
    value: '770001',
    autocomplete: undefined,
  },
};
