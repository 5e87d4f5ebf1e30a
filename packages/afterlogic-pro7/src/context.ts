import {
  checkedBody,
  createHttpClient,
  errorFromStatus,
  type FileClientError,
  type HttpClient,
  type HttpRequestInit,
  isAuthError,
  isFileClientError,
  parseRetryAfter,
  type RetryOptions,
  registerSecret,
  toClientError,
} from '@fileclients/core';
import createClient, { type Client } from 'openapi-fetch';
import { Pro7CookieJar } from './cookies.js';
import { type Envelope, readEnvelope } from './envelope.js';
import { PROVIDER, protocolError } from './errors.js';
import type { paths } from './generated/openapi.gen.js';
import type { ActionOf, AjaxPath, ParamsOf, ResultOf } from './types.js';

export type FetchLike = (input: string | URL | Request, init?: RequestInit) => Promise<Response>;

/** `token`: cookie-less, the AuthToken travels in every request (the default). `cookie`: p7auth + CSRF Token. */
export type Pro7AuthMode = 'token' | 'cookie';

export interface Pro7Credentials {
  /** The mail address. */
  readonly email: string;
  readonly password: string;
  /** The IMAP login, when it differs from the email. */
  readonly login?: string;
  readonly language?: string;
}

export interface CallOptions {
  readonly signal?: AbortSignal;
  /** Overall deadline of this call (all attempts, and reading the answer). */
  readonly timeoutMs?: number;
  /** Longest wait without progress (request bytes sent, headers, answer bytes); 0 disables. */
  readonly idleTimeoutMs?: number;
}

/** Mutable session state of one client. */
export interface SessionState {
  authToken?: string;
  accountId?: number;
  csrfToken?: string;
}

/** A request outside openapi-fetch (transfers and Raw links). */
export interface RequestOptions extends CallOptions {
  readonly method: string;
  readonly headers?: HeadersInit;
  readonly body?: HttpRequestInit['body'];
  /** Safe to send again after a 5xx, 429 or reset: true for reads only. */
  readonly idempotent: boolean;
}

export interface Pro7Context {
  readonly mode: Pro7AuthMode;
  /** The install URL with `?` appended: every spec path is appended to it. */
  readonly base: string;
  readonly state: SessionState;
  readonly jar: Pro7CookieJar;
  readonly credentials: Pro7Credentials | undefined;
  readonly api: Client<paths>;
  /** The idle timeout for reading answers, as core's checkedBody takes it. */
  readonly idleTimeoutMs: number | undefined;
  /** One Ajax call: Action, AuthToken and Token injected, the envelope checked, 102 answered by one re-login. */
  call<P extends AjaxPath>(path: P, params: ParamsOf<P>, options?: CallOptions): Promise<Envelope<ResultOf<P>>>;
  /** One Ajax call without the re-login (used by login itself). */
  send<P extends AjaxPath>(path: P, params: ParamsOf<P>, options?: CallOptions): Promise<Envelope<ResultOf<P>>>;
  /** A request outside openapi-fetch: through core's HTTP client (cookies, deadlines, retries of reads). */
  request(operation: string, url: string, options: RequestOptions): Promise<Response>;
  /** Runs `fn`, and on a 102 (when credentials are kept) logs in again once and runs it again. */
  withRelogin<T>(fn: () => Promise<T>): Promise<T>;
  /** Set by the client: how to log in again. */
  relogin?: () => Promise<void>;
}

export interface ContextOptions {
  readonly baseUrl: string;
  readonly fetch?: FetchLike | undefined;
  readonly auth?: Pro7AuthMode | undefined;
  readonly authToken?: string | undefined;
  readonly accountId?: number | undefined;
  readonly credentials?: Pro7Credentials | undefined;
  readonly headers?: Readonly<Record<string, string>> | undefined;
  readonly retry?: RetryOptions | false | undefined;
  readonly timeoutMs?: number | undefined;
  readonly idleTimeoutMs?: number | undefined;
  readonly logger?: ((line: string) => void) | undefined;
}

/**
 * The actions that only read: sending one twice changes nothing on the server, so core may retry them after a 5xx,
 * a 429 or a reset. Everything else (login, logout, create, rename, copy, move, delete, links, uploads) is sent
 * once: a failure may come after the server applied it.
 */
const READ_ACTIONS: ReadonlySet<string> = new Set(['SystemGetAppData', 'Files', 'FileInfo', 'FilesQuota', 'FilesPub']);

/**
 * `https://host/webmail` -> `https://host/webmail/?`. The server routes on the query string, so the spec's paths
 * (`/Ajax/Files`) are appended after the `?`.
 */
export function normalizeBaseUrl(baseUrl: string): string {
  if (baseUrl.endsWith('?')) return baseUrl;
  const url = new URL(baseUrl);
  if (url.search !== '' || url.hash !== '') {
    throw new TypeError(`${PROVIDER}: baseUrl must be the installation URL without a query string`);
  }
  const href = url.href;
  return href.endsWith('/') || href.endsWith('.php') ? `${href}?` : `${href}/?`;
}

function formEncode(body: unknown): string {
  const form = new URLSearchParams();
  if (typeof body === 'object' && body !== null) {
    for (const [key, value] of Object.entries(body)) {
      if (value === undefined || value === null) continue;
      form.append(key, typeof value === 'boolean' ? (value ? '1' : '0') : String(value));
    }
  }
  return form.toString();
}

/** An HTTP status other than 2xx as the core error for it, with the wait a 429 or 503 asked for. */
export function statusError(operation: string, response: Response): FileClientError {
  const retryAfterMs = parseRetryAfter(response.headers.get('retry-after'));
  return errorFromStatus(
    response.status,
    { provider: PROVIDER, operation, ...(retryAfterMs === undefined ? {} : { retryAfterMs }) },
    `the server answered HTTP ${response.status}`,
  );
}

/**
 * What reading an answer threw, as a core error. Core's client and checkedBody already throw core errors (timeouts,
 * aborts, resets, truncation); fetch may wrap one, and a body that is not JSON is a SyntaxError.
 */
export function mapFailure(operation: string, error: unknown): FileClientError {
  if (error instanceof Error && isFileClientError(error.cause)) return error.cause;
  if (error instanceof SyntaxError) {
    return protocolError(operation, 'the answer is not JSON (is baseUrl the WebMail installation URL?)', {
      cause: error,
    });
  }
  return toClientError(error, undefined, { provider: PROVIDER, operation });
}

/** What openapi-fetch reads of a request (method, headers, url), without building a web Request. */
class CarriedRequest {
  readonly url: string;
  readonly method: string;
  readonly headers: Headers;
  readonly init: RequestInit & CallOptions;

  constructor(url: string, init: RequestInit & CallOptions) {
    this.url = url;
    this.init = init;
    this.method = init.method ?? 'GET';
    // openapi-fetch already merged its headers into one Headers object: reuse it rather than copy it.
    this.headers = init.headers instanceof Headers ? init.headers : new Headers(init.headers);
  }
}

export function createContext(options: ContextOptions): Pro7Context {
  const base = normalizeBaseUrl(options.baseUrl);
  const mode: Pro7AuthMode = options.auth ?? 'token';
  const jar = new Pro7CookieJar();
  const state: SessionState = {};
  // Registered with core's redactor, so no error message, cause or inspect output can carry them.
  registerSecret(options.authToken);
  registerSecret(options.credentials?.password);
  if (options.authToken !== undefined) state.authToken = options.authToken;
  if (options.accountId !== undefined) state.accountId = options.accountId;

  // Core's client brings the retry policy (reads only), the overall and idle deadlines, the redacted logger and,
  // in cookie mode, the jar (applied and filled on every request; redirects are never followed, see below).
  const http: HttpClient = createHttpClient({
    provider: PROVIDER,
    ...(options.fetch ? { fetch: options.fetch } : {}),
    ...(options.retry === undefined ? {} : { retry: options.retry }),
    ...(options.timeoutMs === undefined ? {} : { timeoutMs: options.timeoutMs }),
    ...(options.idleTimeoutMs === undefined ? {} : { idleTimeoutMs: options.idleTimeoutMs }),
    ...(options.headers ? { headers: options.headers } : {}),
    ...(options.logger ? { logger: options.logger } : {}),
    ...(mode === 'cookie' ? { session: jar } : {}),
  });

  const request = (operation: string, url: string, init: RequestOptions): Promise<Response> => {
    const { idempotent, ...rest } = init;
    // A redirected POST loses its body and cookies must not follow one to another host: a 3xx is returned as it is
    // and becomes an error, as every other status the API does not use.
    return http.request({ provider: PROVIDER, operation, idempotent }, url, { ...rest, redirect: 'manual' });
  };

  // Answers are read under core's checkedBody: a body that stalls ends with a TimeoutError after the idle timeout,
  // and one shorter than its Content-Length with a ProtocolError, instead of a hang or a JSON SyntaxError.
  const checked = (operation: string, response: Response, callOptions: CallOptions): Response => {
    const idleTimeoutMs = callOptions.idleTimeoutMs ?? options.idleTimeoutMs;
    const body = checkedBody(
      response,
      { provider: PROVIDER, operation },
      {
        ...(callOptions.signal ? { signal: callOptions.signal } : {}),
        ...(idleTimeoutMs === undefined ? {} : { idleTimeoutMs }),
      },
    );
    return new Response(body, { status: response.status, statusText: response.statusText, headers: response.headers });
  };

  // openapi-fetch builds a Request per call and fetch then builds another from it; constructing a web Request is
  // the largest part of the wrapper's cost. A plain carrier of URL and init avoids the first one (the `Request`
  // option exists for this); the carrier is handed to core's client, which then names the action and retries it
  // only when it is a read.
  const sendCarried = async (input: CarriedRequest): Promise<Response> => {
    const { init } = input;
    const path = input.url.slice(base.length);
    const operation = path.startsWith('/Ajax/') ? path.slice(6) : path;
    const response = await request(operation, input.url, {
      method: input.method,
      headers: input.headers,
      body: init.body as string | undefined,
      idempotent: READ_ACTIONS.has(operation),
      ...(init.signal ? { signal: init.signal } : {}),
      ...(init.timeoutMs === undefined ? {} : { timeoutMs: init.timeoutMs }),
      ...(init.idleTimeoutMs === undefined ? {} : { idleTimeoutMs: init.idleTimeoutMs }),
    });
    return checked(operation, response, init);
  };

  const api = createClient<paths>({
    baseUrl: base,
    fetch: sendCarried as unknown as (input: Request) => Promise<Response>,
    Request: CarriedRequest as unknown as typeof Request,
    headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
    bodySerializer: formEncode,
  });

  const authFields = (action: string): Record<string, string> => {
    const fields: Record<string, string> = {};
    if (action === 'FilesPub' || action === 'SystemLogin') {
      // FilesPub needs no auth; SystemLogin must not carry an old token.
    } else if (mode === 'token' && state.authToken !== undefined) {
      fields.AuthToken = state.authToken;
    }
    if (mode === 'cookie' && state.csrfToken !== undefined) fields.Token = state.csrfToken;
    return fields;
  };

  type LoosePost = (
    path: string,
    init: {
      body: Record<string, unknown>;
      signal: AbortSignal | undefined;
      timeoutMs: number | undefined;
      idleTimeoutMs: number | undefined;
    },
  ) => Promise<{ data?: unknown; error?: unknown; response: Response }>;

  const send = async <P extends AjaxPath>(
    path: P,
    params: ParamsOf<P>,
    callOptions: CallOptions = {},
  ): Promise<Envelope<ResultOf<P>>> => {
    const action = path.slice('/Ajax/'.length) as ActionOf<P>;
    const body: Record<string, unknown> = {
      ...(params as Record<string, unknown>),
      ...authFields(action),
      Action: action,
    };
    let answer: { data?: unknown; error?: unknown; response: Response };
    try {
      // openapi-fetch's POST is typed per literal path; `call` carries the per-action typing for callers.
      // signal, timeoutMs and idleTimeoutMs ride along in the init openapi-fetch hands to sendCarried.
      answer = await (api.POST as unknown as LoosePost)(path, {
        body,
        signal: callOptions.signal,
        timeoutMs: callOptions.timeoutMs,
        idleTimeoutMs: callOptions.idleTimeoutMs,
      });
    } catch (error) {
      throw mapFailure(action, error);
    }
    const { response } = answer;
    if (!response.ok) throw statusError(action, response);
    return readEnvelope(action, answer.data, response.status) as Envelope<ResultOf<P>>;
  };

  let relogging: Promise<void> | undefined;
  const context: Pro7Context = {
    mode,
    base,
    state,
    jar,
    credentials: options.credentials,
    api,
    idleTimeoutMs: options.idleTimeoutMs,
    send,
    request,
    async withRelogin<T>(fn: () => Promise<T>): Promise<T> {
      try {
        return await fn();
      } catch (error) {
        const relogin = context.relogin;
        if (!relogin || !isAuthError(error) || error.code !== 102) throw error;
        // Single flight: concurrent calls that all met 102 share one login, then each retries once.
        relogging ??= relogin().finally(() => {
          relogging = undefined;
        });
        await relogging;
        return fn();
      }
    },
    call(path, params, callOptions) {
      return context.withRelogin(() => send(path, params, callOptions));
    },
  };
  return context;
}
