import { type ApiAnswer, type ApiBody, type ApiPath, type CallArgs, type CallOptions, formBody } from './api.js';
import { type Credentials, login, type TwoFactorOptions } from './auth.js';
import { PROVIDER, SessionExpiredError, TwoFactorRequiredError } from './errors.js';
import { lowerCaseNames, operationName, readXmlAnswer, withSessionHeaders } from './http.js';
import {
  AbortError,
  AuthError,
  ConflictError,
  CookieJar,
  FileClientError,
  NotFoundError,
  QuotaError,
  type RetryOptions,
  registerSecret,
  TimeoutError,
  TransportError,
} from './internal/core.js';
import { type Answer, type ExchangeInit, Transport } from './transport.js';

export type FetchLike = (input: string | URL | Request, init?: RequestInit) => Promise<Response>;

export interface ConnectionOptions {
  /** Server URL, e.g. `https://files.example.com` (a trailing slash is removed: FileCloud refuses `//core`). */
  readonly baseUrl: string;
  readonly username?: string;
  readonly password?: string;
  readonly twoFactor?: TwoFactorOptions;
  /** Log in again once and retry when the session has expired (default true when credentials are given). */
  readonly relogin?: boolean;
  /** Injected fetch (tests, proxies); the global fetch by default. */
  readonly fetch?: FetchLike;
  /** Extra headers on every call, e.g. a User-Agent. */
  readonly headers?: Record<string, string>;
  /**
   * Overall deadline of one call in ms, reading the answer included (for a download: the whole stream); the call
   * then fails with core's TimeoutError. None by default.
   */
  readonly timeoutMs?: number;
  /**
   * Longest wait in ms without progress (request bytes sent, headers, answer bytes received) before a call fails
   * with TimeoutError. Default 30 000; 0 disables.
   */
  readonly idleTimeoutMs?: number;
  /**
   * Retries of the read-only calls (listing, info, search, shares, versions, downloads, admin search/getuser) after
   * a 5xx, a 429 (Retry-After honoured), a connection reset or an answer that broke off: core's policy, 3 retries
   * with exponential backoff and jitter by default. Mutations are never retried. `false` disables.
   */
  readonly retry?: RetryOptions | false;
  /** Receives one redacted line per request, response and retry. */
  readonly logger?: (line: string) => void;
}

/** The calls that make a session: `call` sends them without logging in first. */
const SESSION_PATHS: ReadonlySet<string> = new Set(['/core/loginguest', '/core/2falogin', '/admin/adminlogin']);

/**
 * One logged-in session (user or admin): its cookie jar, the typed form POSTs (`post`) and the login that renews
 * it. Calls run through `call`, which logs in first when needed and, once, again after an expiry.
 */
export class Connection {
  readonly jar = new CookieJar();
  readonly baseUrl: string;
  readonly fetch: FetchLike;
  /** Core's HTTP client with this connection's timeouts and retry policy; every request goes through it. */
  readonly transport: Transport;
  readonly #kind: 'user' | 'admin';
  readonly #credentials: Credentials | undefined;
  readonly #twoFactor: TwoFactorOptions | undefined;
  readonly #relogin: boolean;
  readonly #headers: Record<string, string>;
  /** Content type and the caller's extra headers, lower-cased once; the session headers are added per call. */
  readonly #formHeaders: Record<string, string>;
  #loggedIn = false;
  #pending: Promise<void> | undefined;
  /** Counts successful logins, so a call that failed on an older session retries instead of logging in again. */
  #generation = 0;

  constructor(kind: 'user' | 'admin', options: ConnectionOptions) {
    this.#kind = kind;
    this.baseUrl = options.baseUrl.replace(/\/+$/, '');
    const fetchImpl: FetchLike = options.fetch ?? ((input, init) => globalThis.fetch(input, init));
    this.fetch = fetchImpl;
    this.#headers = { ...options.headers };
    this.#formHeaders = { 'content-type': 'application/x-www-form-urlencoded', ...lowerCaseNames(options.headers) };
    this.#credentials =
      options.username !== undefined && options.password !== undefined
        ? { username: options.username, password: options.password }
        : undefined;
    // Redacted from every core error message, cause and inspect output from now on.
    registerSecret(options.password);
    this.#twoFactor = options.twoFactor;
    this.#relogin = options.relogin ?? this.#credentials !== undefined;
    this.transport = new Transport({
      fetch: fetchImpl,
      timeoutMs: options.timeoutMs,
      idleTimeoutMs: options.idleTimeoutMs,
      retry: options.retry,
      logger: options.logger,
    });
  }

  /**
   * One form-encoded API call, without login or retry on expiry (see `call`): session headers out, cookies in, the
   * XML answer decoded into the shape the generated types describe, failures thrown as typed errors.
   */
  async post<P extends ApiPath>(path: P, body?: ApiBody<P>, options?: CallOptions): Promise<ApiAnswer<P>> {
    return (await this.postWithHeaders(path, body, options)).data;
  }

  /** `post`, with extra request headers, answering the response headers too (the ETag of createfolder). */
  async postWithHeaders<P extends ApiPath>(
    path: P,
    body?: ApiBody<P>,
    options?: CallOptions,
    headers: Readonly<Record<string, string>> = {},
  ): Promise<{ readonly data: ApiAnswer<P>; readonly headers: Headers }> {
    const operation = operationName(path);
    const answer = await this.send(operation, path, {
      headers: { ...this.#formHeaders, ...headers },
      body: formBody(body),
      signal: options?.signal,
      redirect: 'follow',
    });
    // The decoded answer is checked for FileCloud's failures, not against the schema: leaves stay strings and
    // unknown elements pass, as the generated types (all optional, all strings) allow.
    return { data: readXmlAnswer(operation, answer) as ApiAnswer<P>, headers: answer.headers };
  }

  /**
   * The clients' public `call`: logs in first and renews an expired session (`call`), except for the calls that make
   * a session (login, 2FA), which are sent as they are.
   */
  request<P extends ApiPath>(path: P, ...args: CallArgs<P>): Promise<ApiAnswer<P>> {
    const [body, options] = args;
    if (SESSION_PATHS.has(path)) return this.post(path, body, options);
    return this.call(operationName(path), () => this.post(path, body, options));
  }

  /**
   * Sends one POST to `pathAndQuery` with the session headers added to `init.headers` (which it takes over) and
   * reads the whole answer; every response's cookies go into the jar.
   */
  send(operation: string, pathAndQuery: string, init: ExchangeInit): Promise<Answer> {
    const url = this.baseUrl + pathAndQuery;
    return this.transport.exchange(
      operation,
      url,
      { ...init, headers: withSessionHeaders(this.jar, url, init.headers) },
      (response) => this.jar.setFromResponse(url, response),
    );
  }

  /** The caller's extra headers, lower-cased (uploads start from these). */
  get baseHeaders(): Record<string, string> {
    return lowerCaseNames(this.#headers);
  }

  get kind(): 'user' | 'admin' {
    return this.#kind;
  }

  get username(): string | undefined {
    return this.#credentials?.username;
  }

  get extraHeaders(): Record<string, string> {
    return this.#headers;
  }

  /** Logs in now (single flight: concurrent callers share one login). */
  login(): Promise<void> {
    const credentials = this.#credentials;
    if (!credentials) {
      return Promise.reject(
        new AuthError('no username and password were given to log in with', {
          provider: PROVIDER,
          operation: this.#kind === 'user' ? 'loginguest' : 'admin/adminlogin',
        }),
      );
    }
    if (!this.#pending) {
      this.jar.clear();
      const operation = this.#kind === 'user' ? 'loginguest' : 'admin/adminlogin';
      this.#pending = wrapTransport(operation, () => login(this, this.#kind, credentials, this.#twoFactor))
        .then(() => {
          this.#loggedIn = true;
          this.#generation++;
        })
        .finally(() => {
          this.#pending = undefined;
        });
    }
    return this.#pending;
  }

  /** Marks the session as established by someone else (completeTwoFactor after a TwoFactorRequiredError). */
  markLoggedIn(): void {
    this.#loggedIn = true;
  }

  markLoggedOut(): void {
    this.#loggedIn = false;
    this.jar.clear();
  }

  /**
   * Whether a failed call means the session is gone. FileCloud documents no signal, so: HTTP 401/403 always; for a
   * user session, any failure that may mean expiry is checked with /core/getauthenticationinfo (`authenticated`
   * not "1"); the admin API has no probe, so there a message about logging in decides.
   */
  async #isExpired(error: unknown): Promise<boolean> {
    if (!(error instanceof FileClientError)) return false;
    if (error.status === 401 || error.status === 403) return true;
    if (!mayMeanExpiry(error)) return false;
    if (this.#kind === 'admin') return /not logged in|login/i.test(error.message);
    try {
      const data = await this.post('/core/getauthenticationinfo');
      return data.info?.authenticated?.trim() !== '1';
    } catch {
      return false;
    }
  }

  /**
   * Runs one API call. Logs in first when credentials are set and no session exists. When the call fails and
   * `isExpired` confirms that the session is gone, logs in again and retries the call once. Network failures become
   * TransportError; errors already typed (HTTP statuses, FileCloud results) pass through.
   */
  async call<T>(operation: string, fn: () => Promise<T>, isExpired?: (error: unknown) => Promise<boolean>): Promise<T> {
    if (!this.#loggedIn && this.#credentials) await this.login();
    const generation = this.#generation;
    try {
      return await wrapTransport(operation, fn);
    } catch (error) {
      if (!this.#relogin || !this.#credentials || error instanceof TwoFactorRequiredError) throw error;
      // Another call logged in again while this one was in flight: retry on the new session, no second login.
      if (this.#pending) await this.#pending.catch(() => undefined);
      if (this.#generation !== generation && mayMeanExpiry(error)) return wrapTransport(operation, fn);
      const expired = error instanceof SessionExpiredError || (await (isExpired ?? ((e) => this.#isExpired(e)))(error));
      if (!expired) throw error;
      if (this.#generation === generation) {
        this.#loggedIn = false;
        await this.login();
      }
      return wrapTransport(operation, fn);
    }
  }
}

/** A precise answer about a path or a quota comes from a live session; anything else may be an expiry. */
export function mayMeanExpiry(error: unknown): boolean {
  return (
    error instanceof FileClientError &&
    !(error instanceof NotFoundError || error instanceof ConflictError || error instanceof QuotaError)
  );
}

async function wrapTransport<T>(operation: string, fn: () => Promise<T>): Promise<T> {
  try {
    return await fn();
  } catch (error) {
    throw toClientError(operation, error);
  }
}

/** Anything thrown under a call, as a core error: aborts and timeouts by name, the rest as transport failures. */
export function toClientError(operation: string, error: unknown): FileClientError {
  if (error instanceof FileClientError) return error;
  const name = error instanceof Error ? error.name : '';
  const details = { provider: PROVIDER, operation, cause: error };
  if (name === 'AbortError') return new AbortError('the call was aborted', details);
  if (name === 'TimeoutError') return new TimeoutError('the call timed out', details);
  return new TransportError('the request did not complete', details);
}
