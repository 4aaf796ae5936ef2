import { html, render } from 'lit';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { ContextProvider } from '@lit/context';
import '../../components/core/session/gu-session-notice.js';
import '../../components/core/session/gu-sign-out-button.js';
import {
  sessionContext,
  type Session,
  type SessionErrorKind,
  type SignedOutReason,
} from '../../components/core/session/session-context.js';

interface NoticeArgs {
  draftsSaved: boolean;
}

/** A story-only provider: a fixed snapshot, as <gu-session> would provide it; actions do nothing. */
function withSession(changes: Partial<Session>, content: (args: NoticeArgs) => ReturnType<typeof html>) {
  return (args: NoticeArgs): HTMLElement => {
    const host = document.createElement('div');
    const session: Session = {
      status: 'signed-out',
      apiBase: '/api',
      apiAuth: { getAccessToken: () => null },
      signIn: async () => undefined,
      signOut: async () => undefined,
      extend: async () => undefined,
      retry: async () => undefined,
      refresh: async () => undefined,
      createAuthorizationRequest: async () => {
        throw new Error('not in stories');
      },
      acceptAuthorizationResponse: async () => undefined,
      ...changes,
    };
    new ContextProvider(host, { context: sessionContext, initialValue: session });
    render(content(args), host);
    return host;
  };
}

const notice = (args: NoticeArgs) => html`<gu-session-notice ?drafts-saved=${args.draftsSaved}></gu-session-notice>`;

const meta = {
  title: 'Core/Session notice',
  component: 'gu-session-notice',
  args: { draftsSaved: false },
  render: withSession({ status: 'signed-out' }, notice),
} satisfies Meta<NoticeArgs>;
export default meta;

type Story = StoryObj<NoticeArgs>;

/** Checking the session (status `unknown`). */
export const Unknown: Story = { render: withSession({ status: 'unknown' }, notice) };
/** Sign-in in progress. */
export const SigningIn: Story = { render: withSession({ status: 'signing-in' }, notice) };
/** First visit: signed out, no reason. */
export const SignedOut: Story = {};

const reasons: SignedOutReason[] = ['user', 'other-tab', 'session-ended', 'unauthorized'];
const [user, otherTab, sessionEnded, unauthorized] = reasons.map((reason): Story => ({
  render: withSession({ status: 'signed-out', reason }, notice),
}));
/** Signed out with «Выйти» here. */
export const SignedOutUser: Story = user!;
/** Signed out in another tab. */
export const SignedOutOtherTab: Story = otherTab!;
/** The provider ended the session (renewal refused). */
export const SignedOutSessionEnded: Story = sessionEnded!;
/** The API kept answering 401 after one renewal. */
export const SignedOutUnauthorized: Story = unauthorized!;

/** Signed out by the idle timeout; the widget kept a draft. */
export const ExpiredIdle: Story = {
  args: { draftsSaved: true },
  render: withSession({ status: 'expired', reason: 'idle-timeout' }, notice),
};

const kinds: SessionErrorKind[] = [
  'discovery',
  'token',
  'id-token',
  'network',
  'popup-blocked',
  'popup-closed',
  'state',
  'configuration',
];
const errorStory = (kind: SessionErrorKind): Story => ({
  render: withSession({ status: 'error', error: { kind, message: kind } }, notice),
});
/** Error: malformed or unreachable discovery document. */
export const ErrorDiscovery: Story = errorStory(kinds[0]!);
/** Error: the token endpoint failed. */
export const ErrorToken: Story = errorStory(kinds[1]!);
/** Error: the ID token failed validation. */
export const ErrorIdToken: Story = errorStory(kinds[2]!);
/** Error: the network dropped. */
export const ErrorNetwork: Story = errorStory(kinds[3]!);
/** Error: the popup was blocked — «Продолжить в этом окне». */
export const ErrorPopupBlocked: Story = errorStory(kinds[4]!);
/** Error: the popup was closed — «Продолжить в этом окне». */
export const ErrorPopupClosed: Story = errorStory(kinds[5]!);
/** Error: an authorization response of another page. */
export const ErrorState: Story = errorStory(kinds[6]!);
/** Error: gu-session is not configured. */
export const ErrorConfiguration: Story = errorStory(kinds[7]!);

/** Signed in: the notice renders nothing; the sign-out button is visible. */
export const SignedInWithSignOutButton: Story = {
  render: withSession(
    {
      status: 'signed-in',
      level: 'confirmed',
      citizen: { id: 'person-1', name: 'Гарипова Екатерина Николаевна', snilsMasked: '***-***-011 80' },
    },
    (args) =>
      html`${notice(args)}
        <p>Гарипова Екатерина Николаевна</p>
        <gu-sign-out-button></gu-sign-out-button>`,
  ),
};
