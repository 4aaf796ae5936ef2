/**
 * stories/low-vision.ts: the low-vision controls of the widgets' main stories apply to the story's own wrapper (never
 * the document, so the sweep's stories, all in one page, do not leak into each other), paint it with the scheme, and
 * by default change nothing.
 */
import { expect } from '@open-wc/testing';
import { html } from 'lit';
import '../../components/core/ui/gu-button.js';
import {
  FONT_FAMILIES,
  FONT_SIZES,
  IMAGES,
  NORMAL,
  SCHEME_TOKENS,
  SCHEMES,
  SPACINGS,
} from '../../components/a11y/preferences.js';
import { LOW_VISION_ARG_TYPES, LOW_VISION_LARGEST, withLowVision } from '../../stories/low-vision.js';

const renderButton = (args: { label: string }) => html`<gu-button>${args.label}</gu-button>`;
const story = withLowVision({ args: { label: 'Продолжить' }, parameters: { scenario: 'default' } }, renderButton);

async function mount(args: Record<string, unknown>): Promise<HTMLElement> {
  const frame = story.render({ ...story.args, ...args } as never, {} as never);
  document.body.append(frame);
  await frame.querySelector('gu-button')!.updateComplete;
  return frame;
}

describe('stories/low-vision.ts', () => {
  afterEach(() => document.querySelectorAll('.gu-low-vision').forEach((frame) => frame.remove()));

  it('declares a select control per preference, with the values of preferences.ts; the normal version by default', () => {
    expect(story.args).to.deep.equal({ label: 'Продолжить', ...NORMAL });
    expect(story.parameters).to.deep.equal({ scenario: 'default' });
    const options = Object.fromEntries(
      Object.entries(LOW_VISION_ARG_TYPES).map(([name, type]) => [name, [type.control.type, type.options]]),
    );
    expect(options).to.deep.equal({
      scheme: ['select', [...SCHEMES]],
      fontSize: ['select', [...FONT_SIZES]],
      fontFamily: ['select', [...FONT_FAMILIES]],
      letterSpacing: ['select', [...SPACINGS]],
      lineSpacing: ['select', [...SPACINGS]],
      images: ['select', [...IMAGES]],
    });
  });

  it('by default the story renders as without the controls: no token, no low-vision mark', async () => {
    const frame = await mount({});
    const tokens = [...frame.style].filter((name) => name.startsWith('--gu-'));
    expect(tokens).to.deep.equal([]);
    expect(frame.hasAttribute('data-gu-a11y')).to.equal(false);
    expect(frame.querySelector('gu-button')!.textContent).to.equal('Продолжить');
  });

  it('applies the choice to the story’s wrapper only, painted with the scheme; another story is untouched', async () => {
    const normal = await mount({});
    const largest = await mount({ ...LOW_VISION_LARGEST });
    expect(document.documentElement.hasAttribute('data-gu-a11y'), 'the document is never touched').to.equal(false);
    expect(document.documentElement.style.getPropertyValue('--gu-font-size')).to.equal('');
    expect(largest.dataset['guA11y']).to.equal('white-on-black');
    expect(largest.dataset['guImages']).to.equal('off');

    const painted = getComputedStyle(largest);
    expect(painted.backgroundColor).to.equal('rgb(0, 0, 0)');
    expect(painted.color).to.equal('rgb(255, 255, 255)');
    expect(largest.style.getPropertyValue('--gu-color-text')).to.equal(
      SCHEME_TOKENS['white-on-black']['--gu-color-text'],
    );
    const size = (frame: HTMLElement) => parseFloat(getComputedStyle(frame.querySelector('gu-button')!).fontSize);
    expect(size(largest), 'the widget inside follows the size').to.be.above(size(normal) * 1.4);
    expect(getComputedStyle(normal).backgroundColor, 'the other story keeps its colours').not.to.equal('rgb(0, 0, 0)');
  });
});
