import {
  AbortError,
  errorFromStatus,
  type FileClientError,
  isAuthError,
  isFileClientError,
  registerSecret,
  TimeoutError,
  TransportError,
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
  readonly timeoutMs?: number;
}

/** Mutable session state of one client. */
export interface SessionState {
  authToken?: string;
  accountId?: number;
  csrfToken?: string;
}

export interface Pro7Context {
  readonly mode: Pro7AuthMode;
  /** The install URL with `?` appended: every spec path is appended to it. */
  readonly base: string;
  readonly state: SessionState;
  readonly jar: Pro7CookieJar;
  readonly credentials: Pro7Credentials | undefined;
  readonly api: Client<paths>;
  /** One Ajax call: Action, AuthToken and Token injected, the envelope checked, 102 answered by one re-login. */
  call<P extends AjaxPath>(path: P, params: ParamsOf<P>, options?: CallOptions): Promise<Envelope<ResultOf<P>>>;
  /** One Ajax call without the re-login (used by login itself). */
  send<P extends AjaxPath>(path: P, params: ParamsOf<P>, options?: CallOptions): Promise<Envelope<ResultOf<P>>>;
  /** A request outside openapi-fetch (transfers): cookies applied and stored, failures mapped. */
  fetch(operation: string, url: string, init: RequestInit & CallOptions): Promise<Response>;
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
  readonly timeoutMs?: number | undefined;
}

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

function combineSignals(signal: AbortSignal | undefined, timeoutMs: number | undefined): AbortSignal | undefined {
  const timeout = timeoutMs !== undefined && timeoutMs > 0 ? AbortSignal.timeout(timeoutMs) : undefined;
  if (signal && timeout) return AbortSignal.any([signal, timeout]);
  return signal ?? timeout;
}

/** Turns what fetch threw into a core error that names the operation and carries no URL with a token. */
export function mapFetchFailure(operation: string, error: unknown, signal: AbortSignal | undefined): FileClientError {
  if (isFileClientError(error)) return error;
  // Our own upload stream failed (a size mismatch): fetch wraps that error; surface it as it was.
  if (error instanceof Error && isFileClientError(error.cause)) return error.cause;
  const details = { provider: PROVIDER, operation, cause: error };
  const name = error instanceof Error || (typeof error === 'object' && error !== null) ? (error as Error).name : '';
  if (
    name === 'TimeoutError' ||
    (signal?.aborted && signal.reason instanceof Error && signal.reason.name === 'TimeoutError')
  ) {
    return new TimeoutError('the request timed out', details);
  }
  if (name === 'AbortError' || signal?.aborted) return new AbortError('the request was aborted', details);
  if (error instanceof SyntaxError) {
    return protocolError(operation, 'the answer is not JSON (is baseUrl the WebMail installation URL?)', {
      cause: error,
    });
  }
  const message = error instanceof Error ? error.message : 'the request failed';
  return new TransportError(`the request failed: ${message}`, details);
}

/** What openapi-fetch reads of a request (method, headers, url), without building a web Request. */
class CarriedRequest {
  readonly url: string;
  readonly method: string;
  readonly headers: Headers;
  readonly init: RequestInit;

  constructor(url: string, init: RequestInit) {
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
  const userFetch: FetchLike = options.fetch ?? ((input, init) => globalThis.fetch(input, init));
  const jar = new Pro7CookieJar();
  const state: SessionState = {};
  // Registered with core's redactor, so no error message, cause or inspect output can carry them.
  registerSecret(options.authToken);
  registerSecret(options.credentials?.password);
  if (options.authToken !== undefined) state.authToken = options.authToken;
  if (options.accountId !== undefined) state.accountId = options.accountId;
  const extraHeaders = options.headers ?? {};

  // openapi-fetch builds a Request per call and fetch then builds another from it; constructing a web Request is
  // the largest part of the wrapper's cost. A plain carrier of URL and init avoids the first one (the
  // `Request` option exists for this), and the cookies of cookie mode are added to its init here.
  const sendCarried = async (input: Request | CarriedRequest): Promise<Response> => {
    if (!(input instanceof CarriedRequest)) return userFetch(input);
    const init: RequestInit = { ...input.init, headers: input.headers };
    const cookie = mode === 'cookie' ? jar.header() : undefined;
    if (cookie !== undefined) input.headers.set('Cookie', cookie);
    const response = await userFetch(input.url, init);
    if (mode === 'cookie') jar.setFromResponse(response);
    return response;
  };

  const api = createClient<paths>({
    baseUrl: base,
    fetch: sendCarried as (input: Request) => Promise<Response>,
    Request: CarriedRequest as unknown as typeof Request,
    headers: { ...extraHeaders, 'Content-Type': 'application/x-www-form-urlencoded' },
    bodySerializer: formEncode,
    // A redirected POST loses its body, and cookies must never follow a redirect to another host.
    redirect: 'error',
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
    init: { body: Record<string, unknown>; signal?: AbortSignal | undefined },
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
    const signal = combineSignals(callOptions.signal, callOptions.timeoutMs ?? options.timeoutMs);
    let answer: { data?: unknown; error?: unknown; response: Response };
    try {
      // openapi-fetch's POST is typed per literal path; `call` carries the per-action typing for callers.
      answer = await (api.POST as unknown as LoosePost)(path, { body, signal });
    } catch (error) {
      throw mapFetchFailure(action, error, signal);
    }
    const { response } = answer;
    if (!response.ok) {
      throw errorFromStatus(
        response.status,
        { provider: PROVIDER, operation: action },
        `the server answered HTTP ${response.status}`,
      );
    }
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
    send,
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
    async fetch(operation, url, init) {
      const { signal: userSignal, timeoutMs, ...rest } = init;
      const signal = combineSignals(userSignal, timeoutMs ?? options.timeoutMs);
      const headers = new Headers(rest.headers);
      for (const [key, value] of Object.entries(extraHeaders)) if (!headers.has(key)) headers.set(key, value);
      const cookie = mode === 'cookie' ? jar.header() : undefined;
      if (cookie !== undefined) headers.set('Cookie', cookie);
      let response: Response;
      try {
        response = await userFetch(url, { ...rest, headers, redirect: 'error', ...(signal ? { signal } : {}) });
      } catch (error) {
        throw mapFetchFailure(operation, error, signal);
      }
      if (mode === 'cookie') jar.setFromResponse(response);
      return response;
    },
  };
  return context;
}
