/**
 * Writes the Mermaid diagrams of the order, parcel and return machines into docs/lifecycle.md
 * between their markers (`npm run diagrams`); test/lifecycleDocs.test.ts checks the result.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { lifecycleDiagrams, lifecycleDocPath, updateLifecycleDoc } from './lifecycleDiagrams.js';

const path = resolve(import.meta.dirname, '..', lifecycleDocPath);
const before = existsSync(path) ? readFileSync(path, 'utf8') : undefined;
const after = updateLifecycleDoc(before);
if (after === before) {
  console.log(`${lifecycleDocPath} is up to date`);
} else {
  writeFileSync(path, after);
  const names = lifecycleDiagrams.map((d) => d.name).join(', ');
  console.log(`Wrote the ${names} diagrams to ${lifecycleDocPath}`);
}
