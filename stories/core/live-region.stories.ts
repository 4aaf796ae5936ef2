import { html } from 'lit';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import '../../components/core/ui/gu-live-region.js';
import type { Politeness } from '../../components/core/ui/announcer.js';

interface LiveRegionArgs {
  message: string;
  politeness: Politeness;
  visuallyHidden: boolean;
}

const meta = {
  title: 'Core/Live region',
  component: 'gu-live-region',
  render: (args) =>
    html`<gu-live-region
      message=${args.message}
      politeness=${args.politeness}
      ?visually-hidden=${args.visuallyHidden}
    ></gu-live-region>`,
  args: { message: '', politeness: 'polite', visuallyHidden: false },
  argTypes: { politeness: { control: 'inline-radio', options: ['polite', 'assertive'] } },
} satisfies Meta<LiveRegionArgs>;
export default meta;

type Story = StoryObj<LiveRegionArgs>;

export const Empty: Story = {};
export const Polite: Story = { args: { message: 'Код отправлен на номер +7 900 ***-**-67' } };
export const Assertive: Story = { args: { message: 'Неверный код. Осталось 2 попытки.', politeness: 'assertive' } };
export const VisuallyHidden: Story = { args: { message: 'Найдено 3 заявления', visuallyHidden: true } };
