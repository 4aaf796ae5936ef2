import { html } from 'lit';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import '../../components/core/session/gu-session.js';
import '../../components/core/session/gu-session-notice.js';
import '../../components/core/session/gu-sign-out-button.js';
import type { GuSession } from '../../components/core/session/session-element.js';
import type { StoryParameters } from '../story-types.js';

interface SessionArgs {
  clientId: string;
}

const redirectUri = () => new URL('/', location.href).href;

/** Resolves when the gu-session of the story has left `unknown` / `signing-in`. */
async function settled(root: HTMLElement): Promise<void> {
  const element = root.querySelector('gu-session') as GuSession | null;
  if (!element) return;
  const start = Date.now();
  while (['unknown', 'signing-in'].includes(element.session.status) && Date.now() - start < 5000) {
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

const meta = {
  title: 'Core/Session',
  component: 'gu-session',
  args: { clientId: 'gu-kit-demo' },
  parameters: { scenario: 'default', sweep: { ready: settled } } satisfies StoryParameters,
  render: (args) =>
    html`<gu-session authority="/mock-oidc" client-id=${args.clientId} redirect-uri=${redirectUri()}>
      <gu-session-notice></gu-session-notice>
      <gu-sign-out-button></gu-sign-out-button>
    </gu-session>`,
} satisfies Meta<SessionArgs>;
export default meta;

type Story = StoryObj<SessionArgs>;

/**
 * A live gu-session against the MSW mock provider (/mock-oidc): signed out, «Войти» starts the redirect (which MSW
 * cannot answer — in MSW mode the embedded <gu-login> signs in; redirect and popup are proven against the dev IdP).
 */
export const LiveSignedOut: Story = {};

/** A live gu-session with a wrong authority: the discovery error state with «Повторить». */
export const LiveDiscoveryError: Story = {
  render: () =>
    html`<gu-session authority="/mock-oidc-missing" client-id="gu-kit-demo" redirect-uri=${redirectUri()}>
      <gu-session-notice></gu-session-notice>
    </gu-session>`,
};

/** The idle warning as it opens (rendered open): «Сеанс скоро завершится», the countdown, two actions. */
export const TimeoutDialogOpen: Story = {
  render: () =>
    html`<p><button type="button">Кнопка страницы</button></p>
      <gu-session-timeout-dialog open .deadline=${Date.now() + 105_000}></gu-session-timeout-dialog>`,
};
