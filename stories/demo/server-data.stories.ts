import { html } from 'lit';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import '../../shells/demo/demo-account.js';
import type { StoryParameters } from '../story-types.js';

/** Resolves once the panel has left its loading state (data, empty or error). */
async function loaded(root: HTMLElement): Promise<void> {
  const panel = root.querySelector('gu-demo-account')!;
  const deadline = Date.now() + 5000;
  while (panel.shadowRoot?.querySelector('gu-loading-state') && Date.now() < deadline) {
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

/**
 * The demo's server-data panel in every mock backend scenario: how a widget built on core/api looks with data,
 * empty, slow, failing, offline and malformed answers.
 */
const meta = {
  title: 'Demo/Server data',
  component: 'gu-demo-account',
  render: () => html`<gu-demo-account></gu-demo-account>`,
  parameters: { sweep: { ready: loaded } } satisfies StoryParameters,
} satisfies Meta;

export default meta;
type Story = StoryObj;

export const Default: Story = { parameters: { scenario: 'default' } };
export const Empty: Story = { parameters: { scenario: 'empty' } };
export const Large: Story = { parameters: { scenario: 'large' } };
export const Slow: Story = {
  name: 'Slow (loading)',
  parameters: { scenario: 'slow', sweep: { ready: async () => undefined } },
};
export const Flaky: Story = { parameters: { scenario: 'flaky' } };
export const ServerError: Story = { parameters: { scenario: 'server-error' } };
export const Offline: Story = { parameters: { scenario: 'offline' } };
export const Malformed: Story = { parameters: { scenario: 'malformed' } };
