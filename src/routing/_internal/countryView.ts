import type { RouteReason, WarehouseExplanation } from '../types.js';
import type { CountryView, SharedExplanations } from './memo.js';
import type { PreparedRouting, PreparedWarehouse } from './prepare.js';
import { freezeRejection } from './sharedReasons.js';

type PriorityReason = Extract<RouteReason, { code: 'priority' }>;

/** A warehouse's priority for a country: its first matching zone's, or its own. */
function priorityFor(pw: PreparedWarehouse, country: string): number {
  const zone = pw.warehouse.zones?.find((z) => z.countries.includes(country));
  return zone?.priority ?? pw.warehouse.priority;
}

/**
 * The warehouses' verdicts for a destination country: disabled and not serving it (the same
 * for every order to that country), and the priority of the others. Worked out on the first
 * order to the country, then shared by the call's later orders.
 *
 * @param prepared - validated warehouses and policy
 * @param country - the shipping country
 * @returns the rejections and priorities, by warehouse index
 */
export function countryViewOf(prepared: PreparedRouting, country: string): CountryView {
  const known = prepared.memo.countries.get(country);
  if (known !== undefined) return known;
  const rejections: (WarehouseExplanation | undefined)[] = [];
  const priorities: (PriorityReason | undefined)[] = [];
  const shared: (SharedExplanations | undefined)[] = [];
  let notServed: RouteReason | undefined;
  for (const pw of prepared.warehouses) {
    const w = pw.warehouse;
    if (!w.enabled) {
      rejections.push(pw.disabled);
      priorities.push(undefined);
      shared.push(undefined);
    } else if (w.countries !== '*' && !w.countries.includes(country)) {
      notServed ??= Object.freeze({ code: 'country_not_served', country });
      rejections.push(freezeRejection(w.warehouseId, notServed));
      priorities.push(undefined);
      shared.push(undefined);
    } else {
      rejections.push(undefined);
      priorities.push(Object.freeze({ code: 'priority', priority: priorityFor(pw, country) }));
      shared.push({ covered: [], chosen: [] });
    }
  }
  const view: CountryView = { rejections, priorities, shared };
  prepared.memo.countries.set(country, view);
  return view;
}
