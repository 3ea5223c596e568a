// Lengow API v3 as this connector uses it: every documented fact and every assumption in one
// place (docs/lengow.md lists which is which).

/** The connector's channel code and the `target` of its failures. */
export const channel = 'lengow';

/** Production host (documented). */
export const defaultBaseUrl = 'https://api.lengow.io';

/** Routes (documented; the trailing slashes are Lengow's own). */
export const paths = {
  token: '/access/get_token',
  orders: '/v3.0/orders/',
  actions: '/v3.0/orders/actions/',
  merchantOrderId: '/v3.0/orders/moi/',
} as const;

/** A session token lives one hour (documented). */
export const tokenLifetimeMs = 3600 * 1000;

/** Assumption: renew a token one minute before its hour ends, so that no call races the end. */
export const tokenRenewMarginMs = 60 * 1000;

/** `page_size` may not exceed 100 (documented). */
export const maxPageSize = 100;

/** Assumption: without a cursor or `since`, read the orders updated in the last 7 days (Lengow's own default window). */
export const firstWindowMs = 7 * 24 * 3600 * 1000;

/**
 * Assumption: a new window never starts later than 5 minutes before the previous one opened, so
 * that an order updated while a window was read (and moved before the page being read) is read
 * by the next window even if the host's clock runs ahead of Lengow's.
 */
export const windowOverlapMs = 5 * 60 * 1000;

/** Assumption: a call that does not answer in 30 s is a timeout (Lengow's balancer allows 350 s). */
export const defaultTimeoutMs = 30_000;

/** Lengow's "logical error" status: the input was refused (documented). */
export const logicalErrorStatus = 530;

/** Assumption: the most pages of an order's action list read to find an action. */
export const maxActionPages = 10;

/** The most characters kept from a remote message in a failure's `detail`. */
export const maxDetailLength = 500;

/** The most characters a receipt handle may hold (`ActionReceiptSchema`). */
export const maxHandleLength = 500;

/** Assumption: Lengow's action ids are short tokens (integers in every example). */
export const actionIdPattern = /^[A-Za-z0-9_-]{1,20}$/;

/** The most characters an action id may take in a handle, with its separator. */
export const actionIdRoom = 21;
