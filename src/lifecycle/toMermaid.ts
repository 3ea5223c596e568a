import type { AnyStateMachine } from 'xstate';
import { compileTransitions, type TransitionTable } from './compileTransitions.js';

/** Options of {@link toMermaid}. */
export interface ToMermaidOptions {
  /** The layout direction: `'TB'` top to bottom (Mermaid's default), `'LR'` left to right… */
  readonly direction?: 'TB' | 'BT' | 'LR' | 'RL';
  /**
   * Writes `return.*` on an arrow instead of listing them when the arrow is taken, unguarded,
   * by every event of the machine that starts with `return.` (at least two). Default true.
   */
  readonly groupEvents?: boolean;
}

/** One event on an arrow; `guard` is the guard's name, `'else'` for a fallback, or absent. */
interface ArrowEvent {
  readonly event: string;
  readonly guard: string | undefined;
}

const plainId = /^[A-Za-z_][A-Za-z0-9_]*$/;

const entities: Readonly<Record<string, string>> = {
  '#': '#35;',
  ':': '#58;',
  ';': '#59;',
  '"': '#quot;',
  '<': '#lt;',
  '>': '#gt;',
  '\n': ' ',
};

/** Mermaid text outside identifiers: entity codes for the characters its parser reads. */
function escapeText(text: string): string {
  return text.replace(/[#:;"<>\n]/g, (c) => entities[c] ?? c);
}

/** The prefix of a dotted event type, dot included (`'return.'`), or undefined. */
function prefixOf(event: string): string | undefined {
  const dot = event.indexOf('.');
  return dot > 0 ? event.slice(0, dot + 1) : undefined;
}

/** The label lines of one arrow, with families of events folded to `prefix.*` when asked. */
function labelArrow(
  arrowEvents: readonly ArrowEvent[],
  allEvents: readonly string[],
  group: boolean,
): string[] {
  const unguarded = new Set(arrowEvents.filter((a) => a.guard === undefined).map((a) => a.event));
  const folded = new Set<string>();
  const labels: string[] = [];
  for (const { event, guard } of arrowEvents) {
    const prefix = group && guard === undefined ? prefixOf(event) : undefined;
    if (prefix !== undefined) {
      const family = allEvents.filter((e) => e.startsWith(prefix));
      if (family.length >= 2 && family.every((e) => unguarded.has(e))) {
        if (!folded.has(prefix)) labels.push(`${prefix}*`);
        folded.add(prefix);
        continue;
      }
    }
    labels.push(guard === undefined ? event : `${event} [${guard}]`);
  }
  return labels.map(escapeText);
}

/**
 * Draws a flat XState v5 machine as a Mermaid `stateDiagram-v2`: `[*]` points to the initial
 * state, each final state points to `[*]`, and each arrow carries the events that take it, one
 * per line, with their guard in brackets (`parcel.shipped [allShipped]`). An unguarded
 * transition tried after guarded ones on the same event reads `[else]`; a transition that stays
 * in its state is a loop. An unguarded event named like the state it leads to (`in_transit` →
 * `in_transit`) is implied by the arrow and not written. States and arrows come in definition
 * order, so the text is stable.
 *
 * @param machine - a flat machine (see `compileTransitions`)
 * @param options - the layout direction; whether to fold event families to `prefix.*`
 * @returns the diagram's Mermaid source, ending with a newline
 * @throws OrdokitError as `compileTransitions` does for machines it cannot read
 * @example
 * ```ts
 * toMermaid(rmaMachine).split('\n')[1]; // '  [*] --> requested'
 * ```
 */
export function toMermaid(machine: AnyStateMachine, options: ToMermaidOptions = {}): string {
  const table = compileTransitions(machine) as TransitionTable<string, string, never>;
  const ids = new Map<string, string>();
  const lines = ['stateDiagram-v2'];
  if (options.direction !== undefined) lines.push(`  direction ${options.direction}`);
  table.states.forEach((state, i) => {
    const id = plainId.test(state) ? state : `s${String(i)}`;
    ids.set(state, id);
    if (id !== state) lines.push(`  state "${escapeText(state)}" as ${id}`);
  });
  const idOf = (state: string): string => ids.get(state) ?? state;

  const arrows = new Map<string, ArrowEvent[]>();
  const guarded = new Set<string>();
  for (const rule of table.transitions) {
    const key = `${rule.source}\u0000${rule.event}`;
    const guard = rule.guard ?? (guarded.has(key) ? 'else' : undefined);
    if (rule.guard !== undefined) guarded.add(key);
    const arrow = `${idOf(rule.source)} --> ${idOf(rule.target)}`;
    const arrowEvents = arrows.get(arrow) ?? [];
    arrows.set(arrow, arrowEvents);
    if (guard !== undefined || rule.event !== rule.target) {
      arrowEvents.push({ event: rule.event, guard });
    }
  }

  lines.push(`  [*] --> ${idOf(table.initial)}`);
  for (const [arrow, arrowEvents] of arrows) {
    const labels = labelArrow(arrowEvents, table.events, options.groupEvents ?? true);
    lines.push(labels.length === 0 ? `  ${arrow}` : `  ${arrow}: ${labels.join('<br/>')}`);
  }
  for (const state of table.states) {
    if (table.finals.has(state)) lines.push(`  ${idOf(state)} --> [*]`);
  }
  return `${lines.join('\n')}\n`;
}
