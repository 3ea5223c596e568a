/** What an id is for; generators may use it as a prefix (`ord-…`, `hold-…`). */
export type IdKind = 'order' | 'parcel' | 'hold' | 'rma' | 'refund' | 'message' | 'lease';

/**
 * Where the engine gets new ids: the only source of identifiers in ordokit. Ids must be unique
 * per kind within a tenant, 1 to 128 characters on one line without surrounding spaces. Hosts
 * typically return UUIDs or ULIDs; tests use `createSequentialIds` from `ordokit/memory`.
 *
 * @example
 * ```ts
 * const ids: IdGenerator = { next: (kind) => `${kind}-${crypto.randomUUID()}` };
 * ```
 */
export interface IdGenerator {
  /**
   * A fresh id.
   *
   * @param kind - what the id is for
   */
  next(kind: IdKind): string;
}
