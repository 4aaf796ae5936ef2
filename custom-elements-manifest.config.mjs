// Generates custom-elements.json (Storybook docs and argTypes) from the class JSDoc of every element.
export default {
  globs: ['components/**/*.ts'],
  exclude: ['components/**/*.test.ts', 'components/**/locales/**', 'components/**/*.styles.ts'],
  outdir: '.',
  litelement: true,
  dependencies: false,
};
