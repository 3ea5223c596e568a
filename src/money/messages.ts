import type { MessageCatalog } from '../result/index.js';
import type { MoneyError } from './errors.js';

const amountReasonEn = {
  wrong_type: 'it is neither text nor a number',
  empty: 'it is empty',
  not_a_decimal: 'it is not a decimal number',
  exponent_notation: 'it uses exponent notation',
  not_finite: 'it is not a finite number',
  too_long: 'it is too long',
} as const;

const amountReasonFr = {
  wrong_type: "ce n'est ni un texte ni un nombre",
  empty: 'il est vide',
  not_a_decimal: "ce n'est pas un nombre décimal",
  exponent_notation: 'il est écrit en notation exponentielle',
  not_finite: "ce n'est pas un nombre fini",
  too_long: 'il est trop long',
} as const;

const minorReasonEn = {
  wrong_type: 'it is neither text nor a number',
  not_an_integer: 'it is not a whole number',
  unsafe_integer: 'it is too large to be exact as a JavaScript number',
  too_long: 'it is too long',
} as const;

const minorReasonFr = {
  wrong_type: "ce n'est ni un texte ni un nombre",
  not_an_integer: "ce n'est pas un nombre entier",
  unsafe_integer: 'il est trop grand pour être représenté exactement par un nombre JavaScript',
  too_long: 'il est trop long',
} as const;

const allocationEn = {
  no_weights: 'the list of weights is empty; give one weight per part',
  weight_invalid: 'a weight is not a decimal number; use numbers or plain decimal text',
  weight_not_finite: 'a weight is not finite; use finite numbers',
  weight_negative: 'a weight is negative; use weights of zero or more',
  weight_out_of_range: 'the weights span too many digits; scale them to a narrower range',
  all_weights_zero: 'every weight is zero; give at least one weight above zero',
} as const;

const allocationFr = {
  no_weights: 'la liste des poids est vide ; donnez un poids par part',
  weight_invalid: "un poids n'est pas un nombre décimal ; utilisez des nombres ou du texte décimal",
  weight_not_finite: "un poids n'est pas fini ; utilisez des nombres finis",
  weight_negative: 'un poids est négatif ; utilisez des poids positifs ou nuls',
  weight_out_of_range: 'les poids couvrent trop de chiffres ; ramenez-les à une plage plus étroite',
  all_weights_zero: 'tous les poids sont nuls ; donnez au moins un poids supérieur à zéro',
} as const;

// The index is zero-based, so it is named as an index ("weight #2" would read as the second).
const at = (index: number | undefined, en: boolean): string =>
  index === undefined
    ? ''
    : en
      ? ` (weight at index ${String(index)})`
      : ` (poids d'indice ${String(index)})`;

/**
 * Puts a described input in French quotes: `"12,50"` → `« 12,50 »` (a cut text keeps its `…`).
 * Other descriptions (`12.5`, `null`, `array`) are not quoted text and stay as they are.
 */
function quoteFr(description: string): string {
  const quoted = /^"(.*)"(…?)$/su.exec(description);
  return quoted === null ? description : `« ${quoted[1] ?? ''} »${quoted[2] ?? ''}`;
}

/** English and French messages for every money error code. */
export const moneyMessages: MessageCatalog<MoneyError> = {
  'money/amount_invalid': {
    en: (e) =>
      `The amount ${e.input} is not valid: ${amountReasonEn[e.reason]}. Send a plain decimal such as "12.50".`,
    fr: (e) =>
      `Le montant ${quoteFr(e.input)} n'est pas valide : ${amountReasonFr[e.reason]}. Envoyez un nombre décimal avec un point, sans exposant, par exemple « 12.50 ».`,
  },
  'money/amount_out_of_range': {
    en: (e) =>
      e.reason === 'too_large'
        ? `The amount ${e.input} is too large. Amounts must be below ${e.maxAbsExclusive} in absolute value; check the unit (cents versus euros).`
        : `The amount ${e.input} has too many decimals. Round it to at most ${String(e.maxFractionDigits)} decimals.`,
    fr: (e) =>
      e.reason === 'too_large'
        ? `Le montant ${quoteFr(e.input)} est trop grand. Il doit rester inférieur à ${e.maxAbsExclusive} en valeur absolue ; vérifiez l'unité (centimes ou euros).`
        : `Le montant ${quoteFr(e.input)} a trop de décimales. Arrondissez-le à ${String(e.maxFractionDigits)} décimales au plus.`,
  },
  'money/currency_unknown': {
    en: (e) =>
      `The currency ${e.currency} is not an active ISO 4217 code. Use an upper-case code such as EUR.`,
    fr: (e) =>
      `La devise ${quoteFr(e.currency)} n'est pas un code ISO 4217 en vigueur. Utilisez un code en majuscules comme EUR.`,
  },
  'money/currency_mismatch': {
    en: (e) =>
      `${e.operation} cannot combine ${e.actual} with ${e.expected}. Convert the amounts to one currency first.`,
    fr: (e) =>
      `${e.operation} ne peut pas combiner ${e.actual} et ${e.expected}. Convertissez d'abord les montants dans une même devise.`,
  },
  'money/minor_units_invalid': {
    en: (e) =>
      `The minor-unit amount ${e.input} is not valid: ${minorReasonEn[e.reason]}. Send a whole number of cents, as a safe integer, a bigint or integer text.`,
    fr: (e) =>
      `Le montant en unités mineures ${quoteFr(e.input)} n'est pas valide : ${minorReasonFr[e.reason]}. Envoyez un nombre entier de centimes : un entier exact en JavaScript, un bigint ou un entier sous forme de texte.`,
  },
  'money/fraction_digits_invalid': {
    en: (e) =>
      `${String(e.fractionDigits)} is not a valid number of decimals. Use a whole number from 0 to ${String(e.max)}.`,
    fr: (e) =>
      `${String(e.fractionDigits)} n'est pas un nombre de décimales valide. Utilisez un entier de 0 à ${String(e.max)}.`,
  },
  'money/rounding_mode_invalid': {
    en: (e) =>
      `Unknown rounding mode ${e.mode}. Use half_even, half_up, half_down, up, down, ceil or floor.`,
    fr: (e) =>
      `Mode d'arrondi inconnu : ${quoteFr(e.mode)}. Utilisez half_even, half_up, half_down, up, down, ceil ou floor.`,
  },
  'money/allocation_invalid': {
    en: (e) => `Cannot split the amount${at(e.index, true)}: ${allocationEn[e.reason]}.`,
    fr: (e) =>
      `Impossible de répartir le montant${at(e.index, false)} : ${allocationFr[e.reason]}.`,
  },
};
