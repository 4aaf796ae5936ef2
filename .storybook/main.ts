import type { StorybookConfig } from '@storybook/web-components-vite';
import { mockPages } from '../build/mock-pages.js';

process.env.STORYBOOK_DISABLE_TELEMETRY = '1';

const config: StorybookConfig = {
  stories: ['../stories/**/*.stories.ts'],
  addons: ['@storybook/addon-a11y', '@storybook/addon-docs'],
  framework: { name: '@storybook/web-components-vite', options: {} },
  // mockServiceWorker.js is served at the root, so the mock backend works in every story.
  staticDirs: ['../mocks/public'],
  core: { disableTelemetry: true },
  // Pages the stories navigate to (a service worker answers no navigation): the mock provider's authorize page and
  // the bank pages of <gu-login> and <gu-verification>, at the paths the widgets use (build/mock-pages.ts).
  viteFinal: (config) => ({ ...config, plugins: [...(config.plugins ?? []), mockPages()] }),
};

export default config;
