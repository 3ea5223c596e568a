import { resolve } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

// Every symbol a user can import has a doc comment, and no exported type mentions `any`.
const entries = [
  'src/index.ts',
  'src/testing/index.ts',
  'src/adapters/memory/index.ts',
  'src/adapters/postgres/index.ts',
  'src/adapters/lengow/index.ts',
].map((p) => resolve(import.meta.dirname, '..', p));

const program = ts.createProgram(entries, {
  module: ts.ModuleKind.NodeNext,
  moduleResolution: ts.ModuleResolutionKind.NodeNext,
  target: ts.ScriptTarget.ES2022,
  strict: true,
  exactOptionalPropertyTypes: true,
  noUncheckedIndexedAccess: true,
  skipLibCheck: true,
  noEmit: true,
});
const checker = program.getTypeChecker();

function exportsOf(entry: string): ts.Symbol[] {
  const source = program.getSourceFile(entry);
  if (source === undefined) throw new Error(`cannot read ${entry}`);
  const moduleSymbol = checker.getSymbolAtLocation(source);
  if (moduleSymbol === undefined) throw new Error(`${entry} is not a module`);
  return checker.getExportsOfModule(moduleSymbol);
}

function resolved(symbol: ts.Symbol): ts.Symbol {
  return symbol.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(symbol) : symbol;
}

function hasDocComment(symbol: ts.Symbol): boolean {
  return (symbol.declarations ?? []).some((d) => ts.getJSDocCommentsAndTags(d).length > 0);
}

describe.each(entries)('public API of %s', (entry) => {
  const symbols = exportsOf(entry);

  it('exports something', () => {
    expect(symbols.length).toBeGreaterThan(0);
  });

  it('documents every export', () => {
    const undocumented = symbols.filter((s) => !hasDocComment(resolved(s))).map((s) => s.name);
    expect(undocumented).toEqual([]);
  });

  it('has no `any` in exported signatures', () => {
    const withAny = symbols
      .map(resolved)
      .filter((s) =>
        (s.declarations ?? []).some((d) => {
          const type = checker.getTypeAtLocation(d);
          const text = checker.typeToString(
            type,
            d,
            ts.TypeFormatFlags.NoTruncation | ts.TypeFormatFlags.InTypeAlias,
          );
          return /\bany\b/.test(text);
        }),
      )
      .map((s) => s.name);
    expect(withAny).toEqual([]);
  });
});
