import {
  checkedBody,
  createHttpClient,
  type ErrorDetails,
  errorFromStatus,
  type FetchLike,
  type FileClientError,
  isTransportError,
  ProtocolError,
  parseRetryAfter,
  type RetryOptions,
  toClientError,
} from '@fileclients/core';
import type { BoxnetOperation } from './errors.js';
import { boxnetPortOperationTable } from './generated/wsdl.gen.js';

/**
 * Operations that only read, so sending one twice is safe: core retries these (they are POSTs, which it would not
 * repeat by itself). get_ticket creates a ticket, but one the user never saw is simply never used. Every other
 * operation changes something (or, like get_auth_token, consumes something) and is sent once.
 */
const READ_ONLY: ReadonlySet<BoxnetOperation> = new Set<BoxnetOperation>([
  'get_ticket',
  'get_account_tree',
  'get_account_info',
  'get_file_info',
  'get_friends',
  'get_updates',
  'export_tags',
  'get_comments',
  'search',
]);

/** True for the operations that are retried on a passing failure. */
export function isReadOnly(operation: string): boolean {
  return READ_ONLY.has(operation as BoxnetOperation);
}

export interface SoapTransportOptions {
  readonly soapUrl: string;
  readonly fetch: FetchLike;
  readonly timeoutMs?: number;
  readonly idleTimeoutMs?: number;
  readonly retry?: RetryOptions | false;
  readonly logger?: (line: string) => void;
}

export interface SoapCallOptions {
  readonly signal?: AbortSignal;
  readonly timeoutMs?: number;
  readonly idleTimeoutMs?: number;
}

/** Posts one envelope and resolves with the answer's text; every failure is a core FileClientError. */
export type SoapPost = (operation: BoxnetOperation, envelope: string, call: SoapCallOptions) => Promise<string>;

// Core's default retry statuses, minus a 500 that carries XML: that is a SOAP Fault, the service's answer to this very
// request, and asking again gets the same Fault.
const RETRY_STATUSES = new Set([408, 425, 429, 500, 502, 503, 504]);
function retryableStatus(response: Response): boolean {
  if (!RETRY_STATUSES.has(response.status)) return false;
  return response.status !== 500 || !/xml/i.test(response.headers.get('content-type') ?? '');
}

const DEFAULT_TIMEOUT_MS = 60_000;
const DEFAULT_IDLE_TIMEOUT_MS = 60_000;

/**
 * The SOAP endpoint through core's HTTP client: retries (read-only operations only), overall and idle timeouts, the
 * caller's signal, typed errors; the answer is read through core's checked body, so a reset, a stall or a body shorter
 * than its Content-Length is a TransportError, TimeoutError or ProtocolError, never fetch's own TypeError.
 */
export function createSoapTransport(options: SoapTransportOptions): SoapPost {
  const http = createHttpClient({
    provider: 'boxnet',
    fetch: options.fetch,
    retry: options.retry === false ? false : { retryOn: retryableStatus, ...options.retry },
    timeoutMs: options.timeoutMs ?? DEFAULT_TIMEOUT_MS,
    idleTimeoutMs: options.idleTimeoutMs ?? DEFAULT_IDLE_TIMEOUT_MS,
    ...(options.logger === undefined ? {} : { logger: options.logger }),
  });
  const decoder = new TextDecoder('utf-8', { fatal: true });

  // A read-only answer that breaks mid-body (reset, cut short) is asked for once more: core retries only failures
  // before the response headers, and a listing that died half-way is as safe to repeat as one that never started.
  const bodyRetries = options.retry === false || options.retry?.retries === 0 ? 0 : 1;

  async function exchange(
    operation: BoxnetOperation,
    envelope: string,
    call: SoapCallOptions,
  ): Promise<{ response: Response; bytes: Uint8Array } | { broken: FileClientError }> {
    const details = { provider: 'boxnet', operation } as const;
    const response = await http.request({ ...details, idempotent: READ_ONLY.has(operation) }, options.soapUrl, {
      method: 'POST',
      headers: {
        'content-type': 'text/xml; charset=utf-8',
        soapaction: `"${boxnetPortOperationTable[operation].soapAction}"`,
      },
      body: envelope,
      ...(call.signal === undefined ? {} : { signal: call.signal }),
      ...(call.timeoutMs === undefined ? {} : { timeoutMs: call.timeoutMs }),
      ...(call.idleTimeoutMs === undefined ? {} : { idleTimeoutMs: call.idleTimeoutMs }),
    });
    // SOAP 1.1 Faults come with HTTP 500 and an envelope, which the decoder reports; other failures are not read.
    if (!response.ok && response.status !== 500) {
      await response.body?.cancel().catch(() => undefined);
      const retryAfterMs = parseRetryAfter(response.headers.get('retry-after'));
      throw errorFromStatus(
        response.status,
        retryAfterMs === undefined ? details : { ...details, retryAfterMs },
        `HTTP ${response.status} from the SOAP endpoint`,
      );
    }
    try {
      const bytes = await readBody(response, details, {
        ...(call.signal === undefined ? {} : { signal: call.signal }),
        idleTimeoutMs: call.idleTimeoutMs ?? options.idleTimeoutMs ?? DEFAULT_IDLE_TIMEOUT_MS,
      });
      return { response, bytes };
    } catch (error) {
      const failure = toClientError(error, undefined, details);
      const truncated = failure.kind === 'protocol' && failure.code === 'TRUNCATED';
      const broken = truncated || isTransportError(failure);
      if (broken) return { broken: failure };
      throw failure;
    }
  }

  return async (operation, envelope, call) => {
    const details = { provider: 'boxnet', operation } as const;
    for (let attempt = 0; ; attempt++) {
      const result = await exchange(operation, envelope, call);
      if ('broken' in result) {
        if (!READ_ONLY.has(operation) || attempt >= bodyRetries || call.signal?.aborted) throw result.broken;
        options.logger?.(`retry of ${operation} after a broken answer: ${result.broken.message}`);
        continue;
      }
      const { response, bytes } = result;
      let text: string;
      try {
        text = decoder.decode(bytes);
      } catch (cause) {
        throw new ProtocolError('the answer is not valid UTF-8', { ...details, status: response.status, cause });
      }
      if (!response.ok && !text.includes('Fault')) {
        throw errorFromStatus(response.status, details, `HTTP ${response.status} from the SOAP endpoint`);
      }
      return text;
    }
  };
}

/**
 * Reads a whole answer through core's checkedBody (idle timeout, caller's signal, length against Content-Length).
 * The overall timeout and the signal also hold through core's HTTP client until the body ends.
 */
async function readBody(
  response: Response,
  details: ErrorDetails,
  options: { readonly signal?: AbortSignal; readonly idleTimeoutMs: number },
): Promise<Uint8Array> {
  const chunks: Uint8Array[] = [];
  let size = 0;
  try {
    const reader = checkedBody(response, details, options).getReader();
    for (;;) {
      const next = await reader.read();
      if (next.done) break;
      chunks.push(next.value);
      size += next.value.byteLength;
    }
  } catch (error) {
    const failure = toClientError(error, undefined, details);
    // The server closed the connection before sending what its Content-Length announced: a truncated answer, as
    // checkedBody says when the stream ends cleanly. A reset (ECONNRESET) stays a TransportError.
    if (isTransportError(failure) && closedEarly(error)) {
      throw new ProtocolError(`truncated answer: the connection closed after ${size} bytes`, {
        ...details,
        status: response.status,
        code: 'TRUNCATED',
        cause: failure,
      });
    }
    throw failure;
  }
  if (chunks.length === 1 && chunks[0] !== undefined) return chunks[0];
  const out = new Uint8Array(size);
  let offset = 0;
  for (const chunk of chunks) {
    out.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return out;
}

/** undici's "terminated" with an orderly close underneath (`UND_ERR_SOCKET`, "other side closed"), not a reset. */
function closedEarly(error: unknown): boolean {
  for (let e: unknown = error, depth = 0; e instanceof Error && depth < 4; e = e.cause, depth++) {
    const code = (e as Error & { code?: unknown }).code;
    if (code === 'ECONNRESET' || code === 'EPIPE') return false;
    if (code === 'UND_ERR_SOCKET' && /other side closed/i.test(e.message)) return true;
  }
  return false;
}
