import { OrdokitError } from '../../result/index.js';
import type { LifecycleGuardUnknown, LifecycleGuardUnsupported } from '../errors.js';

/** A guard of a compiled table: a pure predicate on the machine's context. */
export type CompiledGuard<C> = (context: C) => boolean;

/** Where a guard is used, for error values. */
export interface GuardSite {
  readonly machineId: string;
  readonly state: string;
  readonly event: string;
}

/** The signature XState calls guard implementations with. */
type GuardImplementation = (
  args: { readonly context: unknown; readonly event: { readonly type: string } },
  params: unknown,
) => unknown;

const maxAliasDepth = 8;

/** The name a guard is shown with: its name, its `type`, or the inline function's name. */
export function labelGuard(guard: unknown): string {
  if (typeof guard === 'string') return guard;
  if (typeof guard === 'function') {
    return guard.name !== '' && guard.name !== 'guard' ? guard.name : 'inline';
  }
  if (typeof guard === 'object' && guard !== null && 'type' in guard) {
    const type: unknown = guard.type;
    if (typeof type === 'string') return type;
  }
  return 'unknown';
}

function unsupported(site: GuardSite, guard: string): OrdokitError<LifecycleGuardUnsupported> {
  return new OrdokitError({ code: 'lifecycle/guard_unsupported', ...site, guard });
}

/** Built-in higher-order guards (`and`, `or`, `not`, `stateIn`) carry a `check` and need XState. */
function toImplementation(fn: unknown, site: GuardSite, label: string): GuardImplementation {
  if (typeof fn !== 'function' || 'check' in fn) throw unsupported(site, label);
  return fn as GuardImplementation;
}

/**
 * Resolves a transition's guard once, the way XState's `evaluateGuard` does, into a predicate
 * that calls the same implementation with `{ context, event: { type } }` and the same params.
 *
 * @throws OrdokitError `lifecycle/guard_unknown` or `lifecycle/guard_unsupported`
 */
export function compileGuard<C>(
  guard: unknown,
  implementations: Readonly<Record<string, unknown>>,
  site: GuardSite,
  depth = 0,
): CompiledGuard<C> {
  const event = Object.freeze({ type: site.event });
  const label = labelGuard(guard);
  if (typeof guard === 'function') {
    const inline = toImplementation(guard, site, label);
    return (context) => Boolean(inline({ context, event }, undefined));
  }
  const reference =
    typeof guard === 'string'
      ? { name: guard, params: undefined as unknown }
      : typeof guard === 'object' && guard !== null && 'type' in guard
        ? { name: label, params: 'params' in guard ? guard.params : undefined }
        : undefined;
  if (reference === undefined) throw unsupported(site, label);
  if (!Object.hasOwn(implementations, reference.name)) {
    throw new OrdokitError<LifecycleGuardUnknown>({
      code: 'lifecycle/guard_unknown',
      ...site,
      guard: reference.name,
    });
  }
  const resolved = implementations[reference.name];
  if (typeof resolved !== 'function') {
    // An alias: XState evaluates the aliased guard with its own params.
    if (depth >= maxAliasDepth) throw unsupported(site, label);
    return compileGuard(resolved, implementations, site, depth + 1);
  }
  const implementation = toImplementation(resolved, site, label);
  const { params } = reference;
  if (typeof params === 'function') {
    const paramsOf = params as (args: { context: unknown; event: unknown }) => unknown;
    return (context) => {
      const args = { context, event };
      return Boolean(implementation(args, paramsOf(args)));
    };
  }
  return (context) => Boolean(implementation({ context, event }, params));
}
