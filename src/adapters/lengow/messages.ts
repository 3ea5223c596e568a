import type { MessageCatalog } from '../../result/index.js';
import type { LengowError } from './errors.js';

/**
 * English and French messages for the errors of `ordokit/lengow`. The library-wide
 * `formatError` does not know them (adapters sit above the error catalog): render them with
 * this catalog.
 *
 * @example
 * ```ts
 * if (isOrdokitError(e) && e.code === 'lengow/options_invalid')
 *   console.log(lengowMessages['lengow/options_invalid'].en(e.detail as LengowOptionsInvalid));
 * ```
 */
export const lengowMessages: MessageCatalog<LengowError> = {
  'lengow/options_invalid': {
    en: (e) =>
      `The Lengow connector option ${e.option} is invalid: it must be ${e.expected}. Fix the options passed to createLengowApi.`,
    fr: (e) =>
      `L'option ${e.option} du connecteur Lengow est invalide : elle doit être ${e.expected}. Corrigez les options passées à createLengowApi.`,
  },
};
