import type { Meta, StoryObj } from '@storybook/web-components-vite';
import '../../components/security/gu-security-settings.js';
import type { GuSecuritySettings } from '../../components/security/security-settings.js';
import { startMockWorker } from '../../mocks/browser.js';
import { resetMockIdentity } from '../../mocks/identity/index.js';
import { setTwoFactorOf } from '../../mocks/security/two-factor.js';
import { provideTestSession } from '../../mocks/test-session.js';
import type { StoryParameters } from '../story-types.js';
import { withLowVision } from '../low-vision.js';

interface Args {
  /** The citizen's two-factor sign-in: on with SMS, e-mail and an app (the seed), or off with nothing set up. */
  account: 'on' | 'off';
  /** What the story does once drawn, as the citizen would. */
  act: 'none' | 'app' | 'codes' | 'sms-code' | 'turn-on';
}

async function until(check: () => unknown, timeoutMs = 20_000): Promise<void> {
  const started = Date.now();
  for (;;) {
    if (check()) return;
    if (Date.now() - started > timeoutMs) throw new Error('story did not reach its state in time');
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
}

const part = (root: HTMLElement): ShadowRoot | null | undefined =>
  root.querySelector<GuSecuritySettings>('gu-security-settings')?.shadowRoot?.querySelector('gu-security-two-factor')
    ?.shadowRoot;

const totp = (root: HTMLElement): ShadowRoot | null | undefined =>
  part(root)?.querySelector('gu-security-totp-setup')?.shadowRoot;

async function act(root: HTMLElement, args: Args): Promise<void> {
  if (args.act === 'none') return;
  await until(() => part(root)?.querySelector('#add-app'));
  const shadow = part(root)!;
  const click = (selector: string) => shadow.querySelector<HTMLButtonElement>(selector)!.click();
  if (args.act === 'app') click('#add-app');
  if (args.act === 'turn-on') click('#toggle');
  if (args.act === 'codes') {
    click('#codes');
    await until(() => shadow.querySelector('gu-dialog[open]'));
    click('#confirm');
  }
  if (args.act === 'sms-code') {
    click('#add-sms');
    await until(() => shadow.querySelector('gu-text-field'));
    const field = shadow.querySelector<HTMLElement & { value: string; updateComplete: Promise<unknown> }>(
      'gu-text-field',
    )!;
    field.value = '+79035550123';
    await field.updateComplete;
    shadow.querySelector('form')!.requestSubmit();
  }
}

/** The widget as the portal's /security page puts it, signed in, on «Двухфакторный вход». */
function render(args: Args): HTMLElement {
  const wrapper = document.createElement('div');
  provideTestSession(wrapper);
  const element = document.createElement('gu-security-settings');
  element.view = 'two-factor';
  void startMockWorker({ quiet: true }).then(() => {
    resetMockIdentity();
    if (args.account === 'off') setTwoFactorOf('person-1', [], []);
    wrapper.append(element);
    void act(wrapper, args);
  });
  return wrapper;
}

const shows =
  (selector: string, of: (root: HTMLElement) => ShadowRoot | null | undefined = part) =>
  async (root: HTMLElement): Promise<void> => {
    await until(() => of(root)?.querySelector(selector));
  };

const meta: Meta<Args> = {
  title: 'Widgets/Security/Two-factor',
  component: 'gu-security-settings',
  render,
  args: { account: 'on', act: 'none' },
};
export default meta;

type Story = StoryObj<Args> & { parameters?: StoryParameters };

/** On, with three methods (SMS, e-mail, an app), the default one as a radio group, two backup codes left. */
export const On = withLowVision(
  {
    parameters: { sweep: { ready: shows('fieldset input[type="radio"]') } },
  } satisfies Story,
  render,
);

/** Off, nothing set up: «Включить двухфакторный вход». */
export const Off: Story = {
  args: { account: 'off' },
  parameters: { sweep: { ready: shows('#toggle') } },
};

/** «Включить» with no method: why a method, then backup codes, come first. */
export const TurnOnNeedsMethod: Story = {
  args: { account: 'off', act: 'turn-on' },
  parameters: { sweep: { ready: shows('#guide') } },
};

/** The authenticator app's step: QR code, the key in groups of four, the app's name and the code. */
export const AppSetup: Story = {
  args: { act: 'app' },
  parameters: {
    sweep: { ready: shows('svg[role="img"]', totp) },
  },
};

/** New backup codes, shown once: download, print, «Я сохранил коды». */
export const BackupCodesShown: Story = {
  args: { act: 'codes' },
  parameters: { sweep: { ready: shows('.codes li') } },
};

/** A phone bound: the code sent to it, resend after the cooldown. */
export const SmsCode: Story = {
  args: { act: 'sms-code' },
  parameters: { sweep: { ready: shows('gu-otp-field') } },
};

/** The two-factor state could not be loaded: said, with a retry. */
export const LoadFailed: Story = {
  parameters: { scenario: 'server-error', sweep: { ready: shows('[role="alert"] button') } },
};
