import { createDeadline } from './deadline.js';
import { type ErrorDetails, ProtocolError, type ProviderId } from './errors.js';
import { toClientError } from './http.js';
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
  const reader = body.getReader();
  const onProgress = options.onProgress;
  let bytes = 0;
  const report = (): void => onProgress?.(expected === undefined ? { bytes } : { bytes, total: expected });

  // A stalled socket never settles read(); cancelling the reader does (the pending read resolves as done), and
  // `failure` then says why. This costs nothing per chunk, unlike racing every read against a timer promise.
  let failure: unknown;
  const onAbort = (): void => {
    failure = deadline.error(details);
    reader.cancel(failure).catch(() => undefined);
  };
  deadline.signal.addEventListener('abort', onAbort, { once: true });
  const finish = (): void => {
    deadline.signal.removeEventListener('abort', onAbort);
    deadline.dispose();
  };

  return new ReadableStream<Uint8Array>(
    {
      start() {
        report();
      },
      async pull(controller) {
        try {
          const next = await reader.read();
          if (failure !== undefined) throw failure;
          if (next.done) {
            finish();
            if (expected !== undefined && bytes !== expected) {
              throw new ProtocolError(`truncated body: received ${bytes} of ${expected} bytes`, {
                ...details,
                code: 'TRUNCATED',
              });
            }
            controller.close();
            return;
          }
          bytes += next.value.byteLength;
          if (expected !== undefined && bytes > expected) {
            throw new ProtocolError(`body longer than announced: more than ${expected} bytes`, details);
          }
          deadline.touch();
          controller.enqueue(next.value);
          report();
        } catch (error) {
          finish();
          const cause = failure ?? error;
          reader.cancel(cause).catch(() => undefined);
          controller.error(
            toClientError(
              cause,
              deadline,
              expected === undefined ? details : { ...details, details: { received: bytes, expected } },
            ),
          );
        }
      },
      cancel(reason) {
        finish();
        return reader.cancel(reason);
      },
    },
    { highWaterMark: 0 },
  );
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
