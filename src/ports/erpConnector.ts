import type { ConnectorContext, ConnectorResult } from './connector.js';
import type { SaleRequest } from './effects.js';

/** The ERP's answer to a sale: the number of the document it made (sale order, invoice). */
export interface SaleAck {
  readonly kind: 'sale' | 'invoice';
  readonly number: string;
}

/**
 * An ERP, as the engine sees it: it records sales; the document number comes back into the
 * order (`erp.document_linked`). Invoices, credit notes and payments stay the ERP's business.
 *
 * @example
 * ```ts
 * const erp: ErpConnector = {
 *   code: 'odoo',
 *   async recordSale(request, context) {
 *     const number = await odoo.createSaleOrder(request.order, context.idempotencyKey);
 *     return ok({ kind: 'sale', number });
 *   },
 * };
 * ```
 */
export interface ErpConnector {
  /** The ERP's code, the `target` of its effects. */
  readonly code: string;
  /** Records a sale (draft when invoicing is deferred); the same key must never record twice. */
  recordSale(request: SaleRequest, context: ConnectorContext): ConnectorResult<SaleAck>;
}
