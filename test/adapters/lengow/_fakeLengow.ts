// A local Lengow API v3 for the connector's tests: node:http on 127.0.0.1, following the
// documented contract (token exchange, `Authorization: <token>`, `account_id` on every call,
// page-number lists with `next`, queued actions, `PATCH /v3.0/orders/moi/`), with failures that
// a test schedules.
import { readFileSync } from 'node:fs';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';

export const credentials = { accessToken: 'ak-test', secret: 'sk-test', accountId: 1234 };

/** A failure the server answers instead of serving the next matching request. */
export type Failure =
  | { readonly kind: '429'; readonly retryAfter?: string }
  | { readonly kind: '401' | '500' | '503' | '530' | '540' | '404' }
  | { readonly kind: 'html' | 'badJson' | 'hang' | 'reset' };

/** Which requests a scheduled failure applies to. */
export type FailureScope = 'any' | 'token' | 'api';

export interface RecordedRequest {
  readonly method: string;
  readonly path: string;
  readonly query: URLSearchParams;
  readonly authorization: string | undefined;
  readonly contentType: string | undefined;
  readonly body: string;
}

export interface FakeAction {
  readonly id: number;
  readonly body: Record<string, unknown>;
  queued: boolean;
  processed: boolean;
  errors: unknown;
  polls: number;
  readonly outcome: ActionOutcome;
}

/** What becomes of the next actions created: done or in error after `polls` listings. */
export interface ActionOutcome {
  readonly polls: number;
  readonly result: 'done' | 'error';
  readonly message?: string;
}

type Json = Record<string, unknown>;

/** The Lengow order fixture the connector's mapper is tested with. */
export function lengowFixture(name: string): Json {
  const path = join(import.meta.dirname, '../../channels/mappers/fixtures', `lengow-${name}.json`);
  return JSON.parse(readFileSync(path, 'utf8')) as Json;
}

/** `count` orders from the simple fixture, updated one minute apart from `start`. */
export function makeOrders(count: number, start = Date.parse('2026-03-01T00:00:00Z')): Json[] {
  const base = lengowFixture('simple');
  return Array.from({ length: count }, (_, i) => {
    const at = new Date(start + i * 60_000).toISOString();
    return {
      ...base,
      marketplace_order_id: `402-0000000-${String(i).padStart(7, '0')}`,
      marketplace_order_date: at,
      imported_at: at,
      updated_at: at,
    };
  });
}

export class FakeLengow {
  url = '';
  orders: Json[] = [];
  readonly requests: RecordedRequest[] = [];
  readonly actions: FakeAction[] = [];
  tokensIssued = 0;
  actionOutcome: ActionOutcome = { polls: 2, result: 'done' };
  actionsPageSize = 3;
  private readonly valid = new Set<string>();
  private readonly schedule: { failure: Failure; scope: FailureScope }[] = [];
  private readonly hanging = new Set<ServerResponse>();
  private nextActionId = 9_000_000;
  private readonly server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      this.handle(req, res, Buffer.concat(chunks).toString('utf8'));
    });
  });

  async start(): Promise<void> {
    await new Promise<void>((resolve) => this.server.listen(0, '127.0.0.1', resolve));
    const { port } = this.server.address() as AddressInfo;
    this.url = `http://127.0.0.1:${String(port)}`;
  }

  async close(): Promise<void> {
    for (const res of this.hanging) res.destroy();
    this.server.closeAllConnections();
    await new Promise<void>((resolve) =>
      this.server.close(() => {
        resolve();
      }),
    );
  }

  /** Back to a fresh server: no tokens, no actions, no schedule, no recorded requests. */
  reset(): void {
    this.orders = [];
    this.requests.length = 0;
    this.actions.length = 0;
    this.tokensIssued = 0;
    this.nextActionId = 9_000_000;
    this.actionsPageSize = 3;
    this.actionOutcome = { polls: 2, result: 'done' };
    this.valid.clear();
    this.schedule.length = 0;
    for (const res of this.hanging) res.destroy();
    this.hanging.clear();
  }

  /** Queues failures, answered in turn to the next requests of the scope. */
  fail(failures: readonly Failure[], scope: FailureScope = 'any'): void {
    for (const failure of failures) this.schedule.push({ failure, scope });
  }

  /** Makes every token issued so far expire (the server answers 401 to them). */
  expireTokens(): void {
    this.valid.clear();
  }

  /** The requests made to a path (without the token exchange unless asked). */
  calls(path: string): RecordedRequest[] {
    return this.requests.filter((r) => r.path === path);
  }

  private handle(req: IncomingMessage, res: ServerResponse, body: string): void {
    const url = new URL(req.url ?? '/', 'http://local');
    const isToken = url.pathname === '/access/get_token';
    this.requests.push({
      method: req.method ?? '',
      path: url.pathname,
      query: url.searchParams,
      authorization: req.headers.authorization,
      contentType: req.headers['content-type'],
      body,
    });
    const index = this.schedule.findIndex(
      (s) => s.scope === 'any' || (s.scope === 'token') === isToken,
    );
    if (index >= 0) {
      const [scheduled] = this.schedule.splice(index, 1);
      if (scheduled !== undefined) {
        this.answerFailure(req, res, scheduled.failure);
        return;
      }
    }
    if (isToken) {
      this.token(req, res, body);
      return;
    }
    if (!this.valid.has(req.headers.authorization ?? '')) {
      send(res, 401, { error: { message: 'Invalid or expired token', code: 401 } });
      return;
    }
    const route = `${req.method ?? ''} ${url.pathname}`;
    if (route === 'GET /v3.0/orders/') {
      this.listOrders(res, url);
      return;
    }
    if (route === 'POST /v3.0/orders/actions/') {
      this.createAction(res, body);
      return;
    }
    if (route === 'GET /v3.0/orders/actions/') {
      this.listActions(res, url);
      return;
    }
    if (route === 'PATCH /v3.0/orders/moi/') {
      this.setMerchantOrderId(res, body);
      return;
    }
    send(res, 404, { error: { message: `Not found: ${url.pathname}`, code: 404 } });
  }

  private answerFailure(req: IncomingMessage, res: ServerResponse, failure: Failure): void {
    switch (failure.kind) {
      case '429':
        res.setHeader('Retry-After', failure.retryAfter ?? '30');
        {
          send(res, 429, {
            error: { code: 429, message: 'Request limitation: 500 reached on /v3.0/orders' },
          });
          return;
        }
      case 'html':
        res.writeHead(200, { 'Content-Type': 'text/html' });
        res.end('<html><body>Proxy login</body></html>');
        return;
      case 'badJson': {
        send(res, 200, { unexpected: true });
        return;
      }
      case 'hang':
        this.hanging.add(res);
        return;
      case 'reset':
        req.socket.destroy();
        return;
      default: {
        send(res, Number(failure.kind), {
          error: { message: `Scheduled ${failure.kind}`, code: Number(failure.kind) },
        });
        return;
      }
    }
  }

  private token(req: IncomingMessage, res: ServerResponse, body: string): void {
    const form = new URLSearchParams(body);
    if (
      req.method !== 'POST' ||
      form.get('access_token') !== credentials.accessToken ||
      form.get('secret') !== credentials.secret
    ) {
      send(res, 400, { error: { message: 'Invalid access_token or secret', code: 400 } });
      return;
    }
    this.tokensIssued++;
    const token = `token-${String(this.tokensIssued)}`;
    this.valid.add(token);
    send(res, 200, { token, account_id: credentials.accountId });
  }

  private listOrders(res: ServerResponse, url: URL): void {
    const q = url.searchParams;
    if (q.get('account_id') !== String(credentials.accountId)) {
      send(res, 400, { error: { message: 'account_id is mandatory', code: 400 } });
      return;
    }
    const page = Number(q.get('page') ?? '1');
    const size = Number(q.get('page_size') ?? '100');
    if (!Number.isInteger(size) || size < 1 || size > 100) {
      send(res, 400, { error: { message: 'page_size must be 1 to 100', code: 400 } });
      return;
    }
    const from = q.get('updated_from');
    const matching = this.orders.filter(
      (o) => from === null || Date.parse(String(o['updated_at'])) >= Date.parse(from),
    );
    sendPage(res, url, matching, page, size);
  }

  private createAction(res: ServerResponse, body: string): void {
    const json = parseObject(body);
    const type = json?.['action_type'];
    if (
      json === undefined ||
      json['account_id'] !== credentials.accountId ||
      typeof json['marketplace'] !== 'string' ||
      typeof json['marketplace_order_id'] !== 'string' ||
      !['accept', 'refuse', 'ship', 'cancel', 'refund'].includes(String(type))
    ) {
      send(res, 400, { error: { message: 'Invalid action arguments', code: 400 } });
      return;
    }
    if (type === 'ship' && (typeof json['tracking_number'] !== 'string' || !json['carrier'])) {
      send(res, 400, { error: { message: 'tracking_number is required', code: 400 } });
      return;
    }
    const action: FakeAction = {
      id: this.nextActionId++,
      body: json,
      queued: true,
      processed: false,
      errors: null,
      polls: 0,
      outcome: this.actionOutcome,
    };
    this.actions.push(action);
    send(res, 201, view(action));
  }

  private listActions(res: ServerResponse, url: URL): void {
    const q = url.searchParams;
    const matching = this.actions.filter(
      (a) =>
        ['marketplace_order_id', 'marketplace', 'action_type'].every(
          (k) => !q.has(k) || a.body[k] === q.get(k),
        ) &&
        (!q.has('queued') || a.queued === (q.get('queued') === 'True')),
    );
    for (const action of matching) {
      action.polls++;
      if (action.queued && action.polls >= action.outcome.polls) {
        action.queued = false;
        if (action.outcome.result === 'done') action.processed = true;
        else action.errors = [action.outcome.message ?? 'Marketplace refused the action'];
      }
    }
    sendPage(res, url, matching.map(view), Number(q.get('page') ?? '1'), this.actionsPageSize);
  }

  private setMerchantOrderId(res: ServerResponse, body: string): void {
    const json = parseObject(body);
    const ids = json?.['merchant_order_id'];
    const order = this.orders.find(
      (o) =>
        o['marketplace'] === json?.['marketplace'] &&
        o['marketplace_order_id'] === json?.['marketplace_order_id'],
    );
    if (json?.['account_id'] !== credentials.accountId || !Array.isArray(ids)) {
      send(res, 400, { error: { message: 'Invalid arguments', code: 400 } });
      return;
    }
    if (order === undefined) {
      send(res, 404, { error: { message: 'Order not found', code: 404 } });
      return;
    }
    order['merchant_order_id'] = ids;
    send(res, 200, { marketplace_order_id: order['marketplace_order_id'], merchant_order_id: ids });
  }
}

function view(action: FakeAction): Json {
  return {
    ...action.body,
    id: action.id,
    queued: action.queued,
    processed: action.processed,
    errors: action.errors,
    created_at: '2026-03-10T12:00:00Z',
    updated_at: '2026-03-10T12:00:00Z',
  };
}

function sendPage(
  res: ServerResponse,
  url: URL,
  items: unknown[],
  page: number,
  size: number,
): void {
  const start = (page - 1) * size;
  const more = start + size < items.length;
  const link = (p: number) => {
    const next = new URL(url.toString());
    next.searchParams.set('page', String(p));
    return next.toString();
  };
  send(res, 200, {
    count: items.length,
    next: more ? link(page + 1) : null,
    previous: page > 1 ? link(page - 1) : null,
    results: items.slice(start, start + size),
  });
}

function parseObject(body: string): Json | undefined {
  try {
    const json: unknown = JSON.parse(body);
    return typeof json === 'object' && json !== null && !Array.isArray(json)
      ? (json as Json)
      : undefined;
  } catch {
    return undefined;
  }
}

function send(res: ServerResponse, status: number, body: unknown): void {
  res.writeHead(status, { 'Content-Type': 'application/json' });
  res.end(JSON.stringify(body));
}
