import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

// The dependency direction of docs/architecture.md, as data: a folder under src/ may import
// only from the folders listed for it (and from itself). Keep this table and the doc in step.
const allowed: Record<string, readonly string[]> = {
  result: [],
  money: ['result'],
  address: ['result'],
  lifecycle: ['result'],
  parcel: ['result', 'lifecycle'],
  rma: ['result', 'lifecycle'],
  order: ['result', 'money', 'address', 'lifecycle', 'parcel', 'rma'],
  errors: ['result', 'money', 'address', 'lifecycle', 'parcel', 'rma', 'order'],
  testing: ['result', 'money', 'address', 'lifecycle', 'parcel', 'rma', 'order'],
  '.': ['result', 'errors', 'money', 'address', 'lifecycle', 'parcel', 'rma', 'order'],
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

  it('the core reads no clock, draws no random numbers and does no I/O', () => {
    const forbidden = /\bDate\.now\(|new Date\(\)|Math\.random\(|from ['"]node:|require\(/;
    const offenders = files
      .filter((f) => moduleOf(f) !== 'testing')
      .filter((f) => forbidden.test(readFileSync(f, 'utf8')))
      .map((f) => relative(srcDir, f));
    expect(offenders).toEqual([]);
  });
});
