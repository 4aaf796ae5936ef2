import { html } from 'lit';
import { ref } from 'lit/directives/ref.js';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import '../../components/core/ui/gu-error-summary.js';
import '../../components/core/ui/gu-text-field.js';
import '../../components/core/ui/gu-otp-field.js';
import { validateForm } from '../../components/core/ui/form-validation.js';

interface ErrorSummaryArgs {
  heading: string;
  snils: string;
  phone: string;
}

/** Runs the real submit validation once the form is on the page, so the summary shows localised messages. */
const validateWhenRendered = ref((element) => {
  if (element instanceof HTMLFormElement) queueMicrotask(() => validateForm(element));
});

/** Story sweep: the invalid state must really be on screen before axe runs. */
async function summaryShowsErrors(root: HTMLElement): Promise<void> {
  const summary = root.querySelector('gu-error-summary');
  await summary?.updateComplete;
  if (!summary?.hasAttribute('has-errors')) throw new Error('The error summary shows no errors');
}

const meta = {
  title: 'Core/Error summary',
  component: 'gu-error-summary',
  render: (args) =>
    html`<form novalidate ${validateWhenRendered}>
      <gu-error-summary heading=${args.heading}></gu-error-summary>
      <gu-text-field
        name="snils"
        label="СНИЛС"
        validate="snils"
        mask="snils"
        value=${args.snils}
        required
      ></gu-text-field>
      <gu-text-field
        name="phone"
        label="Мобильный телефон"
        validate="phone"
        mask="phone"
        value=${args.phone}
        required
      ></gu-text-field>
    </form>`,
  args: { heading: '', snils: '', phone: '+7 701 123-45-67' },
  parameters: { sweep: { ready: summaryShowsErrors } },
} satisfies Meta<ErrorSummaryArgs>;
export default meta;

type Story = StoryObj<ErrorSummaryArgs>;

export const TwoErrors: Story = {};
export const OneError: Story = { args: { snils: '112-233-445 95' } };
export const ChecksumAndKazakhstan: Story = { args: { snils: '112-233-445 96' } };
export const CustomHeading: Story = { args: { heading: 'Заявление не отправлено' } };
