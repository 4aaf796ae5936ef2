/**
 * «Версия для слабовидящих» in a widget's main story: Storybook controls for every low-vision preference (colour
 * scheme, font size, font type, letter and line spacing, images) applied with `applyPreferences()` to the story's OWN
 * wrapper, never to the document element, so stories (and the story sweep, which renders every story of a file in
 * one page) never leak into each other. The wrapper is painted with the scheme (background, text, font) as the
 * portal's page would be: what the designer sees is what a citizen sees. The default args are the normal version.
 */
import type { ArgTypes } from '@storybook/web-components-vite';
import { render, type TemplateResult } from 'lit';
import {
  applyPreferences,
  FONT_FAMILIES,
  FONT_SIZES,
  IMAGES,
  NORMAL,
  SCHEMES,
  SPACINGS,
  systemPreferences,
  type A11yPreferences,
} from '../components/a11y/preferences.js';

/** The story args the controls set: one per preference. */
export type LowVisionArgs = A11yPreferences;

/** The normal version: the story renders as without the controls. */
export const LOW_VISION_ARGS: Readonly<LowVisionArgs> = NORMAL;

/** The largest version a designer checks most often: huge text, white on black, images off. */
export const LOW_VISION_LARGEST: Readonly<LowVisionArgs> = {
  fontSize: 'huge',
  fontFamily: 'sans',
  scheme: 'white-on-black',
  letterSpacing: 'large',
  lineSpacing: 'large',
  images: 'off',
};

const category = 'Версия для слабовидящих';
const select = (description: string, options: readonly string[]) => ({
  description,
  control: { type: 'select' as const },
  options: [...options],
  table: { category },
});

/** The controls: select boxes with the values of components/a11y/preferences.ts. */
export const LOW_VISION_ARG_TYPES = {
  scheme: select('Цветовая схема / Colour scheme', SCHEMES),
  fontSize: select('Размер шрифта / Font size', FONT_SIZES),
  fontFamily: select('Шрифт / Font type', FONT_FAMILIES),
  letterSpacing: select('Межбуквенный интервал / Letter spacing', SPACINGS),
  lineSpacing: select('Межстрочный интервал / Line spacing', SPACINGS),
  images: select('Изображения / Images', IMAGES),
} satisfies Partial<ArgTypes<LowVisionArgs>>;

const WRAPPER_CLASS = 'gu-low-vision';

/** The wrapper painted from the tokens, as a portal's page is (shells/portal/portal.css): one sheet per document. */
const paint = (() => {
  let adopted = false;
  return () => {
    if (adopted) return;
    adopted = true;
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(`.${WRAPPER_CLASS} {
  display: flow-root;
  background: var(--gu-color-background, #ffffff);
  color: var(--gu-color-text, #0b1f33);
  font-family: var(--gu-font-family, Lato, 'Helvetica Neue', Arial, sans-serif);
  font-size: var(--gu-font-size, 1rem);
  line-height: var(--gu-line-height, 1.5);
  letter-spacing: var(--gu-letter-spacing, normal);
  word-spacing: var(--gu-word-spacing, normal);
}
.${WRAPPER_CLASS}[data-gu-a11y] {
  padding: 16px;
}`);
    document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
  };
})();

/** Just the preference fields of a story's args (missing ones: the normal value). */
export function preferencesOf(args: Partial<LowVisionArgs>): A11yPreferences {
  return {
    fontSize: args.fontSize ?? NORMAL.fontSize,
    fontFamily: args.fontFamily ?? NORMAL.fontFamily,
    scheme: args.scheme ?? NORMAL.scheme,
    letterSpacing: args.letterSpacing ?? NORMAL.letterSpacing,
    lineSpacing: args.lineSpacing ?? NORMAL.lineSpacing,
    images: args.images ?? NORMAL.images,
  };
}

/**
 * Renders `content` inside a wrapper that carries the preferences' tokens. With the `default` scheme the story's
 * theme (the toolbar's) decides the colours, not the designer's system dark mode; forced colours are still honoured.
 */
export function lowVisionFrame(args: Partial<LowVisionArgs>, content: TemplateResult | HTMLElement): HTMLElement {
  paint();
  const wrapper = document.createElement('div');
  wrapper.className = WRAPPER_CLASS;
  applyPreferences(preferencesOf(args), wrapper, {
    dark: false,
    moreContrast: false,
    forcedColors: systemPreferences().forcedColors,
  });
  if (content instanceof HTMLElement) wrapper.append(content);
  else render(content, wrapper);
  return wrapper;
}

type Render<A, C> = (args: A, context: C) => TemplateResult | HTMLElement;

/**
 * A widget's main story with the low-vision controls: `export const Idle = withLowVision(IdleStory, renderWidget)`.
 * The story keeps its own args and parameters; it gets the preference args (normal by default, or `overrides`), their
 * controls, and a render that wraps `renderStory` (what renders this story) in the painted wrapper.
 */
export function withLowVision<S extends object, A, C>(
  story: S & { args?: Partial<A> },
  renderStory: Render<A, C>,
  overrides: Partial<LowVisionArgs> = {},
): Omit<S, 'args' | 'render' | 'argTypes'> & {
  args: Partial<A> & LowVisionArgs;
  argTypes: typeof LOW_VISION_ARG_TYPES;
  render: (args: A & Partial<LowVisionArgs>, context: C) => HTMLElement;
} {
  return {
    ...story,
    args: { ...story.args, ...LOW_VISION_ARGS, ...overrides } as Partial<A> & LowVisionArgs,
    argTypes: LOW_VISION_ARG_TYPES,
    render: (args, context) => lowVisionFrame(args, renderStory(args, context)),
  };
}
