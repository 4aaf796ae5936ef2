import { html } from 'lit';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import '../../components/core/ui/gu-button.js';

interface ButtonArgs {
  text: string;
  variant: 'primary' | 'secondary' | 'link';
  type: 'submit' | 'button' | 'reset';
  busy?: boolean;
  disabled?: boolean;
}

const meta = {
  title: 'Core/Button',
  component: 'gu-button',
  render: (args) =>
    html`<gu-button variant=${args.variant} type=${args.type} ?busy=${args.busy} ?disabled=${args.disabled}
      >${args.text}</gu-button
    >`,
  args: { text: 'Отправить заявление', variant: 'primary', type: 'button' },
  argTypes: {
    variant: { control: 'inline-radio', options: ['primary', 'secondary', 'link'] },
    type: { control: 'inline-radio', options: ['submit', 'button', 'reset'] },
  },
} satisfies Meta<ButtonArgs>;
export default meta;

type Story = StoryObj<ButtonArgs>;

export const Primary: Story = {};
export const Secondary: Story = { args: { variant: 'secondary', text: 'Сохранить черновик' } };
export const LinkLike: Story = { args: { variant: 'link', text: 'Изменить номер телефона' } };
export const Busy: Story = { args: { busy: true, text: 'Оплатить 1 500 ₽' } };
export const BusySecondary: Story = { args: { busy: true, variant: 'secondary', text: 'Отправить код ещё раз' } };
export const Disabled: Story = { args: { disabled: true } };
