/**
 * Writes the JSON Schemas of the public data shapes to docs/schemas (`npm run schemas`).
 * Stale `.json` files of that folder are removed; test/schemas.test.ts checks the result.
 */
import { mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { generateJsonSchemas, jsonSchemasDir } from './jsonSchemas.js';

const dir = resolve(import.meta.dirname, '..', jsonSchemasDir);
const files = generateJsonSchemas();
mkdirSync(dir, { recursive: true });
for (const name of readdirSync(dir)) {
  if (name.endsWith('.json') && !files.has(name)) rmSync(join(dir, name));
}
for (const [name, text] of files) writeFileSync(join(dir, name), text);
console.log(`Wrote ${String(files.size)} JSON Schemas to ${jsonSchemasDir}/`);
