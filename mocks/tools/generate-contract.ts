/**
 * Turns mocks/openapi.yaml (the source of truth) into mocks/generated/openapi.json and mocks/generated/api-types.ts.
 *
 *   npx tsx mocks/tools/generate-contract.ts          # write both files
 *   npx tsx mocks/tools/generate-contract.ts --check  # exit 1 when the committed files are stale
 */
import { readFileSync, writeFileSync, mkdirSync, existsSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';
import openapiTS, { astToString } from 'openapi-typescript';
import type { OpenAPI3 } from 'openapi-typescript';

const mocksDir = join(dirname(fileURLToPath(import.meta.url)), '..');
const sourcePath = join(mocksDir, 'openapi.yaml');
const jsonPath = join(mocksDir, 'generated/openapi.json');
const typesPath = join(mocksDir, 'generated/api-types.ts');

const HEADER =
  '// generated from mocks/openapi.yaml by mocks/tools/generate-contract.ts — do not edit; run `npm run contract`.\n';

/** Builds the contents of both generated files from openapi.yaml. */
export async function generateContract(): Promise<{ json: string; types: string }> {
  const document = parse(readFileSync(sourcePath, 'utf8'), { maxAliasCount: -1 }) as OpenAPI3;
  const json = `${JSON.stringify(document, null, 2)}\n`;
  const ast = await openapiTS(structuredClone(document), { alphabetize: false, exportType: false });
  const types = `${HEADER}/* eslint-disable */\n\n${astToString(ast)}`;
  return { json, types };
}

async function main(): Promise<void> {
  const check = process.argv.includes('--check');
  const { json, types } = await generateContract();
  const outputs: Array<[string, string]> = [
    [jsonPath, json],
    [typesPath, types],
  ];
  if (check) {
    const stale = outputs.filter(([path, text]) => !existsSync(path) || readFileSync(path, 'utf8') !== text);
    if (stale.length > 0) {
      const names = stale.map(([path]) => relative(process.cwd(), path)).join(', ');
      console.error(`The generated contract is stale (${names}): run \`npm run contract\` and commit the result.`);
      process.exit(1);
    }
    console.log('The generated contract matches mocks/openapi.yaml.');
    return;
  }
  mkdirSync(dirname(jsonPath), { recursive: true });
  for (const [path, text] of outputs) writeFileSync(path, text);
  console.log(`Wrote ${outputs.map(([path]) => relative(process.cwd(), path)).join(', ')}.`);
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  await main();
}
