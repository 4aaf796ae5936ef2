import { html } from 'lit';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import '../../components/core/ui/gu-alert.js';
import type { AlertVariant } from '../../components/core/ui/alert.js';

interface AlertArgs {
  variant: AlertVariant;
  heading: string;
  text: string;
  dismissible: boolean;
  live: boolean;
}

const meta = {
  title: 'Core/Alert',
  component: 'gu-alert',
  render: (args) =>
    html`<gu-alert variant=${args.variant} heading=${args.heading} ?dismissible=${args.dismissible} ?live=${args.live}
      >${args.text}</gu-alert
    >`,
  args: { variant: 'info', heading: '', text: '', dismissible: false, live: false },
  argTypes: { variant: { control: 'inline-radio', options: ['info', 'success', 'warning', 'error'] } },
} satisfies Meta<AlertArgs>;
export default meta;

type Story = StoryObj<AlertArgs>;

const texts: Record<AlertVariant, Pick<AlertArgs, 'heading' | 'text'>> = {
  info: { heading: 'Приём заявлений продлён', text: 'Подать заявление можно до 31 мая.' },
  success: { heading: 'Заявление отправлено', text: 'Номер заявления 1234567890. Статус придёт в личный кабинет.' },
  warning: { heading: 'Паспорт скоро станет недействительным', text: 'Замените паспорт до 12 июня.' },
  error: { heading: 'Неверный код', text: 'Осталось 2 попытки.' },
};

export const Info: Story = { args: { variant: 'info', ...texts.info } };
export const InfoDismissible: Story = { args: { variant: 'info', ...texts.info, dismissible: true } };
export const Success: Story = { args: { variant: 'success', ...texts.success } };
export const SuccessDismissible: Story = { args: { variant: 'success', ...texts.success, dismissible: true } };
export const Warning: Story = { args: { variant: 'warning', ...texts.warning } };
export const WarningDismissible: Story = { args: { variant: 'warning', ...texts.warning, dismissible: true } };
export const ErrorAlert: Story = { name: 'Error', args: { variant: 'error', ...texts.error } };
export const ErrorDismissible: Story = { args: { variant: 'error', ...texts.error, dismissible: true } };
/** Text only, no heading. */
export const WithoutHeading: Story = { args: { variant: 'success', text: 'Изменения сохранены.' } };
/** A live alert placed in the page empty: its role="alert" region exists before the message is inserted. */
export const LiveEmpty: Story = { args: { variant: 'error', live: true } };
/** Lockout message (req. 26): remaining time as text. */
export const Lockout: Story = {
  args: {
    variant: 'error',
    live: true,
    heading: 'Вход временно заблокирован',
    text: 'Повторите через 15 минут, в 14:32.',
  },
};
/** Every variant in the dark theme. */
export const AllVariantsDark: Story = {
  render: () =>
    html`<div style="display:grid;gap:16px">
      ${(Object.keys(texts) as AlertVariant[]).map(
        (variant) =>
          html`<gu-alert variant=${variant} heading=${texts[variant].heading} dismissible
            >${texts[variant].text}</gu-alert
          >`,
      )}
    </div>`,
  parameters: { theme: 'dark' },
};
