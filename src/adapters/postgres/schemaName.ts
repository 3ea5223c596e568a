import { OrdokitError } from '../../result/index.js';
import type { StoreSchemaNameInvalid } from '../../ports/index.js';

/** A PostgreSQL identifier that needs no quoting: lower case, digits, `_`, at most 63 bytes. */
const schemaPattern = /^[a-z_][a-z0-9_]{0,62}$/;

/** The schema ordokit uses when none is given. */
const defaultSchema = 'ordokit';

/**
 * Checks a schema name before it is written into SQL (names cannot be parameters).
 *
 * @param schema - the name given, `'ordokit'` when undefined
 * @returns the name, safe to write unquoted
 * @throws OrdokitError `store/schema_name_invalid` when it is not `^[a-z_][a-z0-9_]{0,62}$`
 */
export function checkSchemaName(schema: string | undefined): string {
  const name = schema ?? defaultSchema;
  if (!schemaPattern.test(name)) {
    throw new OrdokitError<StoreSchemaNameInvalid>(
      { code: 'store/schema_name_invalid', schema: name },
      `ordokit/postgres: "${name}" is not an accepted schema name (^[a-z_][a-z0-9_]{0,62}$)`,
    );
  }
  return name;
}
