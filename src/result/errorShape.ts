/**
 * A stable error code: `<module>/<snake_case_reason>`, e.g. `money/currency_mismatch`.
 *
 * Codes are part of the public API: they never change meaning once released.
 */
export type ErrorCode = `${string}/${string}`;

/**
 * The shape every ordokit error value shares: a stable `code` plus typed fields that say
 * what was wrong (never prose; messages are rendered from the code by `formatError`).
 */
export interface ErrorShape {
  readonly code: ErrorCode;
}

/** The languages in which ordokit renders messages for operators. */
export type Locale = 'en' | 'fr';

/**
 * Message renderers for a union of errors: one entry per code, in every {@link Locale}.
 *
 * The mapped type makes a missing code or a missing language a compile error.
 *
 * @example
 * ```ts
 * const messages: MessageCatalog<MoneyError> = {
 *   'money/currency_unknown': {
 *     en: (e) => `Unknown currency "${e.currency}". Use an ISO 4217 code such as EUR.`,
 *     fr: (e) => `Devise inconnue « ${e.currency} ». Utilisez un code ISO 4217 comme EUR.`,
 *   },
 *   // …every other code of MoneyError
 * };
 * ```
 */
export type MessageCatalog<E extends ErrorShape> = {
  readonly [C in E['code']]: {
    readonly [L in Locale]: (error: Extract<E, { readonly code: C }>) => string;
  };
};
