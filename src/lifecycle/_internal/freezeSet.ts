import { OrdokitError } from '../../result/index.js';
import type { LifecycleTableFrozen } from '../errors.js';

/**
 * A set that cannot change: `add`, `delete` and `clear` throw `lifecycle/table_frozen`, and
 * the object itself is frozen.
 */
export function freezeSet<T>(values: Iterable<T>, machineId: string): ReadonlySet<T> {
  const set = new Set(values);
  const refuse = (): never => {
    throw new OrdokitError<LifecycleTableFrozen>({ code: 'lifecycle/table_frozen', machineId });
  };
  Object.defineProperties(set, {
    add: { value: refuse },
    delete: { value: refuse },
    clear: { value: refuse },
  });
  return Object.freeze(set);
}
