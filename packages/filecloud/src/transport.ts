import { PROVIDER } from './errors.js';
import { operationName } from './http.js';
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
  type RetryOptions,
  type RetryPolicy,
  resolveRetryPolicy,
  uploadBody,
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
const STREAM_BODY_ABOVE = 64 * 1024;

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
   * The `fetch` openapi-fetch calls. The answer is read whole here, under the idle timeout, so a stalled body is a
   * TimeoutError and not a hang; a read-only call whose answer broke off is sent again, within the same retry
   * budget as core's own retries.
   */
  readonly fetchApi = async (request: Request): Promise<Response> => {
    const url = new URL(request.url);
    const operation = operationName(url.pathname);
    const idempotent = READ_ONLY_OPERATIONS.has(operation);
    // Bytes, not a Blob: with a Blob body every getfilelist took over twice as long in the filecloud bench.
    const bytes = request.body === null ? undefined : new Uint8Array(await request.arrayBuffer());
    const init: HttpRequestInit = {
      method: request.method,
      headers: request.headers,
      body: bytes === undefined ? null : bytes.byteLength > STREAM_BODY_ABOVE ? uploadBody({ source: bytes }) : bytes,
      signal: request.signal,
      redirect: request.redirect === 'follow' ? 'follow' : 'manual',
    };
    let used = 0;
    for (;;) {
      const response = await this.http.request({ provider: PROVIDER, operation, idempotent }, url, {
        ...init,
        retry: this.#budget(() => used++, used),
      });
      try {
        return await this.#buffer(operation, response);
      } catch (error) {
        if (!idempotent || !brokenAnswer(error) || used >= this.#policy.retries || request.signal.aborted) throw error;
        const delay = backoffDelay(this.#policy, used);
        used++;
        this.#logger?.(`retry ${used}/${this.#policy.retries} of ${operation} in ${delay} ms after a broken answer`);
        await wait(delay, request.signal);
      }
    }
  };

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

  async #buffer(operation: string, response: Response): Promise<Response> {
    const init = { status: response.status, statusText: response.statusText, headers: response.headers };
    if (response.body === null) return new Response(null, init);
    const checked = checkedBody(response, { provider: PROVIDER, operation }, { idleTimeoutMs: this.idleTimeoutMs });
    return new Response(await new Response(checked).arrayBuffer(), init);
  }
}
