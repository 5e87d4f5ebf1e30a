import {
  AuthError,
  type Caller,
  ConflictError,
  type CallOptions as CoreCallOptions,
  createCaller,
  type FetchLike,
  FileClientError,
  NotFoundError,
  QuotaError,
  type RetryOptions,
  registerSecret,
  Session,
} from '@fileclients/core';
import { type ApiAnswer, type ApiBody, type ApiPath, type CallArgs, type CallOptions, formBody } from './api.js';
import { type Credentials, login, type TwoFactorOptions } from './auth.js';
import { PROVIDER, SessionExpiredError, TwoFactorRequiredError } from './errors.js';
import { authorize, DEFAULT_IDLE_TIMEOUT_MS, operationName, READ_ONLY_OPERATIONS, readXmlAnswer } from './protocol.js';

export type { FetchLike };

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

/** The calls that make a session: `request` sends them without logging in first. */
const SESSION_PATHS: ReadonlySet<string> = new Set(['/core/loginguest', '/core/2falogin', '/admin/adminlogin']);
const FORM_HEADERS = { 'content-type': 'application/x-www-form-urlencoded' } as const;

/**
 * One session (user or admin) on core's call pipeline: core's Session holds the cookies and the single-flight login,
 * core's caller sends the typed form POSTs (`post`). Calls run through `call`, which logs in first when needed and,
 * once, again after an expiry.
 */
export class Connection {
  readonly baseUrl: string;
  readonly session: Session;
  readonly caller: Caller;
  readonly #kind: 'user' | 'admin';
  readonly #credentials: Credentials | undefined;
  readonly #relogin: boolean;

  constructor(kind: 'user' | 'admin', options: ConnectionOptions) {
    this.#kind = kind;
    this.baseUrl = options.baseUrl.replace(/\/+$/, '');
    const credentials =
      options.username !== undefined && options.password !== undefined
        ? { username: options.username, password: options.password }
        : undefined;
    this.#credentials = credentials;
    // Redacted from every core error message, cause and inspect output from now on.
    registerSecret(options.password);
    this.#relogin = options.relogin ?? credentials !== undefined;
    this.session = new Session({
      // Without credentials there is nothing to log in with: calls go as they are (a session made by hand).
      login: async (session) => {
        if (credentials === undefined) return;
        session.jar.clear();
        await login(this, kind, credentials, options.twoFactor);
      },
      authorize: ({ url, headers, session }) => authorize(session.jar, url, headers),
    });
    this.caller = createCaller({
      protocol: {
        provider: PROVIDER,
        // API calls follow redirects hop by hop (cookies stay on their origin): a reverse proxy may move /core.
        redirect: 'follow',
        isExpired: (error, renewed) => this.#isExpired(error, renewed),
      },
      session: this.session,
      fetch: options.fetch,
      headers: options.headers,
      timeoutMs: options.timeoutMs,
      idleTimeoutMs: options.idleTimeoutMs ?? DEFAULT_IDLE_TIMEOUT_MS,
      retry: options.retry,
      logger: options.logger,
    });
  }

  /**
   * One form-encoded API call, without login or renewal (see `call`): the XML answer decoded into the shape the
   * generated types describe, failures thrown as typed errors.
   */
  async post<P extends ApiPath>(path: P, body?: ApiBody<P>, options?: CallOptions): Promise<ApiAnswer<P>> {
    return (await this.postWithHeaders(path, body, options)).data;
  }

  /** `post`, with extra request headers, answering the response headers too (the ETag of createfolder). */
  postWithHeaders<P extends ApiPath>(
    path: P,
    body?: ApiBody<P>,
    options?: CoreCallOptions,
    headers: Readonly<Record<string, string>> = {},
  ): Promise<{ readonly data: ApiAnswer<P>; readonly headers: Headers }> {
    const operation = operationName(path);
    // The decoded answer is checked for FileCloud's failures, not against the schema: leaves stay strings and
    // unknown elements pass, as the generated types (all optional, all strings) allow.
    return this.caller.call(
      {
        name: operation,
        safe: READ_ONLY_OPERATIONS.has(operation),
        relogin: false,
        url: this.baseUrl + path,
        headers: { ...FORM_HEADERS, ...headers },
        body: formBody(body),
        decode: (answer) => ({ data: readXmlAnswer(operation, answer) as ApiAnswer<P>, headers: answer.headers }),
      },
      options,
    );
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

  get kind(): 'user' | 'admin' {
    return this.#kind;
  }

  get username(): string | undefined {
    return this.#credentials?.username;
  }

  /** Logs in now (single flight: concurrent callers share one login). */
  login(): Promise<void> {
    if (!this.#credentials) {
      return Promise.reject(
        new AuthError('no username and password to log in with', {
          provider: PROVIDER,
          operation: this.#kind === 'user' ? 'loginguest' : 'admin/adminlogin',
        }),
      );
    }
    return this.session.relogin();
  }

  /** Marks the session as established by someone else (completeTwoFactor after a TwoFactorRequiredError). */
  markLoggedIn(): void {
    this.session.markLoggedIn();
  }

  markLoggedOut(): void {
    this.session.invalidate();
    this.session.jar.clear();
  }

  /**
   * Runs one API call (or several that belong together) in the session: logs in first when needed; when it fails
   * and the session is gone, logs in again once and runs it again.
   */
  call<T>(operation: string, fn: () => Promise<T>): Promise<T> {
    return this.caller.inSession(operation, true, fn);
  }

  /**
   * Whether a failed call means the session is gone. FileCloud documents no signal, so: HTTP 401/403 always; for a
   * user session, any failure that may mean expiry is checked with /core/getauthenticationinfo (`authenticated`
   * not "1"); the admin API has no probe, so there a message about logging in decides. When another call logged in
   * again meanwhile, any such failure is taken as the old session's.
   */
  async #isExpired(error: FileClientError, renewed: boolean): Promise<boolean> {
    if (!this.#relogin || !this.#credentials || error instanceof TwoFactorRequiredError) return false;
    if (error instanceof SessionExpiredError) return true;
    if (error.status === 401 || error.status === 403) return true;
    if (!mayMeanExpiry(error)) return false;
    if (renewed) return true;
    if (this.#kind === 'admin') return /not logged in|login/i.test(error.message);
    try {
      const data = await this.post('/core/getauthenticationinfo');
      return data.info?.authenticated?.trim() !== '1';
    } catch {
      return false;
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
