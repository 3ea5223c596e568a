/**
 * fast-check arbitraries for ordokit's data, for property-based test suites.
 *
 * Requires `fast-check` 4 (an optional peer dependency of ordokit).
 *
 * @packageDocumentation
 */
export {};
