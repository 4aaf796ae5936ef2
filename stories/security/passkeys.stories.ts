import type { Meta, StoryObj } from '@storybook/web-components-vite';
import '../../components/security/gu-security-settings.js';
import type { GuSecurityPasskeys } from '../../components/security/parts/passkeys.js';
import type { GuSecuritySettings } from '../../components/security/security-settings.js';
import { startMockWorker } from '../../mocks/browser.js';
import { resetMockIdentity } from '../../mocks/identity/index.js';
import { seedPasskeyMetadata } from '../../mocks/security/two-factor.js';
import { provideTestSession } from '../../mocks/test-session.js';
import type { StoryParameters } from '../story-types.js';
import { withLowVision } from '../low-vision.js';

interface Args {
  /** The account's passkeys: two (one used to sign in) or none. */
  passkeys: 'two' | 'none';
  /** What this browser can do (a browser without WebAuthn, a page over http). */
  support: 'supported' | 'no-api' | 'insecure';
  /** Opens the inline rename of the first passkey. */
  rename: boolean;
}

async function until(check: () => unknown, timeoutMs = 20_000): Promise<void> {
  const started = Date.now();
  for (;;) {
    if (check()) return;
    if (Date.now() - started > timeoutMs) throw new Error('story did not reach its state in time');
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
}

const partOf = (root: HTMLElement): GuSecurityPasskeys | null | undefined =>
  root.querySelector<GuSecuritySettings>('gu-security-settings')?.shadowRoot?.querySelector('gu-security-passkeys');

async function act(root: HTMLElement, args: Args): Promise<void> {
  await until(() => partOf(root)?.shadowRoot?.querySelector('h4'));
  const part = partOf(root)!;
  if (args.support !== 'supported') part.support = args.support;
  if (args.rename) {
    await until(() => part.shadowRoot!.querySelector('[data-rename]'));
    part.shadowRoot!.querySelector<HTMLButtonElement>('[data-rename]')!.click();
  }
}

/** The widget as the portal's /security page puts it, signed in, on «Ключи доступа». */
function render(args: Args): HTMLElement {
  const wrapper = document.createElement('div');
  provideTestSession(wrapper);
  const element = document.createElement('gu-security-settings');
  element.view = 'passkeys';
  void startMockWorker({ quiet: true }).then(() => {
    resetMockIdentity();
    if (args.passkeys === 'two') {
      seedPasskeyMetadata('person-1', {
        name: 'Рабочий ноутбук',
        createdAt: '2026-03-02T08:15:00Z',
        lastUsedAt: '2026-11-28T17:42:00Z',
        createdOn: 'Chrome, Windows',
      });
      seedPasskeyMetadata('person-1', {
        name: 'iPhone',
        createdAt: '2026-09-14T12:00:00Z',
        createdOn: 'Safari, iOS 18',
      });
    }
    wrapper.append(element);
    void act(wrapper, args);
  });
  return wrapper;
}

const shows =
  (selector: string) =>
  async (root: HTMLElement): Promise<void> => {
    await until(() => partOf(root)?.shadowRoot?.querySelector(selector));
  };

const meta: Meta<Args> = {
  title: 'Widgets/Security/Passkeys',
  component: 'gu-security-settings',
  render,
  args: { passkeys: 'two', support: 'supported', rename: false },
};
export default meta;

type Story = StoryObj<Args> & { parameters?: StoryParameters };

/** Two passkeys — name, created, last sign-in, where made — with rename and remove; the add form below. */
export const List = withLowVision(
  {
    parameters: { sweep: { ready: shows('[data-passkey]') } },
  } satisfies Story,
  render,
);

/** No passkeys yet. */
export const Empty: Story = {
  args: { passkeys: 'none' },
  parameters: { sweep: { ready: shows('gu-text-field') } },
};

/** Renaming in place: the field with the old name, «Сохранить», «Отмена». */
export const Rename: Story = {
  args: { rename: true },
  parameters: { sweep: { ready: shows('form.rename') } },
};

/** A browser without WebAuthn: explained instead of the add form. */
export const UnsupportedBrowser: Story = {
  args: { support: 'no-api' },
  parameters: { sweep: { ready: shows('[data-unsupported]') } },
};

/** A page over http (not a secure context): explained. */
export const InsecurePage: Story = {
  args: { support: 'insecure' },
  parameters: { sweep: { ready: shows('[data-unsupported]') } },
};
