import type { StorybookConfig } from '@storybook/web-components-vite';

process.env.STORYBOOK_DISABLE_TELEMETRY = '1';

const config: StorybookConfig = {
  stories: ['../stories/**/*.stories.ts'],
  addons: ['@storybook/addon-a11y', '@storybook/addon-docs'],
  framework: { name: '@storybook/web-components-vite', options: {} },
  // mockServiceWorker.js is served at the root, so the mock backend works in every story.
  staticDirs: ['../mocks/public'],
  core: { disableTelemetry: true },
};

export default config;
