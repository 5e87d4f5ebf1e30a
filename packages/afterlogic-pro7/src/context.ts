import {
  createHttpClient,
  errorFromStatus,
  type FileClientError,
  type HttpClient,
  type HttpRequestInit,
  isAuthError,
  isFileClientError,
  parseRetryAfter,
  type ReadTextOptions,
  type RetryOptions,
  readText,
  registerSecret,
  toClientError,
} from '@fileclients/core';
import { Pro7CookieJar } from './cookies.js';
import { type Envelope, readEnvelope } from './envelope.js';
import { PROVIDER, protocolError } from './errors.js';
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

/** A request other than an Ajax call (transfers and Raw links). */
export interface RequestOptions extends CallOptions {
  readonly method: string;
  readonly headers?: HeadersInit;
  readonly body?: HttpRequestInit['body'];
  /** Safe to send again after a 5xx, 429 or reset: true for reads only. */
  readonly idempotent: boolean;
  /**
   * Send without the cookie jar (cookie mode): the PUT upload, which the server's CSRF check refuses (101) whenever
   * the `p7token` cookie comes along, since that route has no Token parameter.
   */
  readonly withoutCookies?: boolean;
}

export interface Pro7Context {
  readonly mode: Pro7AuthMode;
  /** The install URL with `?` appended: every spec path is appended to it. */
  readonly base: string;
  readonly state: SessionState;
  readonly jar: Pro7CookieJar;
  readonly credentials: Pro7Credentials | undefined;
  /** The idle timeout for reading answers, as core's checkedBody takes it. */
  readonly idleTimeoutMs: number | undefined;
  /** One Ajax call: Action, AuthToken and Token injected, the envelope checked, 102 answered by one re-login. */
  call<P extends AjaxPath>(path: P, params: ParamsOf<P>, options?: CallOptions): Promise<Envelope<ResultOf<P>>>;
  /** One Ajax call without the re-login (used by login itself). */
  send<P extends AjaxPath>(path: P, params: ParamsOf<P>, options?: CallOptions): Promise<Envelope<ResultOf<P>>>;
  /** A request other than an Ajax call: through core's HTTP client (cookies, deadlines, retries of reads). */
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
 * What sending or reading threw, as a core error. Core's client and checkedBody already throw core errors (timeouts,
 * aborts, resets, truncation); a fetch may wrap one in its cause.
 */
export function mapFailure(operation: string, error: unknown): FileClientError {
  if (error instanceof Error && isFileClientError(error.cause)) return error.cause;
  return toClientError(error, undefined, { provider: PROVIDER, operation });
}

/**
 * The parsed JSON of an answer (Ajax calls and uploads), for readEnvelope. A status other than 2xx is the error for
 * it, unread. The body is read by core's readText: one that stalls ends with a TimeoutError after the idle timeout,
 * one shorter than its Content-Length with a ProtocolError, instead of a hang or a JSON SyntaxError. An empty body
 * (Content-Length 0, an empty chunked body) is `undefined`, which readEnvelope reports as no envelope.
 */
export async function readAnswer(operation: string, response: Response, options: ReadTextOptions): Promise<unknown> {
  let text: string;
  try {
    if (!response.ok) {
      await response.body?.cancel().catch(() => undefined);
      throw statusError(operation, response);
    }
    text = await readText(response, { provider: PROVIDER, operation }, options);
  } catch (error) {
    throw mapFailure(operation, error);
  }
  if (text === '') return undefined;
  try {
    return JSON.parse(text);
  } catch (cause) {
    throw protocolError(operation, 'the answer is not JSON (is baseUrl the WebMail installation URL?)', {
      status: response.status,
      cause,
    });
  }
}

const FORM_HEADERS: Readonly<Record<string, string>> = { 'Content-Type': 'application/x-www-form-urlencoded' };

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
  // Core treats an undefined option as an absent one.
  const clientOptions = {
    provider: PROVIDER,
    fetch: options.fetch,
    retry: options.retry,
    timeoutMs: options.timeoutMs,
    idleTimeoutMs: options.idleTimeoutMs,
    headers: options.headers,
    logger: options.logger,
  } as const;
  const http: HttpClient = createHttpClient({ ...clientOptions, session: mode === 'cookie' ? jar : undefined });
  // The same client without the jar, for the one request that must go without cookies (see withoutCookies).
  const bare: HttpClient = mode === 'cookie' ? createHttpClient(clientOptions) : http;

  // A redirected POST loses its body and cookies must not follow one to another host: the API never redirects, so a
  // 3xx fails the call with a ProtocolError (core's 'error' mode, which also spares undici a copy of every body).
  const request = (operation: string, url: string, init: RequestOptions): Promise<Response> => {
    const { idempotent, withoutCookies, ...rest } = init;
    const client = withoutCookies === true ? bare : http;
    return client.request({ provider: PROVIDER, operation, idempotent }, url, { ...rest, redirect: 'error' });
  };

  /**
   * The form body of an Ajax call: the caller's fields in their order (undefined and null left out, booleans as
   * 1/0), then AuthToken (token mode), Token (cookie mode) and Action. `set` replaces a field of the same name in
   * place, so the client's own values win over any a caller passed.
   */
  const formBody = (action: string, params: object): string => {
    const form = new URLSearchParams();
    for (const [key, value] of Object.entries(params)) {
      if (value === undefined || value === null) continue;
      form.append(key, typeof value === 'boolean' ? (value ? '1' : '0') : String(value));
    }
    // FilesPub needs no auth; SystemLogin must not carry an old token.
    if (mode === 'token' && state.authToken !== undefined && action !== 'FilesPub' && action !== 'SystemLogin') {
      form.set('AuthToken', state.authToken);
    }
    if (mode === 'cookie' && state.csrfToken !== undefined) form.set('Token', state.csrfToken);
    form.set('Action', action);
    return form.toString();
  };

  const send = async <P extends AjaxPath>(
    path: P,
    params: ParamsOf<P>,
    callOptions: CallOptions = {},
  ): Promise<Envelope<ResultOf<P>>> => {
    const action = path.slice(6) as ActionOf<P>;
    const { signal, timeoutMs, idleTimeoutMs = options.idleTimeoutMs } = callOptions;
    let response: Response;
    try {
      // Reads may be retried by core after a 5xx, a 429 or a reset; every other action is sent exactly once.
      response = await request(action, base + path, {
        method: 'POST',
        headers: FORM_HEADERS,
        body: formBody(action, params),
        idempotent: READ_ACTIONS.has(action),
        signal,
        timeoutMs,
        idleTimeoutMs,
      });
    } catch (error) {
      throw mapFailure(action, error);
    }
    const body = await readAnswer(action, response, { idleTimeoutMs });
    return readEnvelope(action, body, response.status) as Envelope<ResultOf<P>>;
  };

  let relogging: Promise<void> | undefined;
  const context: Pro7Context = {
    mode,
    base,
    state,
    jar,
    credentials: options.credentials,
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
