import { z } from 'zod';
import type { ConnectorFailure } from '../../../ports/index.js';
import { err, ok, type Result } from '../../../result/index.js';
import type { FetchLike, FetchLikeInit, FetchLikeResponse } from '../fetchLike.js';
import { logicalErrorStatus, paths, tokenLifetimeMs, tokenRenewMarginMs } from './contract.js';
import {
  isAbort,
  messageOf,
  readErrorText,
  readRetryAfter,
  rejected,
  timedOut,
  unavailable,
} from './failures.js';

/** What the connector needs to reach Lengow. */
export interface HttpSettings {
  readonly fetch: FetchLike;
  readonly accessToken: string;
  readonly secret: string;
  readonly baseUrl: string;
  readonly timeoutMs: number;
}

/** One call to Lengow's API, authenticated with the session token. */
export interface ApiCall {
  readonly method: 'GET' | 'POST' | 'PATCH';
  readonly path: string;
  readonly query?: Readonly<Record<string, string>>;
  readonly json?: unknown;
}

/** A 2xx answer: the status and the body as text. */
export interface ApiAnswer {
  readonly status: number;
  readonly body: string;
}

/** What came back over the wire, before it is judged. */
interface Exchanged {
  readonly status: number;
  readonly body: string;
  readonly retryAfter: string | null;
}

/** A 401 or 403: the caller may renew the token and try again. */
interface AuthRefused {
  readonly ok: false;
  readonly error: 'auth';
  readonly status: number;
  readonly text: string;
}

const TokenSchema = z.looseObject({ token: z.string().min(1).max(4096) });

interface Session {
  readonly token: string;
  /** When it must be renewed, epoch ms (NaN when the call's `now` was unreadable: never). */
  readonly renewAt: number;
}

/**
 * Lengow's HTTP conversation: the session token (obtained lazily, reused, renewed before its
 * hour ends and once after a 401 or 403), and the translation of every answer or exception
 * into a value. It never throws and never sleeps.
 */
export class LengowHttp {
  private session: Session | undefined;
  private pending: Promise<Result<Session, ConnectorFailure>> | undefined;

  constructor(private readonly settings: HttpSettings) {}

  /**
   * Makes one authenticated call and answers its 2xx response, or the failure.
   *
   * @param call - the route, query and JSON body
   * @param now - the call's instant (ISO 8601), for token age and `Retry-After`
   */
  async send(call: ApiCall, now: string): Promise<Result<ApiAnswer, ConnectorFailure>> {
    const first = await this.sessionFor(now);
    if (!first.ok) return first;
    const answer = await this.attempt(call, first.value.token, now);
    if (answer.ok || answer.error !== 'auth') return answer;
    // 401/403: the token may have expired early or been revoked; renew it once, retry once.
    if (this.session?.token === first.value.token) this.session = undefined;
    const second = await this.sessionFor(now);
    if (!second.ok) return second;
    const retried = await this.attempt(call, second.value.token, now);
    if (retried.ok || retried.error !== 'auth') return retried;
    // Credentials are the seller's to fix: retry later (a rejection would fail the action
    // for good in the journal, and it would never be sent once the credentials are fixed).
    return err(unavailable(`${String(retried.status)} after a new token: ${retried.text}`));
  }

  private async attempt(
    call: ApiCall,
    token: string,
    now: string,
  ): Promise<Result<ApiAnswer, ConnectorFailure> | AuthRefused> {
    const url = this.url(call.path, call.query);
    const headers: Record<string, string> = { Accept: 'application/json', Authorization: token };
    const init: FetchLikeInit =
      call.json === undefined
        ? { method: call.method, headers }
        : {
            method: call.method,
            headers: { ...headers, 'Content-Type': 'application/json' },
            body: JSON.stringify(call.json),
          };
    const answer = await this.exchange(url, init);
    if (!answer.ok) return answer;
    const { status, body } = answer.value;
    if (status === 401 || status === 403) {
      return { ok: false, error: 'auth', status, text: readErrorText(body) };
    }
    const failure = classify(answer.value, now);
    return failure === undefined ? ok({ status, body }) : err(failure);
  }

  private sessionFor(now: string): Promise<Result<Session, ConnectorFailure>> {
    const current = this.session;
    if (current !== undefined && !(Date.parse(now) >= current.renewAt)) {
      return Promise.resolve(ok(current));
    }
    // Concurrent calls share one token request.
    this.pending ??= this.requestToken(now).finally(() => {
      this.pending = undefined;
    });
    return this.pending;
  }

  private async requestToken(now: string): Promise<Result<Session, ConnectorFailure>> {
    const form = new URLSearchParams({
      access_token: this.settings.accessToken,
      secret: this.settings.secret,
    }).toString();
    const answer = await this.exchange(this.url(paths.token), {
      method: 'POST',
      headers: { Accept: 'application/json', 'Content-Type': 'application/x-www-form-urlencoded' },
      body: form,
    });
    if (!answer.ok) return answer;
    const { status, body } = answer.value;
    if (status === 400 || status === 401 || status === 403) {
      return err(unavailable(`token refused (${String(status)}): ${readErrorText(body)}`));
    }
    const failure = classify(answer.value, now);
    if (failure !== undefined) return err(failure);
    const parsed = TokenSchema.safeParse(parseJson(body));
    if (!parsed.success) return err(unavailable(`unexpected token answer: ${body}`));
    const session = {
      token: parsed.data.token,
      renewAt: Date.parse(now) + tokenLifetimeMs - tokenRenewMarginMs,
    };
    this.session = session;
    return ok(session);
  }

  /** Calls fetch and reads the body; exceptions become values. */
  private async exchange(
    url: string,
    init: FetchLikeInit,
  ): Promise<Result<Exchanged, ConnectorFailure>> {
    try {
      const signal = AbortSignal.timeout(this.settings.timeoutMs);
      const response: FetchLikeResponse = await this.settings.fetch(url, { ...init, signal });
      const status: unknown = response.status;
      const body: unknown = await response.text();
      if (typeof status !== 'number' || typeof body !== 'string') {
        return err(unavailable('the fetch function answered something that is not a response'));
      }
      const retryAfter: unknown = status === 429 ? response.headers.get('retry-after') : null;
      return ok({ status, body, retryAfter: typeof retryAfter === 'string' ? retryAfter : null });
    } catch (error) {
      const message = messageOf(error);
      return err(isAbort(error) ? timedOut(message) : unavailable(message));
    }
  }

  private url(path: string, query?: Readonly<Record<string, string>>): string {
    const search = query === undefined ? '' : `?${new URLSearchParams(query).toString()}`;
    return `${this.settings.baseUrl}${path}${search}`;
  }
}

/** The failure a non-2xx status stands for, or undefined for a 2xx. */
function classify(response: Exchanged, now: string): ConnectorFailure | undefined {
  const { status, body } = response;
  if (status >= 200 && status < 300) return undefined;
  const words = `${String(status)}: ${readErrorText(body)}`;
  if (status === 429) return unavailable(words, readRetryAfter(response.retryAfter, now));
  if (status === 408) return { code: 'connector/timeout', target: 'lengow', detail: words };
  if (status === 409 || status === 425) return unavailable(words);
  if (status === logicalErrorStatus) return rejected(words);
  if (status >= 400 && status < 500) return rejected(words);
  return unavailable(words);
}

/** The JSON in a body, or undefined when it is not JSON. */
export function parseJson(body: string): unknown {
  try {
    return JSON.parse(body) as unknown;
  } catch {
    return undefined;
  }
}
