// The one call pipeline every provider uses. A provider writes its protocol (how a call goes on its wire, how its
// answers say "failed" or "session expired"); this file does the rest, in this order:
//
//   session (apply, single-flight re-login on expiry, one resend)
//     -> HttpClient (deadline and signal, retries of safe calls on 5xx/429/resets, redirects, cookies per origin)
//       -> status check (a status the protocol does not read is core's error for it, Retry-After kept)
//         -> the answer read once, whole, under the idle timeout and a size limit (a safe call whose answer broke
//            off is sent again, within the same retry budget)
//           -> the protocol's decode (its failures thrown as core errors), anything else thrown mapped to one,
//              naming the provider and the operation.
//
// docs/decisions/0014-one-call-pipeline.md says why this shape and not a middleware stack.

import { createDeadline, sleep } from './deadline.js';
import { readText } from './download.js';
import {
  errorFromStatus,
  type FileClientError,
  isAbortError,
  isFileClientError,
  isProtocolError,
  isTimeoutError,
  isTransportError,
  ProtocolError,
  type ProviderId,
} from './errors.js';
import {
  createHttpTransport,
  type HttpClient,
  type HttpClientOptions,
  type HttpRequestInit,
  toClientError,
} from './http.js';
import type { RequestBodySource } from './request-body.js';
import { backoffDelay, parseRetryAfter, type RetryOptions, resolveRetryPolicy } from './retry.js';
import type { Session } from './session.js';

/** Per-call options every provider method takes. */
export interface CallOptions {
  readonly signal?: AbortSignal | undefined;
  /** Overall deadline of this call: every attempt and reading the answer. */
  readonly timeoutMs?: number | undefined;
  /** Longest wait without progress (request bytes sent, headers, answer bytes); 0 disables. */
  readonly idleTimeoutMs?: number | undefined;
}

/** An answer read whole. */
export interface Answer {
  readonly status: number;
  readonly headers: Headers;
  readonly text: string;
}

/** One call as the provider's protocol wrote it. */
export interface Operation<T> {
  /** The name in errors and logs: an Action, a SOAP operation, a GraphQL field, an API path's last segment. */
  readonly name: string;
  /** Sending it twice changes nothing (a read): retried after a 5xx, a 429, a reset or a broken answer. */
  readonly safe: boolean;
  /** `false`: no login first and no renewal on expiry (login and logout themselves, public calls). Default true. */
  readonly relogin?: boolean;
  /** `true`: no cookie or credential of the session goes out with it, none is stored from it. Default false. */
  readonly anonymous?: boolean;
  readonly url: string | URL;
  /** Default POST. */
  readonly method?: string;
  /** Read when the attempt starts, so a resend after a re-login carries the new credentials. */
  readonly headers?: HeadersInit | (() => HeadersInit);
  readonly body?: BodyInit | RequestBodySource | null | (() => BodyInit | RequestBodySource | null);
  /** Reads the answer; throws core errors for the protocol's failures. */
  readonly decode: (answer: Answer) => T;
}

/** What a provider says about its wire once, for every call. */
export interface Protocol {
  readonly provider: ProviderId;
  /**
   * Statuses other than 2xx whose body is the protocol's own answer and goes to `decode` (a SOAP Fault's 500, a
   * GraphQL error). Default: none, so a 4xx or 5xx is core's error for its status, the body unread.
   */
  readonly readsStatus?: (response: Response) => boolean;
  /** Which responses core retries for a safe call. Default: core's (408, 425, 429, 500, 502, 503, 504). */
  readonly retryOn?: (response: Response) => boolean;
  /**
   * Whether a failure means the session is gone (then: one single-flight login, one resend). `renewed` says that
   * another call logged in again while this one was in flight. Default: never.
   */
  readonly isExpired?: (error: FileClientError, renewed: boolean) => boolean | Promise<boolean>;
  /** 'error' (default: the API never redirects), 'follow' (core re-sends per hop) or 'manual'. */
  readonly redirect?: 'follow' | 'manual' | 'error';
  /** Refuse answers larger than this. Default 128 MiB. */
  readonly maxAnswerBytes?: number;
  /** An answer that is not valid UTF-8 is a ProtocolError (default: decoded lossily, as Response.text()). */
  readonly strictText?: boolean;
}

export interface CallerOptions extends Omit<HttpClientOptions, 'provider' | 'session'> {
  readonly protocol: Protocol;
  /** The client's session: cookies and credentials on every request, and the login that renews it. */
  readonly session?: Session | undefined;
}

/** A request whose body the caller reads itself (downloads, uploads with their own answer handling). */
export interface StreamOperation {
  readonly name: string;
  readonly safe: boolean;
  readonly relogin?: boolean;
  readonly anonymous?: boolean;
  readonly url: string | URL;
  readonly init?: Omit<HttpRequestInit, 'signal' | 'timeoutMs' | 'idleTimeoutMs'> | (() => HttpRequestInit);
}

export interface Caller {
  readonly provider: ProviderId;
  /** The HTTP client underneath, for what is not a call (a redirect to follow by hand, say). */
  readonly http: HttpClient;
  readonly session: Session | undefined;
  /** The idle timeout a call has when it names none (for reading a streamed body with checkedBody). */
  readonly idleTimeoutMs: number;
  /** One call through the whole pipeline. */
  call<T>(operation: Operation<T>, options?: CallOptions): Promise<T>;
  /** The session, the deadline, retries and the status check; the body is the caller's (checkedBody it). */
  open(operation: StreamOperation, options?: CallOptions): Promise<Response>;
  /** Runs `fn` in the session (log in first, renew once on expiry), mapping what it throws to core errors. */
  inSession<T>(name: string, relogin: boolean, fn: () => Promise<T>): Promise<T>;
}

const DEFAULT_MAX_ANSWER_BYTES = 128 * 1024 * 1024;

export function createCaller(options: CallerOptions): Caller {
  const { protocol, session, ...httpOptions } = options;
  const provider = protocol.provider;
  const retry: RetryOptions | false | undefined =
    options.retry === false || protocol.retryOn === undefined
      ? options.retry
      : { retryOn: protocol.retryOn, ...options.retry };
  const policy = resolveRetryPolicy(retry, isPassingFailure);
  const transport = createHttpTransport({ ...httpOptions, retry, provider, session });
  const http = transport.client;
  const log = options.logger;

  async function inSession<T>(name: string, relogin: boolean, fn: () => Promise<T>): Promise<T> {
    const mapped = () => fn().catch((error: unknown) => Promise.reject(clientError(error, name)));
    if (session === undefined || !relogin) return mapped();
    const isExpired = protocol.isExpired;
    if (isExpired === undefined) return session.ensureFresh().then(mapped);
    return session.withRelogin(mapped, (error, renewed) => isFileClientError(error) && isExpired(error, renewed));
  }

  function clientError(error: unknown, operation: string): FileClientError {
    return toClientError(error, undefined, { provider, operation, redactor: options.redactor });
  }

  /** Core's retry options for one request, counting its retries against the call's budget. */
  function budget(used: { n: number }): RetryOptions | false {
    if (retry === false) return false;
    return {
      ...retry,
      retries: Math.max(0, policy.retries - used.n),
      retryOn: (response) => policy.retryOn(response) && ++used.n > 0,
      retryOnError: (error) => policy.retryOnError(error) && ++used.n > 0,
    };
  }

  function requestInit(init: HttpRequestInit, call: CallOptions, anonymous: boolean | undefined): HttpRequestInit {
    const out: HttpRequestInit = { ...init };
    if (call.signal !== undefined) out.signal = call.signal;
    if (call.timeoutMs !== undefined) out.timeoutMs = call.timeoutMs;
    if (call.idleTimeoutMs !== undefined) out.idleTimeoutMs = call.idleTimeoutMs;
    if (anonymous === true) out.session = false;
    return out;
  }

  async function exchange<T>(operation: Operation<T>, call: CallOptions): Promise<T> {
    const details = { provider, operation: operation.name } as const;
    const context = { ...details, idempotent: operation.safe };
    const idleTimeoutMs = call.idleTimeoutMs ?? options.idleTimeoutMs ?? 60_000;
    const used = { n: 0 };
    for (;;) {
      const headers = typeof operation.headers === 'function' ? operation.headers() : operation.headers;
      const body = typeof operation.body === 'function' ? operation.body() : operation.body;
      const init: HttpRequestInit = { method: operation.method ?? 'POST', redirect: protocol.redirect ?? 'error' };
      if (headers !== undefined) init.headers = headers;
      if (body !== undefined) init.body = body;
      init.retry = budget(used);
      // The answer is read here, whole, under the request's deadline, which is released once it is read.
      const { response, deadline } = await transport.requestHeld(
        context,
        operation.url,
        requestInit(init, call, operation.anonymous),
      );
      if (!response.ok && protocol.readsStatus?.(response) !== true) {
        deadline.dispose();
        await response.body?.cancel().catch(() => undefined);
        throw httpStatusError(response, details);
      }
      let text: string;
      try {
        text = await readText(response, details, {
          idleTimeoutMs,
          maxBytes: protocol.maxAnswerBytes ?? DEFAULT_MAX_ANSWER_BYTES,
          fatal: protocol.strictText === true,
          deadline,
        });
      } catch (error) {
        deadline.dispose();
        const failure = clientError(error, operation.name);
        // The answer broke off: the call never completed, so a read may be sent again.
        const broken = isPassingFailure(failure) || (isProtocolError(failure) && failure.code === 'TRUNCATED');
        if (!operation.safe || !broken || used.n >= policy.retries || call.signal?.aborted === true) throw failure;
        const delay = backoffDelay(policy, used.n);
        used.n += 1;
        log?.(`retry ${used.n}/${policy.retries} of ${operation.name} in ${delay} ms after a broken answer`);
        await pause(delay, call.signal, details);
        continue;
      }
      deadline.dispose();
      return decodeAnswer(operation, { status: response.status, headers: response.headers, text });
    }
  }

  function decodeAnswer<T>(operation: Operation<T>, answer: Answer): T {
    try {
      return operation.decode(answer);
    } catch (error) {
      if (isFileClientError(error)) throw error;
      throw new ProtocolError(`the answer could not be read: ${error instanceof Error ? error.message : error}`, {
        provider,
        operation: operation.name,
        status: answer.status,
        cause: error,
      });
    }
  }

  return {
    provider,
    http,
    session,
    idleTimeoutMs: options.idleTimeoutMs ?? 60_000,
    call: (operation, call = {}) =>
      inSession(operation.name, operation.relogin !== false, () => exchange(operation, call)),
    open: (operation, call = {}) =>
      inSession(operation.name, operation.relogin !== false, async () => {
        const init = typeof operation.init === 'function' ? operation.init() : (operation.init ?? {});
        const context = { provider, operation: operation.name, idempotent: operation.safe };
        return http.request(context, operation.url, requestInit(init, call, operation.anonymous));
      }),
    inSession,
  };
}

/** A status other than 2xx as core's error for it, with the wait a 429 or 503 asked for. */
export function httpStatusError(
  response: Response,
  details: { provider: ProviderId; operation: string },
): FileClientError {
  const retryAfterMs = parseRetryAfter(response.headers.get('retry-after'));
  return errorFromStatus(
    response.status,
    retryAfterMs === undefined ? details : { ...details, retryAfterMs },
    `the server answered HTTP ${response.status}`,
  );
}

/** Transport failures pass; aborts and timeouts are the caller's or the deadline's word, and final. */
function isPassingFailure(error: unknown): boolean {
  return isTransportError(error) && !isAbortError(error) && !isTimeoutError(error);
}

async function pause(
  ms: number,
  signal: AbortSignal | undefined,
  details: { provider: ProviderId; operation: string },
) {
  const deadline = createDeadline({ signal, idleTimeoutMs: 0 });
  try {
    await sleep(ms, deadline, details);
  } finally {
    deadline.dispose();
  }
}
