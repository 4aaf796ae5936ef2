import { html } from 'lit';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import '../../components/a11y/gu-a11y-toggle.js';
import '../../components/a11y/gu-a11y-panel.js';

/**
 * The header's toggle. Pressing it opens the panel (created after it, or the one `for` names) and the panel's choice
 * applies to this page's document, as it would on a portal.
 */
const meta = {
  title: 'A11y/Toggle',
  component: 'gu-a11y-toggle',
  render: () => html`<header><gu-a11y-toggle></gu-a11y-toggle></header>`,
} satisfies Meta;
export default meta;

type Story = StoryObj;

/** On its own: it creates its panel right after itself when pressed. */
export const Default: Story = {};
/** With a panel the portal placed elsewhere in the page (closed until the toggle opens it). */
export const WithPlacedPanel: Story = {
  render: () =>
    html`<header><gu-a11y-toggle for="low-vision-panel"></gu-a11y-toggle></header>
      <gu-a11y-panel id="low-vision-panel"></gu-a11y-panel>`,
};
