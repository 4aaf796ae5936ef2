import { html } from 'lit';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import '../../components/core/ui/gu-status-badge.js';
import type { StatusTone } from '../../components/core/ui/status-badge.js';

interface BadgeArgs {
  tone: StatusTone;
  label: string;
}

const TONES: StatusTone[] = ['neutral', 'info', 'success', 'warning', 'error', 'progress'];

const meta = {
  title: 'Core/Status badge',
  component: 'gu-status-badge',
  render: (args) => html`<gu-status-badge tone=${args.tone} label=${args.label}></gu-status-badge>`,
  args: { tone: 'neutral', label: 'Черновик' },
  argTypes: { tone: { control: 'select', options: TONES } },
} satisfies Meta<BadgeArgs>;
export default meta;

type Story = StoryObj<BadgeArgs>;

export const Neutral: Story = { args: { tone: 'neutral', label: 'Черновик' } };
export const Info: Story = { args: { tone: 'info', label: 'Получено ведомством' } };
export const Success: Story = { args: { tone: 'success', label: 'Услуга оказана' } };
export const Warning: Story = { args: { tone: 'warning', label: 'Требуются документы' } };
export const ErrorTone: Story = { name: 'Error', args: { tone: 'error', label: 'Отказано' } };
export const Progress: Story = { args: { tone: 'progress', label: 'На рассмотрении' } };
/** Every tone side by side, in a list of applications. */
export const AllTones: Story = {
  render: () =>
    html`<ul style="display:flex;flex-wrap:wrap;gap:8px;list-style:none;padding:0">
      ${TONES.map((tone) => html`<li><gu-status-badge tone=${tone}>Статус: ${tone}</gu-status-badge></li>`)}
    </ul>`,
};
/** High-contrast theme. */
export const HighContrast: Story = { ...AllTones, parameters: { theme: 'high-contrast' } };
/** Dark theme. */
export const Dark: Story = { ...AllTones, parameters: { theme: 'dark' } };
