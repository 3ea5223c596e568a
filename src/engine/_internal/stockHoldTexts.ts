import type { BackorderReason } from '../../routing/index.js';
import type { Locale } from '../../result/index.js';
import { clip, clipNote } from './holdTexts.js';

const backorderReasons: Readonly<Record<Locale, Readonly<Record<BackorderReason, string>>>> = {
  en: {
    no_eligible_warehouse: 'no enabled warehouse serving the destination can handle it',
    insufficient_stock: 'no eligible warehouse has the stock',
    split_not_allowed: 'another warehouse has it, but the order may not be split',
    parcel_limit: 'another warehouse has it, but the order has reached its parcel limit',
    order_held: 'the whole order waits until every unit can ship',
  },
  fr: {
    no_eligible_warehouse: 'aucun entrepôt actif desservant la destination ne peut la traiter',
    insufficient_stock: "aucun entrepôt éligible n'a le stock",
    split_not_allowed: "un autre entrepôt l'a, mais la commande ne peut pas être scindée",
    parcel_limit: "un autre entrepôt l'a, mais la commande a atteint sa limite de colis",
    order_held: 'toute la commande attend que chaque unité puisse partir',
  },
};

/** The note of a `backorder` hold: which units wait for stock, and why. */
export function describeBackorder(
  lineId: string,
  quantity: number,
  reason: BackorderReason,
  locale: Locale,
): string {
  const why = backorderReasons[locale][reason];
  return clipNote(
    locale === 'en'
      ? `${String(quantity)} unit(s) of line ${lineId} wait for stock: ${why}.`
      : `${String(quantity)} unité(s) de la ligne ${lineId} attendent du stock : ${why}.`,
  );
}

/** What to do before a `backorder` hold goes away. */
export function backorderNextAction(locale: Locale): string {
  return clip(
    locale === 'en'
      ? 'Receive stock (or cancel the units), then allocate the order again: the hold is released once the line is allocated.'
      : 'Recevez du stock (ou annulez les unités), puis relancez l’allocation : le blocage est levé dès que la ligne est allouée.',
    500,
  );
}

/** The note of a `stock_discrepancy` hold: a count left a line's reserved units without stock. */
export function describeDiscrepancy(
  lineId: string,
  sku: string,
  warehouseId: string,
  quantity: number,
  locale: Locale,
): string {
  return clipNote(
    locale === 'en'
      ? `A stock count in warehouse ${warehouseId} left ${String(quantity)} unit(s) of ${sku} reserved for line ${lineId} without stock.`
      : `Un inventaire de l'entrepôt ${warehouseId} a laissé ${String(quantity)} unité(s) de ${sku} réservées pour la ligne ${lineId} sans stock.`,
  );
}

/** What to do before releasing a `stock_discrepancy` hold. */
export function discrepancyNextAction(locale: Locale): string {
  return clip(
    locale === 'en'
      ? 'Find the units or receive stock in that warehouse, or cancel the units, then release the hold.'
      : 'Retrouvez les unités ou recevez du stock dans cet entrepôt, ou annulez les unités, puis levez le blocage.',
    500,
  );
}
