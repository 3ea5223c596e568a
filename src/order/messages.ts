import { formatAmount } from './_internal/formatAmount.js';
import type { Locale, MessageCatalog } from '../result/index.js';
import type {
  LineAmountField,
  OrderError,
  OrderIssuePath,
  OrderTotalsMismatch,
  TotalsComponent,
} from './errors.js';
import {
  describeExpectation,
  describeReceived,
  listAlternatives,
} from './_internal/describeSchemaIssue.js';

/** `lines[0].quantities.ordered`; the root is "the order". */
function formatPath(path: OrderIssuePath, locale: Locale): string {
  if (path.length === 0) return locale === 'en' ? 'the order' : 'la commande';
  return path
    .map((key, i) => (typeof key === 'number' ? `[${String(key)}]` : i === 0 ? key : `.${key}`))
    .join('');
}

const lineFieldNames: Readonly<Record<Locale, Record<LineAmountField, string>>> = {
  en: { unitPrice: 'the unit price', lineTotal: 'the line total', tax: 'the tax' },
  fr: { unitPrice: 'le prix unitaire', lineTotal: 'le total', tax: 'la taxe' },
};

const componentNames: Readonly<Record<Locale, Record<TotalsComponent, string>>> = {
  en: {
    line: 'the line amounts',
    products: 'the products total',
    tax: 'the tax amount',
    shipping: 'the shipping amount',
    shipping_tax: 'the shipping tax',
    discount: 'the discount',
    grand_total: 'the grand total',
    paid: 'the amount paid',
  },
  fr: {
    line: 'les montants des lignes',
    products: 'le total des produits',
    tax: 'le montant des taxes',
    shipping: 'les frais de livraison',
    shipping_tax: 'la taxe sur la livraison',
    discount: 'la remise',
    grand_total: 'le total de la commande',
    paid: 'le montant payé',
  },
};

function nameCulprit(e: OrderTotalsMismatch, locale: Locale): string {
  if (e.component === 'line' && e.lineId !== undefined && e.lineField !== undefined) {
    const field = lineFieldNames[locale][e.lineField];
    return locale === 'en'
      ? `${field} of line "${e.lineId}"`
      : `${field} de la ligne « ${e.lineId} »`;
  }
  return componentNames[locale][e.component];
}

function hint(e: OrderTotalsMismatch, locale: Locale): string {
  const others = (e.candidates ?? []).filter((c) => c !== e.component);
  const names = listAlternatives(
    others.map((c) => componentNames[locale][c]),
    locale,
  );
  if (locale === 'en') {
    return `Check ${nameCulprit(e, 'en')}${others.length > 0 ? ` (it could also be ${names})` : ''}.`;
  }
  return `Vérifiez ${nameCulprit(e, 'fr')}${others.length > 0 ? ` (ce peut aussi être ${names})` : ''}.`;
}

function mismatchEn(e: OrderTotalsMismatch): string {
  const a = formatAmount(e.actual, 'en');
  const x = formatAmount(e.expected, 'en');
  const d = `(difference ${formatAmount(e.difference, 'en', true)})`;
  const line = `line "${e.lineId ?? '?'}"`;
  const statement = {
    line_total: `The total of ${line} is ${a} but unit price × quantity make ${x} ${d}.`,
    line_tax: `The tax of ${line} is ${a} but its rate applied to its price makes ${x} ${d}.`,
    products: `Products total is ${a} but the lines make ${x} ${d}.`,
    tax: `Tax is ${a} but the line taxes and the shipping tax make ${x} ${d}.`,
    grand_total: e.pricesIncludeTax
      ? `Grand total is ${a} but products + shipping − discounts (taxes included) make ${x} ${d}.`
      : `Grand total is ${a} but products + shipping + taxes − discounts make ${x} ${d}.`,
    paid: `Amount paid is ${a} but the grand total is ${x} ${d}.`,
  }[e.check];
  return `${statement} ${hint(e, 'en')}`;
}

function mismatchFr(e: OrderTotalsMismatch): string {
  const a = formatAmount(e.actual, 'fr');
  const x = formatAmount(e.expected, 'fr');
  const d = `(écart ${formatAmount(e.difference, 'fr', true)})`;
  const line = `la ligne « ${e.lineId ?? '?'} »`;
  const statement = {
    line_total: `Le total de ${line} est de ${a} mais le prix unitaire × la quantité donne ${x} ${d}.`,
    line_tax: `La taxe de ${line} est de ${a} mais son taux appliqué à son prix donne ${x} ${d}.`,
    products: `Le total des produits est de ${a} mais les lignes totalisent ${x} ${d}.`,
    tax: `Le montant des taxes est de ${a} mais les taxes des lignes et de la livraison totalisent ${x} ${d}.`,
    grand_total: e.pricesIncludeTax
      ? `Le total de la commande est de ${a} mais produits + livraison − remises (taxes incluses) donnent ${x} ${d}.`
      : `Le total de la commande est de ${a} mais produits + livraison + taxes − remises donnent ${x} ${d}.`,
    paid: `Le montant payé est de ${a} mais le total de la commande est de ${x} ${d}.`,
  }[e.check];
  return `${statement} ${hint(e, 'fr')}`;
}

function lineNumber(path: OrderIssuePath): string {
  const index = path[1];
  return typeof index === 'number' ? String(index + 1) : '?';
}

/** English and French messages for every order error code. */
export const orderMessages: MessageCatalog<OrderError> = {
  'order/schema_invalid': {
    en: (e) => {
      const root = e.path.length === 0;
      const field = root ? 'The order' : `The field ${formatPath(e.path, 'en')}`;
      if (e.expected.kind === 'known_key') {
        return `${field} is not part of the order format. Remove it from the mapping, or map it to a known field.`;
      }
      const expected = describeExpectation(e.expected, 'en');
      const fix = root ? 'Fix the channel mapping.' : 'Fix the channel mapping for this field.';
      if (e.received.kind === 'missing') return `${field} is missing: expected ${expected}. ${fix}`;
      return `${field} is invalid: expected ${expected}, received ${describeReceived(e.received, 'en')}. ${fix}`;
    },
    fr: (e) => {
      const root = e.path.length === 0;
      const field = root ? 'La commande' : `Le champ ${formatPath(e.path, 'fr')}`;
      if (e.expected.kind === 'known_key') {
        return `${field} ne fait pas partie du format de commande. Retirez-le de la mise en correspondance, ou associez-le à un champ connu.`;
      }
      const expected = describeExpectation(e.expected, 'fr');
      const fix = root
        ? 'Corrigez la mise en correspondance avec le canal.'
        : 'Corrigez la mise en correspondance de ce champ avec le canal.';
      if (e.received.kind === 'missing')
        return `${field} est absent. Attendu : ${expected}. ${fix}`;
      return `${field} est invalide. Attendu : ${expected} ; reçu : ${describeReceived(e.received, 'fr')}. ${fix}`;
    },
  },
  'order/line_id_duplicate': {
    en: (e) =>
      `Line id "${e.lineId}" is used by lines ${String(e.firstIndex + 1)} and ${lineNumber(e.path)}. Give each line its own lineId.`,
    fr: (e) =>
      `L'identifiant de ligne « ${e.lineId} » est utilisé par les lignes ${String(e.firstIndex + 1)} et ${lineNumber(e.path)}. Donnez à chaque ligne son propre lineId.`,
  },
  'order/line_price_missing': {
    en: (e) =>
      `Line "${e.lineId}" has neither a unit price nor a line total. Map at least one of them from the channel.`,
    fr: (e) =>
      `La ligne « ${e.lineId} » n'a ni prix unitaire ni total de ligne. Renseignez au moins l'un des deux dans la mise en correspondance du canal.`,
  },
  'order/currency_mismatch': {
    en: (e) =>
      `The amount at ${formatPath(e.path, 'en')} is in ${e.actual} but the order is in ${e.expected}. Convert it, or correct the order's currency.`,
    fr: (e) =>
      `Le montant ${formatPath(e.path, 'fr')} est en ${e.actual} alors que la commande est en ${e.expected}. Convertissez-le, ou corrigez la devise de la commande.`,
  },
  'order/parcel_line_unknown': {
    en: (e) =>
      `Parcel "${e.parcelId}" refers to line "${e.lineId}", which the order does not have. Use the lineId of one of the order's lines.`,
    fr: (e) =>
      `Le colis « ${e.parcelId} » désigne la ligne « ${e.lineId} », absente de la commande. Utilisez le lineId d'une ligne de la commande.`,
  },
  'order/totals_mismatch': { en: mismatchEn, fr: mismatchFr },
  'order/option_invalid': {
    en: (e) =>
      `The option ${e.option} must be a whole number of minor units, 0 or more (received ${describeReceived(e.received, 'en')}).`,
    fr: (e) =>
      `L'option ${e.option} doit être un nombre entier d'unités mineures, positif ou nul (reçu : ${describeReceived(e.received, 'fr')}).`,
  },
};
