import type { MessageCatalog } from '../result/index.js';
import type { InventoryError, StockIdentifierField, StockQuantityRule } from './errors.js';

const ruleText = {
  en: {
    positive: 'a whole number of at least 1',
    non_negative: 'a whole number of 0 or more',
    non_zero: 'a whole number other than 0',
    within_limit: 'a figure whose result stays below 2^53',
  },
  fr: {
    positive: 'un nombre entier d’au moins 1',
    non_negative: 'un nombre entier positif ou nul',
    non_zero: 'un nombre entier différent de 0',
    within_limit: 'une valeur dont le résultat reste sous 2^53',
  },
} as const satisfies Record<'en' | 'fr', Record<StockQuantityRule, string>>;

const fieldFr: Readonly<Record<StockIdentifierField, string>> = {
  orderId: 'de commande',
  lineId: 'de ligne',
  warehouseId: 'd’entrepôt',
  sku: 'd’article (SKU)',
};

/** Messages of the inventory errors, in English and French. */
export const inventoryMessages: MessageCatalog<InventoryError> = {
  'inventory/quantity_invalid': {
    en: (e) => `The ${e.field} ${String(e.value)} is invalid: give ${ruleText.en[e.rule]}.`,
    fr: (e) =>
      `La valeur ${e.field} ${String(e.value)} est invalide : indiquez ${ruleText.fr[e.rule]}.`,
  },
  'inventory/identifier_invalid': {
    en: (e) =>
      `The ${e.field} is invalid: give 1 to 128 characters on one line, without surrounding spaces.`,
    fr: (e) =>
      `L’identifiant ${fieldFr[e.field]} est invalide : indiquez 1 à 128 caractères sur une ligne, sans espaces autour.`,
  },
  'inventory/insufficient_stock': {
    en: (e) =>
      `Warehouse ${e.warehouseId} has ${e.available} unit(s) of ${e.sku} available, ${e.wanted} wanted${e.bundleSku === undefined ? '' : ` for bundle ${e.bundleSku}`}. Reserve in another warehouse, back-order the line or wait for stock.`,
    fr: (e) =>
      `L’entrepôt ${e.warehouseId} a ${e.available} unité(s) disponible(s) de ${e.sku}, ${e.wanted} demandée(s)${e.bundleSku === undefined ? '' : ` pour le lot ${e.bundleSku}`}. Réservez dans un autre entrepôt, mettez la ligne en reliquat ou attendez le stock.`,
  },
  'inventory/reservation_unknown': {
    en: (e) =>
      `Line ${e.lineId} of order ${e.orderId} holds no ${e.sku} in warehouse ${e.warehouseId}. Check the warehouse and SKU the line was reserved in.`,
    fr: (e) =>
      `La ligne ${e.lineId} de la commande ${e.orderId} ne réserve pas de ${e.sku} dans l’entrepôt ${e.warehouseId}. Vérifiez l’entrepôt et l’article de la réservation.`,
  },
  'inventory/release_exceeds_reservation': {
    en: (e) =>
      `Cannot release ${e.wanted} unit(s) of ${e.sku} for line ${e.lineId} of order ${e.orderId} in warehouse ${e.warehouseId}: only ${e.reserved} reserved. Release at most ${e.reserved}.`,
    fr: (e) =>
      `Impossible de libérer ${e.wanted} unité(s) de ${e.sku} pour la ligne ${e.lineId} de la commande ${e.orderId} dans l’entrepôt ${e.warehouseId} : seulement ${e.reserved} réservée(s). Libérez-en au plus ${e.reserved}.`,
  },
  'inventory/ship_exceeds_reservation': {
    en: (e) =>
      `Cannot ship ${e.wanted} unit(s) of ${e.sku} for line ${e.lineId} of order ${e.orderId} from warehouse ${e.warehouseId}: only ${e.reserved} reserved. Reserve the extra units first.`,
    fr: (e) =>
      `Impossible d’expédier ${e.wanted} unité(s) de ${e.sku} pour la ligne ${e.lineId} de la commande ${e.orderId} depuis l’entrepôt ${e.warehouseId} : seulement ${e.reserved} réservée(s). Réservez d’abord les unités manquantes.`,
  },
  'inventory/ship_exceeds_on_hand': {
    en: (e) =>
      `Cannot ship ${e.wanted} unit(s) of ${e.sku} from warehouse ${e.warehouseId}: only ${e.onHand} on hand. Recount the stock or ship fewer units.`,
    fr: (e) =>
      `Impossible d’expédier ${e.wanted} unité(s) de ${e.sku} depuis l’entrepôt ${e.warehouseId} : seulement ${e.onHand} en stock. Recomptez le stock ou expédiez moins d’unités.`,
  },
  'inventory/adjustment_refused': {
    en: (e) =>
      e.reason === 'below_zero'
        ? `Adjusting ${e.sku} in warehouse ${e.warehouseId} by ${e.delta} would leave ${e.onHand + e.delta} on hand. Adjust by at least ${-e.onHand}, or record a WMS count.`
        : `Adjusting ${e.sku} in warehouse ${e.warehouseId} by ${e.delta} would leave ${e.onHand + e.delta} on hand for ${e.reserved} reserved. Release reservations first, or record a WMS count.`,
    fr: (e) =>
      e.reason === 'below_zero'
        ? `Ajuster ${e.sku} dans l’entrepôt ${e.warehouseId} de ${e.delta} laisserait ${e.onHand + e.delta} en stock. Ajustez d’au moins ${-e.onHand}, ou enregistrez un inventaire du WMS.`
        : `Ajuster ${e.sku} dans l’entrepôt ${e.warehouseId} de ${e.delta} laisserait ${e.onHand + e.delta} en stock pour ${e.reserved} réservée(s). Libérez d’abord des réservations, ou enregistrez un inventaire du WMS.`,
  },
  'inventory/bundle_invalid': {
    en: (e) => {
      const who = e.sku === undefined ? '' : ` (bundle ${e.sku})`;
      switch (e.reason) {
        case 'shape':
          return `Bundle entry ${String(e.index ?? 0)} is malformed${who}: give { sku, components: [{ sku, quantity }] } with at least one component.`;
        case 'quantity':
          return `A component quantity is invalid${who}: give a whole number of at least 1.`;
        case 'duplicate':
          return `Bundle ${e.sku ?? '?'} is defined twice: keep one definition.`;
        case 'cycle':
          return `Bundle ${e.sku ?? '?'} contains itself (${(e.path ?? []).join(' → ')}): remove one link of the cycle.`;
        case 'too_large':
          return `Bundle ${e.sku ?? '?'} expands to more than 2^53 units: lower its component quantities.`;
      }
    },
    fr: (e) => {
      const who = e.sku === undefined ? '' : ` (lot ${e.sku})`;
      switch (e.reason) {
        case 'shape':
          return `L’entrée de lot ${String(e.index ?? 0)} est mal formée${who} : indiquez { sku, components: [{ sku, quantity }] } avec au moins un composant.`;
        case 'quantity':
          return `Une quantité de composant est invalide${who} : indiquez un nombre entier d’au moins 1.`;
        case 'duplicate':
          return `Le lot ${e.sku ?? '?'} est défini deux fois : gardez une seule définition.`;
        case 'cycle':
          return `Le lot ${e.sku ?? '?'} se contient lui-même (${(e.path ?? []).join(' → ')}) : supprimez un maillon du cycle.`;
        case 'too_large':
          return `Le lot ${e.sku ?? '?'} dépasse 2^53 unités une fois développé : réduisez les quantités de ses composants.`;
      }
    },
  },
};
