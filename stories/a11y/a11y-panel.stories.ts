import type { Meta, StoryObj } from '@storybook/web-components-vite';
import '../../components/a11y/gu-a11y-panel.js';
import {
  FONT_FAMILIES,
  FONT_SIZES,
  IMAGES,
  NORMAL,
  SCHEMES,
  SPACINGS,
  type A11yPreferences,
} from '../../components/a11y/preferences.js';

interface PanelArgs extends A11yPreferences {
  /** The choice is not stored: the panel says so (as when the browser refuses storage). */
  transient: boolean;
}

/**
 * The panel applies its choice to the story's own box (its `target`), never to the document, so stories do not leak
 * into each other; the box is painted as a portal's page is (its CSS reads the same tokens).
 */
function renderPanel(args: PanelArgs): HTMLElement {
  const { transient, ...preferences } = args;
  const page = document.createElement('div');
  page.style.setProperty('background', 'var(--gu-color-background, #ffffff)');
  page.style.setProperty('color', 'var(--gu-color-text, #0b1f33)');
  page.style.setProperty('padding', '8px');
  const panel = document.createElement('gu-a11y-panel');
  panel.target = page;
  panel.preferences = preferences;
  panel.transient = transient;
  panel.open = true;
  page.append(panel);
  return page;
}

const meta = {
  title: 'A11y/Panel',
  component: 'gu-a11y-panel',
  render: (args) => renderPanel(args),
  args: { ...NORMAL, transient: false },
  argTypes: {
    fontSize: { control: 'inline-radio', options: [...FONT_SIZES] },
    fontFamily: { control: 'inline-radio', options: [...FONT_FAMILIES] },
    scheme: { control: 'select', options: [...SCHEMES] },
    letterSpacing: { control: 'inline-radio', options: [...SPACINGS] },
    lineSpacing: { control: 'inline-radio', options: [...SPACINGS] },
    images: { control: 'inline-radio', options: [...IMAGES] },
  },
} satisfies Meta<PanelArgs>;
export default meta;

type Story = StoryObj<PanelArgs>;

/** «Обычная версия»: nothing chosen. */
export const Normal: Story = {};
export const BlackOnWhite: Story = { args: { scheme: 'black-on-white' } };
export const WhiteOnBlack: Story = { args: { scheme: 'white-on-black' } };
export const DarkBlueOnLightBlue: Story = { args: { scheme: 'blue' } };
export const BrownOnBeige: Story = { args: { scheme: 'brown' } };
/** The largest text with the widest letter and line spacing, serif. */
export const HugeWithSpacing: Story = {
  args: { fontSize: 'huge', fontFamily: 'serif', letterSpacing: 'large', lineSpacing: 'large' },
};
export const ImagesOff: Story = { args: { fontSize: 'large', images: 'off' } };
/** The browser refuses storage (or the panel is `transient`): the choice applies to this page only, and it says so. */
export const StorageRefused: Story = { args: { transient: true } };
/** Everything at once, white on black: what the kit must hold. */
export const LargestWhiteOnBlack: Story = {
  args: { fontSize: 'huge', letterSpacing: 'large', lineSpacing: 'large', images: 'off', scheme: 'white-on-black' },
};
