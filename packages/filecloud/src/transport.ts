import { PROVIDER } from './errors.js';
import {
  backoffDelay,
  checkedBody,
  createHttpClient,
  type FetchLike,
  type HttpClient,
  type HttpRequestInit,
  isAbortError,
  isProtocolError,
  isTimeoutError,
  isTransportError,
  type RequestBodySource,
  type RetryOptions,
  type RetryPolicy,
  readText,
  resolveRetryPolicy,
} from './internal/core.js';

/** Idle timeout of every call when none is given: long enough for a slow server, short enough to notice a stall. */
export const DEFAULT_IDLE_TIMEOUT_MS = 30_000;

/**
 * The calls that only read, so sending one twice is harmless: these (and only these) are retried after a 5xx, a 429,
 * a connection reset or a broken answer. FileCloud's API is all POSTs, so core cannot tell from the method;
 * every mutation (create, rename, copy, move, delete, upload, share changes, login) is sent exactly once.
 */
export const READ_ONLY_OPERATIONS: ReadonlySet<string> = new Set([
  'getauthenticationinfo',
  'getfilelist',
  'fileinfo',
  'fileexists',
  'getfolderproperties',
  'search',
  'dosearch',
  'getversions',
  'getshareforpath',
  'getshares',
  'getdiskusagedetails',
  'downloadfile',
  'downloadfilemulti',
  'downloadversionedfile',
  'admin/search',
  'admin/getuser',
]);

export interface TransportOptions {
  readonly fetch: FetchLike;
  readonly timeoutMs?: number | undefined;
  readonly idleTimeoutMs?: number | undefined;
  readonly retry?: RetryOptions | false | undefined;
  readonly logger?: ((line: string) => void) | undefined;
}

/** Request bodies above this size are streamed, so upload progress keeps the idle timer alive. */
export const STREAM_BODY_ABOVE = 64 * 1024;

/** Lossy like `Response.text()` (a stray byte becomes U+FFFD; the XML parser then sees the rest as it is). */

export interface ExchangeInit {
  readonly headers: Record<string, string>;
  readonly body: BodyInit | RequestBodySource;
  readonly signal?: AbortSignal | undefined;
  /** 'follow' (API calls, core re-sends per hop and keeps cookies on their origin) or 'manual' (upload slices). */
  readonly redirect: 'follow' | 'manual';
}

/** An answer read whole: status, headers and the text. */
export interface Answer {
  readonly status: number;
  readonly headers: Headers;
  readonly text: string;
}

/** Core's default for thrown errors: transport failures, not aborts or timeouts (a stall is not repeated). */
function retryableError(error: unknown): boolean {
  return isTransportError(error) && !isAbortError(error) && !isTimeoutError(error);
}

/** An answer that broke off or came short: the call never completed, so a read may be sent again. */
function brokenAnswer(error: unknown): boolean {
  return retryableError(error) || (isProtocolError(error) && error.code === 'TRUNCATED');
}

function wait(ms: number, signal: AbortSignal | undefined): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal?.aborted) {
      reject(signal.reason);
      return;
    }
    const onAbort = (): void => {
      clearTimeout(timer);
      reject(signal?.reason);
    };
    const timer = setTimeout(() => {
      signal?.removeEventListener('abort', onAbort);
      resolve();
    }, ms);
    signal?.addEventListener('abort', onAbort, { once: true });
  });
}

/**
 * Every FileCloud request goes through core's HTTP client: overall and idle timeouts (TimeoutError), typed transport
 * errors, and its retry policy (backoff with jitter, Retry-After honoured) for the read-only calls above. Core stops
 * its idle timer once headers are in, so the answer body gets its own idle check here (`checkedBody`).
 */
export class Transport {
  readonly http: HttpClient;
  readonly idleTimeoutMs: number;
  readonly #retry: RetryOptions | false | undefined;
  readonly #policy: RetryPolicy;
  readonly #logger: ((line: string) => void) | undefined;

  constructor(options: TransportOptions) {
    this.idleTimeoutMs = options.idleTimeoutMs ?? DEFAULT_IDLE_TIMEOUT_MS;
    this.#retry = options.retry;
    this.#policy = resolveRetryPolicy(options.retry, retryableError);
    this.#logger = options.logger;
    this.http = createHttpClient({
      provider: PROVIDER,
      fetch: options.fetch,
      idleTimeoutMs: this.idleTimeoutMs,
      ...(options.timeoutMs === undefined ? {} : { timeoutMs: options.timeoutMs }),
      ...(options.retry === undefined ? {} : { retry: options.retry }),
      ...(options.logger === undefined ? {} : { logger: options.logger }),
    });
  }

  /**
   * A streamed exchange (downloads): retried by core while no body has been read; the body then has the idle check,
   * and breaks off as a TransportError / TimeoutError / truncated ProtocolError rather than as an untyped error.
   */
  async stream(operation: string, url: URL, init: HttpRequestInit): Promise<Response> {
    const response = await this.http.request(
      { provider: PROVIDER, operation, idempotent: READ_ONLY_OPERATIONS.has(operation) },
      url,
      init,
    );
    if (response.body === null) return response;
    const body = checkedBody(response, { provider: PROVIDER, operation }, { idleTimeoutMs: this.idleTimeoutMs });
    return new Response(body, { status: response.status, statusText: response.statusText, headers: response.headers });
  }

  /**
   * One API exchange (form POSTs, upload slices), read whole here under the idle timeout, so a stalled answer is a
   * TimeoutError and not a hang; a read-only call whose answer broke off is sent again, within the same retry budget
   * as core's own retries. `onResponse` sees every response (the session cookies), retried ones included.
   */
  async exchange(
    operation: string,
    url: string,
    init: ExchangeInit,
    onResponse: (response: Response) => void,
  ): Promise<Answer> {
    const idempotent = READ_ONLY_OPERATIONS.has(operation);
    const { signal } = init;
    const request: HttpRequestInit = {
      method: 'POST',
      headers: init.headers,
      body: init.body,
      // No caller signal, no overall timeout: core hands back fetch's own response (no stream stage in between).
      ...(signal === undefined ? {} : { signal }),
      redirect: init.redirect,
    };
    const context = { provider: PROVIDER, operation, idempotent };
    let used = 0;
    for (;;) {
      if (this.#retry !== false) request.retry = this.#budget(() => used++, used);
      const response = await this.http.request(context, url, request);
      onResponse(response);
      try {
        return { status: response.status, headers: response.headers, text: await this.#read(operation, response) };
      } catch (error) {
        if (!idempotent || !brokenAnswer(error) || used >= this.#policy.retries || signal?.aborted) throw error;
        const delay = backoffDelay(this.#policy, used);
        used++;
        this.#logger?.(`retry ${used}/${this.#policy.retries} of ${operation} in ${delay} ms after a broken answer`);
        await wait(delay, signal);
      }
    }
  }

  /** The retry options for one core request: what is left of the budget, counting the retries core makes. */
  #budget(count: () => void, used: number): RetryOptions | false {
    if (this.#retry === false) return false;
    const policy = this.#policy;
    return {
      ...this.#retry,
      retries: Math.max(0, policy.retries - used),
      retryOn: (response) => {
        const yes = policy.retryOn(response);
        if (yes) count();
        return yes;
      },
      retryOnError: (error) => {
        const yes = policy.retryOnError(error);
        if (yes) count();
        return yes;
      },
    };
  }

  /**
   * The whole answer as text under core's readText: no progress for `idleTimeoutMs` is a TimeoutError; more or fewer
   * bytes than Content-Length a ProtocolError (TRUNCATED when short, so a read is retried).
   */
  #read(operation: string, response: Response): Promise<string> {
    return readText(response, { provider: PROVIDER, operation }, { idleTimeoutMs: this.idleTimeoutMs });
  }
}
