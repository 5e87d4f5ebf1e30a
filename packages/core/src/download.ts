import { createDeadline } from './deadline.js';
import { type ErrorDetails, ProtocolError, type ProviderId } from './errors.js';
import { toClientError } from './http.js';
import { tap } from './stream-tap.js';
import type { ProgressListener } from './transfer.js';

export interface DownloadOptions {
  readonly onProgress?: ProgressListener;
  readonly signal?: AbortSignal;
  /** Overall deadline for reading the body. */
  readonly timeoutMs?: number;
  /** Longest gap between two chunks. Default 60 000; 0 disables. */
  readonly idleTimeoutMs?: number;
  /** Size known from metadata (a listing); checked like Content-Length when the response has none. */
  readonly expectedSize?: number;
}

export interface DownloadContext {
  readonly provider: ProviderId;
  readonly operation: string;
}

/**
 * Wraps a response body: reports progress, enforces the idle and overall timeouts and the caller's signal, and
 * turns a short or long body (against Content-Length or `expectedSize`) into a ProtocolError and a broken connection
 * into a TransportError, so a truncated file is never taken for a complete one.
 */
export function checkedBody(
  response: Response,
  context: DownloadContext,
  options: DownloadOptions = {},
): ReadableStream<Uint8Array> {
  const details: ErrorDetails = { provider: context.provider, operation: context.operation, status: response.status };
  const expected = expectedLength(response) ?? options.expectedSize;
  const body = response.body;
  if (body === null) {
    if (expected !== undefined && expected > 0) {
      throw new ProtocolError(`response has no body, expected ${expected} bytes`, details);
    }
    return new ReadableStream<Uint8Array>({ start: (controller) => controller.close() });
  }
  const deadline = createDeadline({
    signal: options.signal,
    timeoutMs: options.timeoutMs,
    idleTimeoutMs: options.idleTimeoutMs ?? 60_000,
  });
  const onProgress = options.onProgress;
  let bytes = 0;
  const report = (): void => onProgress?.(expected === undefined ? { bytes } : { bytes, total: expected });
  // When the deadline fires, tap cancels the source (a stalled read then ends as done) and the hooks below turn that
  // early end into the deadline's AbortError or TimeoutError.
  const fired = (): void => {
    if (deadline.signal.aborted) throw deadline.error(details);
  };
  return tap(body, {
    signal: deadline.signal,
    start: report,
    chunk(chunk) {
      fired();
      bytes += chunk.byteLength;
      if (expected !== undefined && bytes > expected) {
        throw new ProtocolError(`body longer than announced: more than ${expected} bytes`, details);
      }
      deadline.touch();
      report();
    },
    end() {
      fired();
      if (expected !== undefined && bytes !== expected) {
        throw new ProtocolError(`truncated body: received ${bytes} of ${expected} bytes`, {
          ...details,
          code: 'TRUNCATED',
        });
      }
    },
    fail: (error) =>
      toClientError(
        error,
        deadline,
        expected === undefined ? details : { ...details, details: { received: bytes, expected } },
      ),
    settle: deadline.dispose,
  });
}

/** Content-Length, unless the body is content-coded (fetch then hands out decoded bytes of another length). */
function expectedLength(response: Response): number | undefined {
  const encoding = response.headers.get('content-encoding');
  if (encoding !== null && encoding.toLowerCase() !== 'identity') return undefined;
  const raw = response.headers.get('content-length');
  if (raw === null || !/^\d+$/.test(raw.trim())) return undefined;
  return Number(raw.trim());
}

/** Reads a whole (checked) body into memory; for small payloads such as thumbnails or tests. */
export async function readAll(stream: ReadableStream<Uint8Array>): Promise<Uint8Array> {
  return new Uint8Array(await new Response(stream).arrayBuffer());
}
