import type { Locale } from '../result/index.js';
import type { BackorderReason, RoutePlan, RouteReason, RouteVerdict } from './types.js';

type ReasonRenderers = {
  readonly [C in RouteReason['code']]: {
    readonly [L in Locale]: (reason: Extract<RouteReason, { readonly code: C }>) => string;
  };
};

const units = (n: number, en: boolean): string =>
  en ? `${String(n)} unit${n === 1 ? '' : 's'}` : `${String(n)} unité${n > 1 ? 's' : ''}`;

const reasonText: ReasonRenderers = {
  disabled: { en: () => 'disabled', fr: () => 'désactivé' },
  country_not_served: {
    en: (r) => `does not ship to ${r.country}`,
    fr: (r) => `ne livre pas ${r.country}`,
  },
  capability_missing: {
    en: (r) => `lacks the capability "${r.capability}"`,
    fr: (r) => `n'a pas la capacité « ${r.capability} »`,
  },
  out_of_stock: {
    en: () => 'no stock for the units to route',
    fr: () => 'aucun stock pour les unités à router',
  },
  complete: { en: () => 'completes the order', fr: () => 'complète la commande' },
  partial: {
    en: (r) => `could ship ${String(r.units)} of ${units(r.of, true)}`,
    fr: (r) => `pourrait expédier ${String(r.units)} sur ${units(r.of, false)}`,
  },
  priority: {
    en: (r) => `priority ${String(r.priority)}`,
    fr: (r) => `priorité ${String(r.priority)}`,
  },
  cost: {
    en: (r) => `${r.cost.amount} ${r.cost.currency} per parcel`,
    fr: (r) => `${r.cost.amount} ${r.cost.currency} par colis`,
  },
  stock_balance: {
    en: (r) => `${units(r.units, true)} of the order's SKUs in stock`,
    fr: (r) => `${units(r.units, false)} des articles de la commande en stock`,
  },
  allocated: {
    en: (r) => `ships ${units(r.units, true)}`,
    fr: (r) => `expédie ${units(r.units, false)}`,
  },
  order_covered: {
    en: () => 'the order is already covered',
    fr: () => 'la commande est déjà couverte',
  },
  split_not_allowed: {
    en: () => 'the policy forbids a split',
    fr: () => 'la politique interdit de scinder',
  },
  parcel_limit: {
    en: (r) => `the limit of ${String(r.maxParcels)} parcel(s) is reached`,
    fr: (r) => `la limite de ${String(r.maxParcels)} colis est atteinte`,
  },
  order_held: {
    en: () => 'the order is held until it can ship whole',
    fr: () => 'la commande attend de pouvoir partir entière',
  },
};

const verdictText: Readonly<Record<RouteVerdict, Readonly<Record<Locale, string>>>> = {
  chosen: { en: 'chosen', fr: 'choisi' },
  rejected: { en: 'rejected', fr: 'écarté' },
  not_needed: { en: 'not needed', fr: 'non utilisé' },
};

const backorderText: Readonly<Record<BackorderReason, Readonly<Record<Locale, string>>>> = {
  no_eligible_warehouse: { en: 'no eligible warehouse', fr: 'aucun entrepôt éligible' },
  insufficient_stock: { en: 'insufficient stock', fr: 'stock insuffisant' },
  split_not_allowed: { en: 'split not allowed', fr: 'scission interdite' },
  parcel_limit: { en: 'parcel limit reached', fr: 'limite de colis atteinte' },
  order_held: { en: 'order held', fr: 'commande en attente' },
};

/**
 * Renders one reason of an explanation.
 *
 * @param reason - the reason
 * @param locale - `'en'` or `'fr'`
 * @returns a short phrase
 */
export function formatRouteReason(reason: RouteReason, locale: Locale): string {
  const render = reasonText[reason.code][locale] as (r: RouteReason) => string;
  return render(reason);
}

/**
 * Renders a plan's explanation, one line per warehouse considered, then one per backorder.
 *
 * @param plan - a plan from `routeOrder` or `routeBatch`
 * @param locale - `'en'` or `'fr'`
 * @returns the lines joined with `\n`
 * @example
 * ```ts
 * formatRouteExplanation(plan, 'en');
 * // 'LYON: chosen — completes the order; priority 1; 4.90 EUR per parcel; 5 units of the order's SKUs in stock; ships 2 units'
 * ```
 */
export function formatRouteExplanation(plan: RoutePlan, locale: Locale): string {
  const sep = locale === 'en' ? ': ' : ' : ';
  const join = locale === 'en' ? '; ' : ' ; ';
  const lines = plan.explanation.map(
    (e) =>
      `${e.warehouseId}${sep}${verdictText[e.verdict][locale]} — ${e.reasons
        .map((r) => formatRouteReason(r, locale))
        .join(join)}`,
  );
  for (const b of plan.backorders) {
    lines.push(
      locale === 'en'
        ? `backorder: line ${b.lineId} × ${String(b.quantity)} (${backorderText[b.reason].en})`
        : `reliquat : ligne ${b.lineId} × ${String(b.quantity)} (${backorderText[b.reason].fr})`,
    );
  }
  return lines.join('\n');
}
