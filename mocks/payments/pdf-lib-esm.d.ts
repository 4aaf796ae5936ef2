/**
 * pdf-lib's own ES module bundle (dist/pdf-lib.esm.js: pako, the standard fonts and tslib inside), imported by
 * pdf.ts so that @web/test-runner — which does not turn CommonJS dependencies into ES modules — loads it as Vite,
 * Storybook and Node do. Same API as the package's entry.
 */
declare module 'pdf-lib/dist/pdf-lib.esm.js' {
  export * from 'pdf-lib';
}
