/**
 * The story sweep: every story of a stories module is rendered in Chromium, in Russian and in English, and must
 * render without console errors or uncaught exceptions, pass the axe assertion, and show what its markup says
 * (perceive.ts: nothing hidden is seen, alerts, headings and controls are, nothing empty is drawn as if it had content);
 * stories named in story-expectations.ts show their particular picture.
 * test/tools/web-test-runner.config.mjs generates one sweep file per stories module.
 */
import { render, type TemplateResult } from 'lit';
import { expectAccessible } from './a11y.js';
import { settle } from './settle.js';
import { useMockBackend } from './mock-backend.js';
import { expectPerceivable } from './perceive.js';
import { STORY_EXPECTATIONS } from './story-expectations.js';
import { applyTheme, type ThemeName } from '../../components/core/theme/index.js';
import type { StoryParameters } from '../../stories/story-types.js';

type StoryFn = (args: Record<string, unknown>, context: StoryContext) => TemplateResult | HTMLElement;
interface StoryContext {
  args: Record<string, unknown>;
  parameters: StoryParameters;
  globals: { locale: string; theme: string };
}
interface StoryLike {
  name?: string;
  args?: Record<string, unknown>;
  parameters?: StoryParameters;
  render?: StoryFn;
}
interface MetaLike extends StoryLike {
  title?: string;
  component?: string;
}

const LOCALES = ['ru', 'en'] as const;

function isStory(value: unknown): value is StoryLike {
  return typeof value === 'object' && value !== null;
}

/** Collects console errors and uncaught exceptions while a story renders. */
function captureErrors(): { errors: string[]; stop(): void } {
  const errors: string[] = [];
  const originalError = console.error;
  console.error = (...args: unknown[]) => {
    errors.push(args.map(String).join(' '));
    originalError.apply(console, args);
  };
  const onError = (event: ErrorEvent) => errors.push(`Uncaught: ${event.message}`);
  const onRejection = (event: PromiseRejectionEvent) => errors.push(`Unhandled rejection: ${String(event.reason)}`);
  window.addEventListener('error', onError);
  window.addEventListener('unhandledrejection', onRejection);
  return {
    errors,
    stop() {
      console.error = originalError;
      window.removeEventListener('error', onError);
      window.removeEventListener('unhandledrejection', onRejection);
    },
  };
}

/** Registers one test per story and locale. */
export function sweepStories(file: string, module: Record<string, unknown>): void {
  const meta = (module['default'] ?? {}) as MetaLike;
  const stories = Object.entries(module).filter(([name, value]) => name !== 'default' && isStory(value)) as [
    string,
    StoryLike,
  ][];

  describe(`stories: ${meta.title ?? file}`, () => {
    it('has at least one story', () => {
      if (stories.length === 0) throw new Error(`${file} exports no story`);
    });

    for (const [exportName, story] of stories) {
      const parameters: StoryParameters = { ...meta.parameters, ...story.parameters };
      const locales = parameters.locale ? [parameters.locale] : LOCALES;
      for (const locale of locales) {
        it(`${story.name ?? exportName} [${locale}]`, async () => {
          const renderStory = story.render ?? meta.render;
          if (!renderStory) throw new Error(`${exportName} has no render function (story or meta)`);
          await useMockBackend(parameters.scenario ?? 'default');

          const theme = (parameters.theme ?? 'default') as ThemeName;
          const root = document.createElement('main');
          root.lang = locale;
          root.className = 'gu-story';
          applyTheme(root, theme);
          document.body.append(root);
          const capture = captureErrors();
          try {
            const args = { ...meta.args, ...story.args };
            const rendered = renderStory(args, { args, parameters, globals: { locale, theme } });
            if (rendered instanceof HTMLElement) root.append(rendered);
            else render(rendered, root);
            await settle(root);
            if (parameters.sweep?.ready) await parameters.sweep.ready(root);
            await settle(root);
            if (capture.errors.length > 0) {
              throw new Error(`Console errors while rendering:\n  ${capture.errors.join('\n  ')}`);
            }
            if (root.textContent?.trim() === '' && !root.querySelector('*')) {
              throw new Error('The story rendered nothing');
            }
            await expectAccessible(root);
            expectPerceivable(root, `${exportName} [${locale}]`);
            await STORY_EXPECTATIONS[`${meta.title ?? file}/${exportName}`]?.(root);
          } finally {
            capture.stop();
            render(null, root);
            root.remove();
          }
        });
      }
    }
  });
}
