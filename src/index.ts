/**
 * ordokit: an embeddable order management domain library.
 *
 * The main entry exports the pure domain: results and errors, money, addresses, orders.
 * Optional parts live in subpath entries (`ordokit/testing`).
 *
 * @packageDocumentation
 */
export * from './result/index.js';
export * from './errors/index.js';
export * from './money/index.js';
export * from './address/index.js';
export * from './lifecycle/index.js';
export * from './parcel/index.js';
export * from './rma/index.js';
export * from './order/index.js';
export * from './channels/index.js';
export * from './inventory/index.js';
export * from './routing/index.js';
export * from './availability/index.js';
export * from './ports/index.js';
export * from './engine/index.js';
