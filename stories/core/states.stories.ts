import { html } from 'lit';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import '../../components/core/ui/gu-empty-state.js';
import '../../components/core/ui/gu-loading-state.js';
import '../../components/core/ui/gu-error-state.js';
import type { ErrorLike } from '../../components/core/ui/state.js';

interface StateArgs {
  kind: 'empty' | 'loading' | 'error';
  heading: string;
  text: string;
  label: string;
  delay: number;
  error: ErrorLike | undefined;
  retryable: boolean;
}

const linkStyle = 'display:inline-block;min-height:44px;line-height:44px';

const meta = {
  title: 'Core/States',
  component: 'gu-error-state',
  render: (args) => {
    switch (args.kind) {
      case 'empty':
        return html`<gu-empty-state heading=${args.heading}>${args.text}</gu-empty-state>`;
      case 'loading':
        return html`<gu-loading-state label=${args.label} delay=${args.delay}></gu-loading-state>`;
      default:
        return html`<gu-error-state
          heading=${args.heading}
          message=${args.text}
          .error=${args.error}
          ?retryable=${args.retryable}
          @gu-error-state-retry=${() => console.info('gu-error-state-retry')}
        ></gu-error-state>`;
    }
  },
  args: { kind: 'error', heading: '', text: '', label: '', delay: 0, error: undefined, retryable: false },
} satisfies Meta<StateArgs>;
export default meta;

type Story = StoryObj<StateArgs>;

export const Empty: Story = { args: { kind: 'empty' } };
export const EmptyWithText: Story = {
  args: { kind: 'empty', heading: 'У вас нет заявлений', text: 'Здесь появятся поданные заявления.' },
};
export const EmptyWithAction: Story = {
  render: () =>
    html`<gu-empty-state heading="У вас нет заявлений"
      >Здесь появятся поданные заявления.<a slot="action" href="#catalog" style=${linkStyle}
        >Перейти в каталог услуг</a
      ></gu-empty-state
    >`,
};
export const Loading: Story = { args: { kind: 'loading' } };
export const LoadingWithLabel: Story = { args: { kind: 'loading', label: 'Загружаем заявления…' } };
/** Appears only after 400 ms: no flash for fast responses. */
export const LoadingDelayed: Story = { args: { kind: 'loading', delay: 400 } };
export const LoadingInline: Story = { render: () => html`<gu-loading-state inline></gu-loading-state>` };

export const ErrorNetwork: Story = { args: { error: { kind: 'network' } } };
export const ErrorTimeout: Story = { args: { error: { kind: 'timeout' } } };
export const ErrorServer: Story = { args: { error: { kind: 'server' } } };
export const ErrorRateLimited: Story = { args: { error: { kind: 'rate-limited', retryAfter: 30 } } };
export const ErrorRateLimitedNoTime: Story = { args: { error: { kind: 'rate-limited' } } };
export const ErrorMalformed: Story = { args: { error: { kind: 'malformed' } } };
export const ErrorConflict: Story = { args: { error: { kind: 'conflict' } } };
/** Not retryable: no «Повторить». */
export const ErrorForbidden: Story = { args: { error: { kind: 'forbidden' } } };
export const ErrorNotFound: Story = { args: { error: { kind: 'not-found' } } };
export const ErrorUnauthorized: Story = {
  render: () =>
    html`<gu-error-state .error=${{ kind: 'unauthorized' }}
      ><a slot="action" href="#login" style=${linkStyle}>Войти</a></gu-error-state
    >`,
};
export const ErrorCustomMessage: Story = {
  args: {
    heading: 'Не удалось загрузить штрафы',
    text: 'ГИС ГМП не отвечает. Попробуйте через несколько минут.',
    retryable: true,
  },
};
/** Dark theme: the states are transparent, so the page paints the themed background. */
export const ErrorDark: Story = {
  render: () =>
    html`<div style="background:var(--gu-color-background);padding:8px">
      <gu-error-state .error=${{ kind: 'network' }}></gu-error-state>
    </div>`,
  parameters: { theme: 'dark' },
};
