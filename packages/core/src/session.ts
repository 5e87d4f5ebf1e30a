import { CookieJar } from './cookie-jar.js';
import { isAuthError } from './errors.js';
import { defaultRedactor, type Redactor } from './redact.js';

export interface SessionOptions {
  /**
   * Logs in: sets `session.token` / cookies / expiry. Called lazily on first use, when the session has expired,
   * and after a call fails with an expired-session error. Never called twice at the same time.
   */
  readonly login: (session: Session) => Promise<void> | void;
  /** Adds credentials to an outgoing request (e.g. an Authorization header from `session.token`). */
  readonly authorize?: (request: { url: URL; headers: Headers; session: Session }) => void;
  /** How `withRelogin` recognises an expired session when the caller gives no predicate. Default: AuthError. */
  readonly isExpired?: ExpiryCheck;
  /** Renew this long before `expiresAt`, so a call does not start with a token about to lapse. Default 30 000. */
  readonly refreshMarginMs?: number;
  readonly jar?: CookieJar;
  /** `false`: the session carries no cookies (a token-only protocol); the jar stays empty. Default true. */
  readonly cookies?: boolean;
  readonly redactor?: Redactor;
  readonly now?: () => number;
}

/**
 * Session state shared by every call of one client: cookies (origin-scoped), a token, its expiry, and single-flight
 * re-login. The HTTP client calls `applyTo` before each request and `receive` after each response.
 */
export class Session {
  readonly jar: CookieJar;
  /** Epoch ms after which the session is treated as expired; undefined when the provider gives no expiry. */
  expiresAt: number | undefined;
  #token: string | undefined;
  #loggedIn = false;
  /** Counts successful logins: a failed call compares it to learn whether someone else already renewed. */
  #generation = 0;
  #inFlight: Promise<void> | undefined;
  readonly #options: SessionOptions;
  readonly #redactor: Redactor;
  readonly #now: () => number;

  constructor(options: SessionOptions) {
    this.#options = options;
    this.#redactor = options.redactor ?? defaultRedactor;
    this.#now = options.now ?? Date.now;
    this.jar = options.jar ?? new CookieJar({ redactor: this.#redactor, now: this.#now });
  }

  /** The current token; setting it registers it as a secret so it is redacted everywhere. */
  get token(): string | undefined {
    return this.#token;
  }
  set token(value: string | undefined) {
    this.#token = value;
    this.#redactor.add(value);
  }

  /** Records a successful login: token and expiry in one step. */
  setCredentials(credentials: { token?: string; expiresAt?: number; expiresInMs?: number }): void {
    if (credentials.token !== undefined) this.token = credentials.token;
    this.expiresAt =
      credentials.expiresAt ??
      (credentials.expiresInMs === undefined ? undefined : this.#now() + credentials.expiresInMs);
  }

  /** True when never logged in, invalidated, or past (expiresAt - margin). */
  get expired(): boolean {
    if (!this.#loggedIn) return true;
    if (this.expiresAt === undefined) return false;
    return this.#now() >= this.expiresAt - (this.#options.refreshMarginMs ?? 30_000);
  }

  /** Records a session established by other means (a second factor completed by hand, a token given). */
  markLoggedIn(): void {
    this.#loggedIn = true;
    this.#generation += 1;
  }

  /** Forget the login (after a logout, or when the server said the session is gone). */
  invalidate(): void {
    this.#loggedIn = false;
    this.expiresAt = undefined;
  }

  /** Logs in if needed; concurrent callers share one login. */
  async ensureFresh(): Promise<void> {
    if (this.expired) await this.relogin();
  }

  /** Logs in now; if a login is already running, joins it instead of starting another (single flight). */
  relogin(): Promise<void> {
    if (this.#inFlight !== undefined) return this.#inFlight;
    const run = (async () => {
      try {
        this.#loggedIn = false;
        await this.#options.login(this);
        this.#loggedIn = true;
        this.#generation += 1;
      } finally {
        this.#inFlight = undefined;
      }
    })();
    this.#inFlight = run;
    return run;
  }

  /**
   * Runs `fn` with a fresh session. If it fails because the session expired, logs in again (once for all
   * concurrent callers that failed with the same session) and retries `fn` once.
   */
  async withRelogin<T>(fn: () => Promise<T>, isExpired?: ExpiryCheck): Promise<T> {
    await this.ensureFresh();
    const generation = this.#generation;
    try {
      return await fn();
    } catch (error) {
      // Another call logged in again (or is doing so) since this one started.
      const renewed = this.#generation !== generation || this.#inFlight !== undefined;
      const expired = await (isExpired ?? this.#options.isExpired ?? isAuthError)(error, renewed);
      if (!expired) throw error;
      // Someone else already renewed since this call started: retry on their session, do not log in again.
      if (this.#generation === generation) await this.relogin();
      else if (this.#inFlight !== undefined) await this.#inFlight;
      return fn();
    }
  }

  /** False for a token-only protocol. In a browser, a session with cookies sends `credentials: 'include'`. */
  get usesCookies(): boolean {
    return this.#options.cookies !== false;
  }

  /** Adds cookies and credentials for `url` to outgoing headers. */
  applyTo(url: URL, headers: Headers): void {
    const cookie = this.#options.cookies === false ? undefined : this.jar.headerFor(url);
    if (cookie !== undefined) {
      const existing = headers.get('cookie');
      headers.set('cookie', existing ? `${existing}; ${cookie}` : cookie);
    }
    this.#options.authorize?.({ url, headers, session: this });
  }

  /** Stores cookies from a response received from `url`. */
  receive(url: URL, response: Response): void {
    if (this.#options.cookies !== false) this.jar.setFromResponse(url, response);
  }
}

/**
 * Whether a failure means the session is gone. `renewed`: another call logged in again while this one was in
 * flight, so the failure may be the old session's.
 */
export type ExpiryCheck = (error: unknown, renewed: boolean) => boolean | Promise<boolean>;

/** What the HTTP client needs from a session; `Session` implements it, tests may pass their own. */
export interface SessionLike {
  /** The session rides on cookies (in a browser: the browser's own, sent with `credentials: 'include'`). */
  readonly usesCookies?: boolean;
  applyTo(url: URL, headers: Headers): void;
  receive(url: URL, response: Response): void;
}
