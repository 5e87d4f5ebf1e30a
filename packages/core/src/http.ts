import { createDeadline, type Deadline, sleep } from './deadline.js';
import {
  AbortError,
  type ErrorDetails,
  type FileClientError,
  isAbortError,
  isFileClientError,
  isTimeoutError,
  isTransportError,
  ProtocolError,
  type ProviderId,
  TimeoutError,
  TransportError,
} from './errors.js';
import { browserOwnsCookies, sendsWholeBodies } from './platform.js';
import { defaultRedactor, type Redactor } from './redact.js';
import { isRequestBodySource, type OpenedBody, type RequestBodySource } from './request-body.js';
import { backoffDelay, IDEMPOTENT_METHODS, parseRetryAfter, type RetryOptions, resolveRetryPolicy } from './retry.js';
import type { SessionLike } from './session.js';
import { tap } from './stream-tap.js';

/** The shape of `fetch` core needs; the global one, undici's, a test double or the node entry's node:http one. */
export type FetchLike = (input: string | URL | Request, init?: RequestInit) => Promise<Response>;

/** Names the call for errors and logs, and says whether repeating it is safe. */
export interface RequestContext {
  readonly provider: ProviderId;
  readonly operation: string;
  /**
   * Safe to send twice. Defaults to true for GET, HEAD, OPTIONS, TRACE, PUT and DELETE; a POST that only reads
   * (a SOAP query, a form-encoded listing) should say so to get retries.
   */
  readonly idempotent?: boolean;
}

export interface HttpRequestInit extends Omit<RequestInit, 'body' | 'signal' | 'redirect'> {
  /** A fetch body, or a RequestBodySource (`uploadBody`, `multipartBody`) opened afresh per attempt. */
  body?: BodyInit | RequestBodySource | null;
  signal?: AbortSignal;
  /** Overall deadline for this call, including reading the response body. */
  timeoutMs?: number;
  /** Longest wait without progress (upload bytes pulled, response headers). The download body is checked by `checkedBody`. */
  idleTimeoutMs?: number;
  retry?: RetryOptions | false;
  /**
   * 'follow' (default) follows redirects here, re-applying cookies per hop; 'manual' returns the 3xx; 'error' fails
   * on a 3xx with a ProtocolError, for APIs that never redirect (with undici it is also the cheapest mode: no copy
   * of the request body is kept for a redirect).
   */
  redirect?: 'follow' | 'manual' | 'error';
  maxRedirects?: number;
  /** `false`: this request goes without the client's session (no cookie or credential out, none stored from it). */
  session?: false;
}

export interface HttpClientOptions {
  readonly provider: ProviderId;
  /** Default: the global fetch, looked up at call time (so test doubles installed later are seen). */
  readonly fetch?: FetchLike;
  readonly retry?: RetryOptions | false;
  /** Default overall timeout per call; none when absent. */
  readonly timeoutMs?: number;
  /** Default idle timeout; 60 000 when absent, 0 disables. */
  readonly idleTimeoutMs?: number;
  readonly session?: SessionLike;
  /** Headers sent on every request. */
  readonly headers?: HeadersInit;
  readonly maxRedirects?: number;
  readonly redactor?: Redactor;
  /** Receives one redacted line per request, response, retry and failure. */
  readonly logger?: (line: string) => void;
}

export interface HttpClient {
  readonly provider: ProviderId;
  /**
   * Sends a request. Applies session cookies and credentials, follows redirects hop by hop (cookies never cross
   * origins), retries safe requests with backoff, and maps failures to typed errors. Never throws on an HTTP status:
   * map statuses with `errorFromStatus` or the provider's own mapping.
   */
  request(context: RequestContext, input: string | URL, init?: HttpRequestInit): Promise<Response>;
}

const REDIRECT_STATUSES = new Set([301, 302, 303, 307, 308]);
const NOT_REPLAYABLE = 'BODY_NOT_REPLAYABLE';
const REDIRECT_REFUSED = 'the server answered with a redirect, which this call does not follow';

/** A response whose body its reader reads under the request's deadline, releasing the deadline when done. */
export interface HeldResponse {
  readonly response: Response;
  /** Still running: the overall timeout and the caller's signal end the body; `dispose` it once the body is read. */
  readonly deadline: Deadline;
}

/**
 * The HTTP client, and for core's call pipeline the same request without the stream stage that keeps the deadline
 * alive until the body ends (`requestHeld`): the pipeline reads the whole answer itself and releases the deadline
 * after, one stream and one Response fewer per call.
 */
export interface HttpTransport {
  readonly client: HttpClient;
  requestHeld(context: RequestContext, input: string | URL, init?: HttpRequestInit): Promise<HeldResponse>;
}

export function createHttpClient(options: HttpClientOptions): HttpClient {
  return createHttpTransport(options).client;
}

export function createHttpTransport(options: HttpClientOptions): HttpTransport {
  const redactor = options.redactor ?? defaultRedactor;
  const log = options.logger === undefined ? undefined : (line: string) => options.logger?.(redactor.text(line));
  const fetchImpl: FetchLike = options.fetch ?? ((input, init) => globalThis.fetch(input, init));
  const defaultHeaders = [...new Headers(options.headers)];

  async function request(context: RequestContext, input: string | URL, init: HttpRequestInit = {}): Promise<Response> {
    const details: ErrorDetails = { provider: context.provider, operation: context.operation, redactor };
    const { response, deadline } = await requestHeld(context, input, init, details);
    return releaseWhenDone(response, deadline, details, redactor);
  }

  async function requestHeld(
    context: RequestContext,
    input: string | URL,
    init: HttpRequestInit = {},
    details: ErrorDetails = { provider: context.provider, operation: context.operation, redactor },
  ): Promise<HeldResponse> {
    const method = (init.method ?? 'GET').toUpperCase();
    const safe = context.idempotent ?? IDEMPOTENT_METHODS.has(method);
    const policy = resolveRetryPolicy(init.retry ?? options.retry, isRetryableError);
    const deadline = createDeadline({
      signal: init.signal,
      timeoutMs: init.timeoutMs ?? options.timeoutMs,
      idleTimeoutMs: init.idleTimeoutMs ?? options.idleTimeoutMs ?? 60_000,
    });
    const source = isRequestBodySource(init.body) ? init.body : undefined;
    const replayable = source?.replayable ?? !isOneShotBody(init.body);

    try {
      for (let attempt = 0; ; attempt++) {
        const canRetry = safe && attempt < policy.retries;
        let delay: number | undefined;
        let why: string;
        try {
          const response = await send(details, input, init, method, deadline);
          const retryAfter = parseRetryAfter(response.headers.get('retry-after'));
          if (!canRetry || !policy.retryOn(response) || (retryAfter ?? 0) > policy.maxRetryAfterMs) {
            // Headers are in; the body has its own idle tracking (checkedBody). The overall timeout and the caller's
            // signal keep covering the body, so they are released only when the body ends.
            deadline.stopIdle();
            return { response, deadline };
          }
          // Free the connection before waiting; the body of a response we retry is never read.
          await response.body?.cancel().catch(() => undefined);
          why = `HTTP ${response.status}`;
          refuseUnlessReplayable(replayable, why, { ...details, status: response.status });
          delay = retryAfter;
        } catch (error) {
          const failure = toClientError(error, deadline, details, redactor);
          if (
            failure.code === NOT_REPLAYABLE ||
            !canRetry ||
            !policy.retryOnError(failure) ||
            deadline.signal.aborted
          ) {
            throw failure;
          }
          why = failure.message;
          refuseUnlessReplayable(replayable, failure, details);
        }
        delay ??= backoffDelay(policy, attempt);
        log?.(`retry ${attempt + 1}/${policy.retries} of ${context.operation} in ${delay} ms after ${why}`);
        await sleep(delay, deadline, details);
      }
    } catch (error) {
      deadline.dispose();
      throw error;
    }
  }

  async function send(
    details: ErrorDetails,
    input: string | URL,
    init: HttpRequestInit,
    initialMethod: string,
    deadline: Deadline,
  ): Promise<Response> {
    const {
      body: rawBody,
      signal: _signal,
      timeoutMs: _timeout,
      idleTimeoutMs: _idle,
      retry: _retry,
      session: useSession,
      redirect = 'follow',
      maxRedirects = options.maxRedirects ?? 10,
      headers: initHeaders,
      ...rest
    } = init;
    let url = new URL(input);
    const startOrigin = url.origin;
    const session = useSession === false ? undefined : options.session;
    let method = initialMethod;
    let bodyInput: BodyInit | RequestBodySource | null | undefined = rawBody;

    for (let hop = 0; ; hop++) {
      // The call's own headers win over the client's defaults.
      const headers = new Headers(initHeaders);
      for (const [name, value] of defaultHeaders) if (!headers.has(name)) headers.set(name, value);
      if (url.origin !== startOrigin) {
        // Credentials the caller attached were meant for the first origin only (as the fetch spec does).
        headers.delete('authorization');
        headers.delete('cookie');
      }
      session?.applyTo(url, headers);

      // No await for a plain body: most calls have one, and the hop costs a microtask and a promise each.
      const opened = isRequestBodySource(bodyInput) ? await openBody(bodyInput, deadline) : undefined;
      if (opened !== undefined) {
        if (opened.contentType !== undefined && !headers.has('content-type')) {
          headers.set('content-type', opened.contentType);
        }
        if (opened.size !== undefined && opened.streamed) headers.set('content-length', String(opened.size));
      }
      const streamed = opened?.streamed ?? bodyInput instanceof ReadableStream;
      const fetchInit: RequestInit & { duplex?: 'half' } = {
        ...rest,
        method,
        headers,
        signal: deadline.signal,
        // 'error' for streams: any other mode makes undici tee the body and buffer it whole (undici #4058).
        redirect: streamed || redirect === 'error' ? 'error' : 'manual',
      };
      if (opened !== undefined) fetchInit.body = opened.body;
      else if (bodyInput !== undefined && bodyInput !== null && !isRequestBodySource(bodyInput)) {
        fetchInit.body = bodyInput;
      }
      if (streamed) fetchInit.duplex = 'half';
      // The browser keeps a cookie session itself and sends it only when asked to (docs/decisions/0015-browsers.md).
      if (session?.usesCookies && rest.credentials === undefined && browserOwnsCookies()) {
        fetchInit.credentials = 'include';
      }

      log?.(`→ ${method} ${redactor.url(url)}`);
      const response = await sendOnce(url, fetchInit, opened);
      deadline.touch();
      log?.(`← ${response.status} ${method} ${redactor.url(url)}`);
      session?.receive(url, response);

      const location = response.headers.get('location');
      if (redirect === 'manual' || !REDIRECT_STATUSES.has(response.status) || location === null) return response;
      await response.body?.cancel().catch(() => undefined);
      // 'error': what fetch itself does in that mode (a fetch of the caller's that returns the 3xx anyway meets it).
      if (redirect === 'error' || hop >= maxRedirects) {
        throw new ProtocolError(redirect === 'error' ? REDIRECT_REFUSED : `more than ${maxRedirects} redirects`, {
          ...details,
          status: response.status,
        });
      }
      const next = new URL(location, url);
      // 303 always, and 301/302 after POST, become a GET without body (fetch spec, HTTP-redirect fetch step 12).
      if (response.status === 303 || ((response.status === 301 || response.status === 302) && method === 'POST')) {
        if (method !== 'HEAD') method = 'GET';
        bodyInput = undefined;
      } else if (bodyInput !== undefined && bodyInput !== null) {
        const again = isRequestBodySource(bodyInput) ? bodyInput.replayable : !isOneShotBody(bodyInput);
        if (!again) {
          throw new ProtocolError(
            `HTTP ${response.status} redirect needs the request body again, but it is a one-shot stream`,
            { ...details, status: response.status },
          );
        }
      }
      url = next;
    }
  }

  /**
   * fetch, except a whole browser body that wants its progress: XMLHttpRequest reports upload progress, fetch does
   * not (a fetch the caller supplied is kept, and the progress then jumps to the end when the answer arrives). Not
   * async itself: every call passes here, and the common case adds no promise hop.
   */
  function sendOnce(url: URL, init: RequestInit, opened: OpenedBody | undefined): Promise<Response> {
    const sent = opened?.sent;
    return sent === undefined ? fetchImpl(url, init) : sendReporting(url, init, sent, opened?.size ?? 0);
  }

  async function sendReporting(
    url: URL,
    init: RequestInit,
    sent: (bytes: number) => void,
    size: number,
  ): Promise<Response> {
    if (options.fetch === undefined && sendsWholeBodies()) {
      const { xhrSend } = await import('./xhr-send.js');
      return xhrSend(url, init, sent);
    }
    const response = await fetchImpl(url, init);
    sent(size);
    return response;
  }

  return {
    client: { provider: options.provider, request },
    requestHeld: (context, input, init) => requestHeld(context, input, init),
  };
}

function openBody(body: RequestBodySource, deadline: Deadline): Promise<OpenedBody> {
  return body.open({ signal: deadline.signal, onChunk: deadline.touch });
}

function isOneShotBody(body: unknown): boolean {
  if (body === undefined || body === null) return false;
  if (body instanceof ReadableStream) return true;
  return typeof body === 'object' && Symbol.asyncIterator in body;
}

function refuseUnlessReplayable(replayable: boolean, failure: FileClientError | string, details: ErrorDetails): void {
  if (replayable) return;
  const what = typeof failure === 'string' ? failure : failure.message;
  throw new TransportError(
    `not retrying after ${what}: the request body is a one-shot stream that may be partly consumed; ` +
      'pass a source factory (source: () => stream) to make this upload retryable',
    {
      ...details,
      code: NOT_REPLAYABLE,
      ...(typeof failure === 'string' ? {} : { cause: failure, status: failure.status }),
    },
  );
}

/** Transport failures are retried; aborts, timeouts and everything else are not. */
function isRetryableError(error: unknown): boolean {
  return isTransportError(error) && !isAbortError(error) && !isTimeoutError(error);
}

/** Maps whatever fetch threw to the error class a caller should see. */
export function toClientError(
  error: unknown,
  deadline: Deadline | undefined,
  details: ErrorDetails,
  redactor: Redactor = defaultRedactor,
): FileClientError {
  if (isFileClientError(error)) return error;
  const fromDeadline = deadline?.error(details, error);
  if (fromDeadline !== undefined) return fromDeadline;
  // A signal's own reason (a DOMException), thrown before or outside a request.
  const name = error instanceof Error ? error.name : '';
  if (name === 'AbortError') return new AbortError('the call was aborted', { ...details, cause: error });
  if (name === 'TimeoutError') return new TimeoutError('the call timed out', { ...details, cause: error });
  const text = describe(error);
  if (/redirect/i.test(text)) {
    // fetch refuses to follow in 'error' mode, which core uses for streamed uploads (a stream cannot be sent twice).
    return new ProtocolError(REDIRECT_REFUSED, { ...details, cause: error });
  }
  return new TransportError(`network error: ${redactor.text(text)}`, { ...details, cause: error });
}

function describe(error: unknown): string {
  if (!(error instanceof Error)) return String(error);
  const cause = error.cause;
  if (cause instanceof Error) {
    const code = (cause as Error & { code?: unknown }).code;
    return `${error.message} (${typeof code === 'string' ? `${code}: ` : ''}${cause.message})`;
  }
  return error.message;
}

/** Keeps the deadline alive until the body is consumed, then releases its timer and listener. */
function releaseWhenDone(response: Response, deadline: Deadline, details: ErrorDetails, redactor: Redactor): Response {
  const body = response.body;
  // Nothing to hold (no caller signal, no overall timeout): hand back fetch's own response, one stream hop fewer.
  if (body === null || !deadline.holding) {
    deadline.dispose();
    return response;
  }
  const wrapped = tap(body, {
    fail: (error) => toClientError(error, deadline, details, redactor),
    settle: deadline.dispose,
  });
  const out = new Response(wrapped, {
    status: response.status,
    statusText: response.statusText,
    headers: response.headers,
  });
  // A new Response has an empty url; keep the final one for callers that resolve relative links.
  Object.defineProperty(out, 'url', { value: response.url });
  return out;
}
