import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  lifecycleDiagrams,
  lifecycleDocPath,
  renderDiagramBlock,
  updateLifecycleDoc,
} from '../scripts/lifecycleDiagrams.js';

const path = resolve(import.meta.dirname, '..', lifecycleDocPath);
const stale = `${lifecycleDocPath} is missing or stale: run \`npm run diagrams\``;

describe('docs/lifecycle.md', () => {
  it('exists', () => {
    expect(existsSync(path), stale).toBe(true);
  });

  it.each(lifecycleDiagrams.map((d) => [d.name, d] as const))(
    'holds the current %s diagram between its markers',
    (_, diagram) => {
      const page = existsSync(path) ? readFileSync(path, 'utf8') : '';
      expect(page.includes(renderDiagramBlock(diagram)), stale).toBe(true);
    },
  );

  it('is exactly what `npm run diagrams` would write', () => {
    const page = existsSync(path) ? readFileSync(path, 'utf8') : undefined;
    expect(updateLifecycleDoc(page) === page, stale).toBe(true);
  });
});

describe('updateLifecycleDoc', () => {
  const order = lifecycleDiagrams[0]!;

  it('replaces only what lies between the markers', () => {
    const page = [
      '# Lifecycle',
      '',
      'Prose before.',
      '',
      '<!-- diagram:order:start -->',
      'an old diagram',
      '<!-- diagram:order:end -->',
      '',
      'Prose after, <!-- diagram:parcel:start --> <!-- diagram:parcel:end --> inline.',
      '<!-- diagram:rma:start --><!-- diagram:rma:end -->',
      '',
    ].join('\n');
    const updated = updateLifecycleDoc(page);
    expect(
      updated.startsWith('# Lifecycle\n\nProse before.\n\n<!-- diagram:order:start -->\n'),
    ).toBe(true);
    expect(updated).not.toContain('an old diagram');
    expect(updated).toContain(
      `${renderDiagramBlock(order)}\n\nProse after, <!-- diagram:parcel:start -->`,
    );
    expect(updated).toContain('--> inline.\n<!-- diagram:rma:start -->');
    expect(updateLifecycleDoc(updated)).toBe(updated);
  });

  it('appends a missing block and creates a page from nothing', () => {
    const appended = updateLifecycleDoc('# Lifecycle\n\nNo diagrams yet.\n');
    expect(
      appended.startsWith('# Lifecycle\n\nNo diagrams yet.\n\n<!-- diagram:order:start -->'),
    ).toBe(true);
    for (const diagram of lifecycleDiagrams)
      expect(appended).toContain(renderDiagramBlock(diagram));
    const created = updateLifecycleDoc(undefined);
    expect(
      created.startsWith('# Order lifecycle\n\n## Order\n\n<!-- diagram:order:start -->'),
    ).toBe(true);
    expect(updateLifecycleDoc(created)).toBe(created);
  });

  it('writes each diagram as a mermaid stateDiagram-v2 fence', () => {
    const block = renderDiagramBlock(order);
    expect(block).toContain('```mermaid\nstateDiagram-v2\n  [*] --> created\n');
    expect(block.endsWith('```\n\n<!-- diagram:order:end -->')).toBe(true);
  });
});
