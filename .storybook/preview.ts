import type { Decorator, Loader, Preview } from '@storybook/web-components-vite';
import { setCustomElementsManifest } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ref } from 'lit/directives/ref.js';
import { applyTheme, THEME_NAMES, type ThemeName } from '../components/core/theme/index.js';
import { startMockWorker } from '../mocks/browser.js';
import { SCENARIOS, setScenario, type ScenarioName } from '../mocks/scenarios.js';
import type { StoryParameters } from '../stories/story-types.js';
import manifest from '../custom-elements.json';

setCustomElementsManifest(manifest);

/** Starts the mock backend and selects the story's scenario (parameter) or the toolbar's. */
const mockBackend: Loader = async ({ parameters, globals }) => {
  await startMockWorker();
  const scenario = ((parameters as StoryParameters).scenario ?? globals['scenario'] ?? 'default') as ScenarioName;
  setScenario(scenario);
  return {};
};

/** Renders every story inside a frame with the chosen locale (`lang`) and theme preset. */
const storyFrame: Decorator = (story, { parameters, globals }) => {
  const params = parameters as StoryParameters;
  const locale = params.locale ?? (globals['locale'] as string) ?? 'ru';
  const theme = (params.theme ?? globals['theme'] ?? 'default') as ThemeName;
  return html`<div
    class="gu-story"
    lang=${locale}
    ${ref((element) => element instanceof HTMLElement && applyTheme(element, theme))}
  >
    ${story()}
  </div>`;
};

const preview: Preview = {
  loaders: [mockBackend],
  decorators: [storyFrame],
  initialGlobals: { locale: 'ru', theme: 'default', scenario: 'default' },
  globalTypes: {
    locale: {
      description: 'Язык / Locale',
      toolbar: {
        title: 'Locale',
        icon: 'globe',
        items: [
          { value: 'ru', title: 'Русский' },
          { value: 'en', title: 'English' },
        ],
        dynamicTitle: true,
      },
    },
    theme: {
      description: 'Theme preset',
      toolbar: {
        title: 'Theme',
        icon: 'paintbrush',
        items: THEME_NAMES.map((value) => ({ value, title: value })),
        dynamicTitle: true,
      },
    },
    scenario: {
      description: 'Mock backend scenario',
      toolbar: {
        title: 'Scenario',
        icon: 'database',
        items: SCENARIOS.map(({ name }) => ({ value: name, title: name })),
        dynamicTitle: true,
      },
    },
  },
  parameters: {
    a11y: {
      test: 'error',
      options: {
        runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'] },
      },
    },
    controls: { expanded: true },
  },
};

export default preview;
