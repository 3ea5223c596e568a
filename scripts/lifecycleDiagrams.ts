/**
 * The Mermaid diagrams of the lifecycle machines, generated from their definitions with
 * `toMermaid` into docs/lifecycle.md, between `<!-- diagram:<name>:start -->` and
 * `<!-- diagram:<name>:end -->`; the rest of the page is prose and is left alone. Shared by
 * `scripts/writeLifecycleDiagrams.ts` (`npm run diagrams`) and `test/lifecycleDocs.test.ts`
 * (which fails when the page is stale).
 */
import type { AnyStateMachine } from 'xstate';
import { orderMachine, parcelMachine, rmaMachine, toMermaid } from '../src/index.js';

/** The page the diagrams live in, relative to the repository root. */
export const lifecycleDocPath = 'docs/lifecycle.md';

interface Diagram {
  readonly name: string;
  readonly title: string;
  readonly source: string;
  readonly machine: AnyStateMachine;
}

/** Each generated diagram: its marker name, a heading for a new page, and its machine. */
export const lifecycleDiagrams: readonly Diagram[] = [
  { name: 'order', title: 'Order', source: 'src/order/machine.ts', machine: orderMachine },
  { name: 'parcel', title: 'Parcel', source: 'src/parcel/machine.ts', machine: parcelMachine },
  { name: 'rma', title: 'Return (RMA)', source: 'src/rma/machine.ts', machine: rmaMachine },
];

const startMarker = (name: string): string => `<!-- diagram:${name}:start -->`;
const endMarker = (name: string): string => `<!-- diagram:${name}:end -->`;

/** One marked block: the markers, a do-not-edit note and the diagram in a mermaid fence. */
export function renderDiagramBlock(diagram: Diagram): string {
  return [
    startMarker(diagram.name),
    `<!-- Generated from ${diagram.source} by \`npm run diagrams\`: do not edit by hand. -->`,
    '',
    '```mermaid',
    toMermaid(diagram.machine).trimEnd(),
    '```',
    '',
    endMarker(diagram.name),
  ].join('\n');
}

/**
 * The page with every diagram block brought up to date. A page that does not exist yet gets a
 * title and one section per diagram; a block missing from an existing page is appended.
 *
 * @param page - the page's current text, or undefined when the file does not exist
 * @returns the page's new text (equal to `page` when it is up to date)
 */
export function updateLifecycleDoc(page: string | undefined): string {
  if (page === undefined) {
    const sections = lifecycleDiagrams.map((d) => `## ${d.title}\n\n${renderDiagramBlock(d)}\n`);
    return `# Order lifecycle\n\n${sections.join('\n')}`;
  }
  let text = page;
  for (const diagram of lifecycleDiagrams) {
    const start = text.indexOf(startMarker(diagram.name));
    const end = text.indexOf(endMarker(diagram.name), start);
    const block = renderDiagramBlock(diagram);
    text =
      start === -1 || end === -1
        ? `${text.trimEnd()}\n\n${block}\n`
        : text.slice(0, start) + block + text.slice(end + endMarker(diagram.name).length);
  }
  return text;
}
