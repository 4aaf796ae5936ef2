/**
 * The story sweep: every story of a stories module is rendered in Chromium, in Russian and in English, and must
 * render without console errors or uncaught exceptions, pass the axe assertion, and show what its markup says
 * (perceive.ts: nothing hidden is seen, alerts, headings and controls are, nothing empty is drawn as if it had content),
 * show every error message in a live region (or announce it), and show a visible focus at every Tab stop
 * (focus-visible.ts);
 * stories named in story-expectations.ts show their particular picture.
 * test/tools/web-test-runner.config.mjs generates one sweep file per stories module.
 */
import { render, type TemplateResult } from 'lit';
import { expectAccessible } from './a11y.js';
import { settle } from './settle.js';
import { useMockBackend } from './mock-backend.js';
import { expectPerceivable, recordAnnouncements, unannouncedMessages } from './perceive.js';
import { focusVisibilityProblems } from './focus-visible.js';
import { STORY_EXPECTATIONS } from './story-expectations.js';
import { THEME_NAMES, applyTheme, type ThemeName } from '../../components/core/theme/index.js';
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

/**
 * The focus-visible check (focus-visible.ts) runs on every story once (its first locale, its own theme, the first
 * FOCUS_STOPS tab stops), and on the first story of each core control in every theme: every story × 5 themes × every
 * tab stop would cost minutes for little more — every element takes its ring from the same theme tokens (base styles).
 * Within one page (the stories modules swept together), a stop whose ring is drawn as one compared before (same element and attributes, size class,
 * colours and outline, the same surface behind and room before a clip: focusStopKey(), same theme) is tabbed to and
 * checked for perceivability, not captured again: a widget's buttons and navigation repeat in every story of its file,
 * and their pixels would be compared once per story for the same answer.
 */
const FOCUS_STOPS = 4;
const EVERY_THEME_FILES =
  /^stories\/core\/(button|text-field|password-field|otp-field|form|dialog|alert|error-summary)\.stories\.ts$/;
const THEMES: readonly ThemeName[] = THEME_NAMES;

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

/** The theme's page colours behind a story while its focus is checked. */
function paintStories(): void {
  if (document.getElementById('gu-story-paint')) return;
  const style = document.createElement('style');
  style.id = 'gu-story-paint';
  style.textContent =
    '.gu-story--painted { display: flow-root; padding: 16px; background: var(--gu-color-background, #fff); color: var(--gu-color-text, #000); }';
  document.head.append(style);
}

/** Focus stops compared already in this page (the stories modules swept together), per theme (see FOCUS_STOPS). */
const comparedStops = new Map<ThemeName, Set<string>>();
const comparedIn = (theme: ThemeName) => comparedStops.get(theme) ?? comparedStops.set(theme, new Set()).get(theme)!;

/** Registers one test per story and locale. */
export function sweepStories(file: string, module: Record<string, unknown>): void {
  const meta = (module['default'] ?? {}) as MetaLike;
  const stories = Object.entries(module).filter(([name, value]) => name !== 'default' && isStory(value)) as [
    string,
    StoryLike,
  ][];

  describe(`stories: ${meta.title ?? file}`, () => {
    before(paintStories);
    // A story that timed out leaves its root: remove it, or the next story's axe run finds two main landmarks.
    afterEach(() => document.querySelectorAll('main.gu-story').forEach((left) => left.remove()));
    it('has at least one story', () => {
      if (stories.length === 0) throw new Error(`${file} exports no story`);
    });

    for (const [exportName, story] of stories) {
      const parameters: StoryParameters = { ...meta.parameters, ...story.parameters };
      const locales = parameters.locale ? [parameters.locale] : LOCALES;
      for (const locale of locales) {
        it(`${story.name ?? exportName} [${locale}]`, async function () {
          // Tab stops captured in pixels take a while on a loaded machine: the check waits for states, not for time.
          this.timeout(90_000);
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
          const announcements = recordAnnouncements();
          try {
            const args = { ...meta.args, ...story.args };
            const rendered = renderStory(args, { args, parameters, globals: { locale, theme } });
            if (rendered instanceof HTMLElement) root.append(rendered);
            else render(rendered, root);
            await settle(root);
            // A story that waits for a state of its own settles again once it is there.
            if (parameters.sweep?.ready) {
              await parameters.sweep.ready(root);
              await settle(root);
            }
            if (capture.errors.length > 0) {
              throw new Error(`Console errors while rendering:\n  ${capture.errors.join('\n  ')}`);
            }
            if (root.textContent?.trim() === '' && !root.querySelector('*')) {
              throw new Error('The story rendered nothing');
            }
            await expectAccessible(root);
            expectPerceivable(root, `${exportName} [${locale}]`);
            const unannounced = unannouncedMessages(root, announcements.said);
            if (unannounced.length > 0) throw new Error(`Not announced:\n  ${unannounced.join('\n  ')}`);
            await STORY_EXPECTATIONS[`${meta.title ?? file}/${exportName}`]?.(root);
            if (locale === locales[0]) {
              const everyTheme = EVERY_THEME_FILES.test(file) && exportName === stories[0]![0];
              const themes = everyTheme ? THEMES : [theme];
              const problems: string[] = [];
              // Painted as a themed page would be: the ring is seen against the theme's background, not the test page's.
              root.classList.add('gu-story--painted');
              for (const each of themes) {
                applyTheme(root, each);
                for (const problem of await focusVisibilityProblems(root, {
                  maxStops: FOCUS_STOPS,
                  checked: comparedIn(each),
                }))
                  problems.push(`[${each}] ${problem}`);
              }
              applyTheme(root, theme);
              root.classList.remove('gu-story--painted');
              if (problems.length > 0) throw new Error(`Focus not visible:\n  ${problems.join('\n  ')}`);
            }
          } finally {
            announcements.stop();
            capture.stop();
            render(null, root);
            root.remove();
          }
        });
      }
    }
  });
}
