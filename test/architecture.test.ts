import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { builtinModules } from 'node:module';
import { describe, expect, it } from 'vitest';

// The dependency direction of docs/architecture.md, as data: a folder under src/ may import
// only from the folders listed for it (and from itself). Keep this table and the doc in step.
const domain = [
  'result',
  'money',
  'address',
  'lifecycle',
  'parcel',
  'rma',
  'order',
  'channels',
  'inventory',
  'routing',
  'availability',
];
const allowed: Record<string, readonly string[]> = {
  result: [],
  money: ['result'],
  address: ['result'],
  lifecycle: ['result'],
  parcel: ['result', 'lifecycle'],
  rma: ['result', 'lifecycle'],
  order: ['result', 'money', 'address', 'lifecycle', 'parcel', 'rma'],
  channels: ['result', 'money', 'order'],
  inventory: ['result', 'order'],
  routing: ['result', 'money', 'order'],
  availability: ['result', 'inventory', 'routing'],
  ports: domain,
  engine: [...domain, 'ports'],
  adapters: [...domain, 'ports'],
  errors: [...domain, 'ports', 'engine'],
  testing: [...domain, 'ports'],
  '.': [...domain, 'errors', 'ports', 'engine'],
};

const srcDir = resolve(import.meta.dirname, '../src');

function listFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? listFiles(path) : path.endsWith('.ts') ? [path] : [];
  });
}

function moduleOf(file: string): string {
  const rel = relative(srcDir, file).split('/');
  return rel.length === 1 ? '.' : (rel[0] ?? '.');
}

const importPattern = /^\s*(?:import|export)\s[^'"]*?from\s+['"](\.{1,2}\/[^'"]+)['"]/gm;

function importsOf(file: string): string[] {
  const text = readFileSync(file, 'utf8');
  return [...text.matchAll(importPattern)].map((m) =>
    resolve(dirname(file), (m[1] ?? '').replace(/\.js$/, '.ts')),
  );
}

const files = listFiles(srcDir);

/** The code of a file without its comments (doc examples may show a host's system clock). */
function withoutComments(text: string): string {
  return text.replace(/\/\*[\s\S]*?\*\//g, '').replace(/^\s*\/\/.*$/gm, '');
}

// The npm packages each part may import: the core stays free of I/O libraries and Node
// built-ins; optional peers belong to the subpath entries that need them.
const corePackages = [
  'zod',
  'decimal.js',
  'libphonenumber-js',
  'xstate',
  'date-fns',
  '@date-fns/tz',
];
const packagesAllowed = (module: string): readonly string[] =>
  module === 'testing' ? [...corePackages, 'fast-check'] : corePackages;

// `[^'";]` keeps a match inside one statement: `export interface X {` never reaches the next
// `from '…'` of the file.
const packagePattern = /^\s*(?:import|export)\s[^'";]*?from\s+['"]([^./'"][^'"]*)['"]/gm;

function packagesOf(file: string): string[] {
  return [...withoutComments(readFileSync(file, 'utf8')).matchAll(packagePattern)].map(
    (m) => m[1] ?? '',
  );
}

/** `date-fns/locale` → `date-fns`, `@date-fns/tz` → `@date-fns/tz`. */
function packageName(specifier: string): string {
  const parts = specifier.split('/');
  return specifier.startsWith('@') ? parts.slice(0, 2).join('/') : (parts[0] ?? specifier);
}

describe('architecture', () => {
  it('every src folder is in the layer table', () => {
    const modules = new Set(files.map(moduleOf));
    expect([...modules].filter((m) => !(m in allowed))).toEqual([]);
  });

  it('imports point down the layers only', () => {
    const violations = files.flatMap((file) =>
      importsOf(file)
        .map((target) => [moduleOf(file), moduleOf(target), target] as const)
        .filter(([from, to]) => from !== to && !(allowed[from] ?? []).includes(to))
        .map(
          ([from, to, target]) =>
            `${relative(srcDir, file)} (${from}) → ${relative(srcDir, target)} (${to})`,
        ),
    );
    expect(violations).toEqual([]);
  });

  it('there is no import cycle between files', () => {
    const graph = new Map(files.map((f) => [f, importsOf(f)]));
    const state = new Map<string, 'visiting' | 'done'>();
    const cycles: string[] = [];
    const visit = (file: string, path: string[]): void => {
      if (state.get(file) === 'done') return;
      if (state.get(file) === 'visiting') {
        cycles.push(
          [...path.slice(path.indexOf(file)), file].map((f) => relative(srcDir, f)).join(' → '),
        );
        return;
      }
      state.set(file, 'visiting');
      for (const next of graph.get(file) ?? []) visit(next, [...path, file]);
      state.set(file, 'done');
    };
    for (const file of files) visit(file, []);
    expect(cycles).toEqual([]);
  });

  it('domain folders never import the engine, the adapters or a Node built-in', () => {
    const builtins = new Set(builtinModules.flatMap((m) => [m, `node:${m}`]));
    const offenders = files
      .filter((f) => domain.includes(moduleOf(f)))
      .flatMap((file) => [
        ...importsOf(file)
          .filter((t) => ['engine', 'adapters'].includes(moduleOf(t)))
          .map((t) => `${relative(srcDir, file)} → ${relative(srcDir, t)}`),
        ...packagesOf(file)
          .filter((p) => builtins.has(p) || builtins.has(packageName(p)))
          .map((p) => `${relative(srcDir, file)} → ${p}`),
      ]);
    expect(offenders).toEqual([]);
  });

  it('every package import is a declared dependency of that part', () => {
    const offenders = files.flatMap((file) =>
      packagesOf(file)
        .filter((p) => !packagesAllowed(moduleOf(file)).includes(packageName(p)))
        .map((p) => `${relative(srcDir, file)} → ${p}`),
    );
    expect(offenders).toEqual([]);
  });

  it('the core reads no clock, draws no random numbers and does no I/O', () => {
    const forbidden = /\bDate\.now\(|new Date\(\)|Math\.random\(|from ['"]node:|require\(/;
    const offenders = files
      .filter((f) => moduleOf(f) !== 'testing')
      .filter((f) => forbidden.test(withoutComments(readFileSync(f, 'utf8'))))
      .map((f) => relative(srcDir, f));
    expect(offenders).toEqual([]);
  });
});
