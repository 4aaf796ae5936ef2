// `vite build --config tracker-only/vite.config.ts`: the tracker-only page, with every module id the build put into
// its output (entry and lazy chunks) written to dist-tracker-only/module-ids.json for the test to read.
import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { defineConfig } from 'vite';

const outDir = resolve(import.meta.dirname, '../dist-tracker-only');

export default defineConfig({
  root: import.meta.dirname,
  build: { outDir, emptyOutDir: true },
  plugins: [
    {
      name: 'record-module-ids',
      writeBundle(_options, bundle) {
        const chunks = Object.values(bundle).flatMap((output) =>
          output.type === 'chunk' ? [{ file: output.fileName, entry: output.isEntry, modules: output.moduleIds }] : [],
        );
        writeFileSync(resolve(outDir, 'module-ids.json'), JSON.stringify(chunks, null, 2));
      },
    },
  ],
});
