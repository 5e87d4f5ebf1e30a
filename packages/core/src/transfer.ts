import { sendsWholeBodies } from './platform.js';
import { BODY_SOURCE, type OpenBodyOptions, type OpenedBody, type RequestBodySource } from './request-body.js';
import { produceWithHooks, type TapHooks, tap } from './stream-tap.js';

/**
 * Upload bodies: one description of "what to send" (Blob, web stream, async iterable, bytes, text, or a factory
 * of those) turned into a fetch body with progress, size checks and an idle hook. Streams are pulled one chunk at
 * a time (highWaterMark 0), so memory stays bounded whatever the size.
 */

/** Progress of one transfer. `total` is known when the size is. */
export interface TransferProgress {
  readonly bytes: number;
  readonly total?: number;
}

export type ProgressListener = (progress: TransferProgress) => void;

/**
 * What can be uploaded from the platform-neutral entry. A Node `Readable` is an `AsyncIterable<Uint8Array>` and is
 * accepted as such; the node entry adds file paths (`fileSource`).
 */
export type UploadSource =
  | Blob
  | ReadableStream<Uint8Array>
  | AsyncIterable<Uint8Array>
  | Uint8Array
  | ArrayBuffer
  | string;

/** Produces a fresh source per attempt; the only way a streamed upload can be retried. */
export type UploadSourceFactory = () => UploadSource | Promise<UploadSource>;

export interface UploadBody {
  /** The data, or a factory that makes it retryable. */
  readonly source: UploadSource | UploadSourceFactory;
  /** Byte size when known (sent as Content-Length and checked against what the source yields). */
  readonly size?: number;
  /** Content type of the data (used for a multipart part or as the request Content-Type). */
  readonly contentType?: string;
  readonly onProgress?: ProgressListener;
}

/** Builds a RequestBodySource from an UploadBody. */
export function uploadBody(body: UploadBody): RequestBodySource {
  const { source } = body;
  const replayable = typeof source === 'function' || isInMemory(source);
  let used = false;
  const size = body.size ?? (typeof source === 'function' ? undefined : knownSize(source));
  return {
    [BODY_SOURCE]: true,
    replayable,
    ...(size === undefined ? {} : { size }),
    ...(body.contentType === undefined ? {} : { contentType: body.contentType }),
    async open(options = {}) {
      if (!replayable && used) {
        throw new Error('this upload body is a one-shot stream and was already sent; pass a source factory to retry');
      }
      used = true;
      const resolved = typeof source === 'function' ? await source() : source;
      return openSource(resolved, { ...body, size }, options);
    },
  };
}

/**
 * Opens an UploadBody for a single send through your own fetch. Spread the result:
 * `fetch(url, { method: 'PUT', body: b.body, ...(b.streamed ? { duplex: 'half', redirect: 'error' } : {}) })`.
 */
export async function toRequestBody(body: UploadBody, options: OpenBodyOptions = {}): Promise<OpenedBody> {
  return uploadBody(body).open(options);
}

function isInMemory(source: UploadSource): source is Blob | Uint8Array | ArrayBuffer | string {
  return (
    typeof source === 'string' ||
    source instanceof Uint8Array ||
    source instanceof ArrayBuffer ||
    source instanceof Blob
  );
}

const encoder = new TextEncoder();

function knownSize(source: UploadSource): number | undefined {
  if (typeof source === 'string') return encoder.encode(source).byteLength;
  if (source instanceof Uint8Array || source instanceof ArrayBuffer) return source.byteLength;
  if (source instanceof Blob) return source.size;
  return undefined;
}

/** Slices for in-memory bodies, so progress moves in steps while fetch reads them. */
const SLICE = 64 * 1024;

function openSource(
  source: UploadSource,
  body: { size?: number | undefined; contentType?: string | undefined; onProgress?: ProgressListener | undefined },
  options: OpenBodyOptions,
): OpenedBody {
  const size = body.size ?? knownSize(source);
  const meta = {
    ...(size === undefined ? {} : { size }),
    ...(body.contentType === undefined ? {} : { contentType: body.contentType }),
  };
  const tracked = body.onProgress !== undefined || options.onChunk !== undefined;
  if (!tracked && isInMemory(source)) {
    // Handing bytes or a Blob straight to fetch is the fast path: no stream, replayable, Content-Length automatic.
    return {
      body: typeof source === 'string' ? encoder.encode(source) : (source as BodyInit),
      streamed: false,
      ...meta,
    };
  }
  if (isInMemory(source) && sendsWholeBodies()) return wholeBody(source, { ...body, size }, options);
  const stream = countingStream(toByteStream(source), { ...body, size }, options);
  return { body: stream, streamed: true, ...meta };
}

/**
 * A browser upload with progress: the Blob or bytes go whole, and the transport reports the bytes sent (a page
 * cannot stream a request body over HTTP/1.1). The size check a counting stream makes at its end is made up front.
 */
function wholeBody(
  source: Blob | Uint8Array | ArrayBuffer | string,
  body: { size?: number | undefined; contentType?: string | undefined; onProgress?: ProgressListener | undefined },
  options: OpenBodyOptions,
): OpenedBody {
  const whole = typeof source === 'string' ? encoder.encode(source) : source;
  const actual = knownSize(whole) ?? 0;
  if (body.size !== undefined && body.size !== actual) {
    throw new RangeError(`upload source holds ${actual} bytes, declared size is ${body.size}`);
  }
  if (options.signal?.aborted) throw options.signal.reason;
  const report = (bytes: number): void => body.onProgress?.({ bytes, total: actual });
  report(0);
  let last = 0;
  return {
    body: whole as BodyInit,
    streamed: false,
    size: actual,
    ...(body.contentType === undefined ? {} : { contentType: body.contentType }),
    sent(bytes) {
      const clamped = Math.min(Math.max(bytes, 0), actual);
      options.onChunk?.();
      if (clamped === last) return;
      last = clamped;
      report(clamped);
    },
  };
}

/** Turns any source into a web ReadableStream of bytes, pulling lazily. */
export function toByteStream(source: UploadSource): ReadableStream<Uint8Array> {
  if (typeof source === 'string') return bytesStream(encoder.encode(source));
  if (source instanceof Uint8Array) return bytesStream(source);
  if (source instanceof ArrayBuffer) return bytesStream(new Uint8Array(source));
  if (source instanceof Blob) return source.stream();
  if (source instanceof ReadableStream) return source;
  return iterableStream(source);
}

function bytesStream(bytes: Uint8Array): ReadableStream<Uint8Array> {
  let offset = 0;
  return new ReadableStream<Uint8Array>(
    {
      pull(controller) {
        if (offset >= bytes.byteLength) {
          controller.close();
          return;
        }
        controller.enqueue(bytes.subarray(offset, offset + SLICE));
        offset += SLICE;
      },
    },
    { highWaterMark: 0 },
  );
}

function iterableStream(iterable: AsyncIterable<Uint8Array | string>): ReadableStream<Uint8Array> {
  let iterator: AsyncIterator<Uint8Array | string> | undefined;
  let controller: ReadableStreamDefaultController<Uint8Array> | undefined;
  // Hooks from tap (progress, size, idle) run here as chunks are produced, instead of as one more stream stage:
  // on a bulk upload from a file that stage is most of core's overhead over a plain pipe.
  const hooks: TapHooks[] = [];
  const cleanups: Array<() => void> = [];
  let settled = false;
  const settle = (): void => {
    if (settled) return;
    settled = true;
    for (const cleanup of cleanups) cleanup();
    for (const hook of hooks) hook.settle?.();
  };
  const fail = (error: unknown): void => {
    let failure = error;
    for (const hook of hooks) if (hook.fail) failure = hook.fail(failure);
    settle();
    controller?.error(failure);
    // return() lets a Node Readable destroy itself and close its file descriptor.
    iterator?.return?.().catch(() => undefined);
  };
  const stream = new ReadableStream<Uint8Array>(
    {
      start(c) {
        controller = c;
      },
      async pull(c) {
        try {
          iterator ??= iterable[Symbol.asyncIterator]();
          const next = await iterator.next();
          if (settled) return;
          if (next.done) {
            for (const hook of hooks) hook.end?.();
            settle();
            c.close();
            return;
          }
          // A Node Readable with setEncoding() yields strings; accept them rather than fail deep inside fetch.
          const chunk = typeof next.value === 'string' ? encoder.encode(next.value) : next.value;
          for (const hook of hooks) hook.chunk?.(chunk);
          c.enqueue(chunk);
        } catch (error) {
          fail(error);
        }
      },
      async cancel(reason) {
        settle();
        await iterator?.return?.(reason);
      },
    },
    { highWaterMark: 0 },
  );
  produceWithHooks(stream, (hook) => {
    hooks.push(hook);
    hook.start?.();
    const signal = hook.signal;
    if (signal === undefined) return;
    // A stalled source never settles next(); the abort errors the stream at once instead.
    const onAbort = (): void => fail(signal.reason);
    if (signal.aborted) onAbort();
    else {
      signal.addEventListener('abort', onAbort, { once: true });
      cleanups.push(() => signal.removeEventListener('abort', onAbort));
    }
  });
  return stream;
}

/**
 * Counts bytes as the transport pulls them: progress, the idle hook, and a size check (a source that yields more or
 * less than the declared size would otherwise produce a request the server cuts or misreads).
 */
function countingStream(
  input: ReadableStream<Uint8Array>,
  body: { size?: number | undefined; onProgress?: ProgressListener | undefined },
  options: OpenBodyOptions,
): ReadableStream<Uint8Array> {
  const { size, onProgress } = body;
  let bytes = 0;
  const report = (): void => onProgress?.(size === undefined ? { bytes } : { bytes, total: size });
  const aborted = (): void => {
    if (options.signal?.aborted) throw options.signal.reason;
  };
  return tap(input, {
    ...(options.signal ? { signal: options.signal } : {}),
    start: report,
    chunk(chunk) {
      aborted();
      bytes += chunk.byteLength;
      if (size !== undefined && bytes > size)
        throw new RangeError(`upload source yielded more than the declared ${size} bytes`);
      options.onChunk?.();
      report();
    },
    end() {
      aborted();
      if (size !== undefined && bytes !== size) {
        throw new RangeError(`upload source yielded ${bytes} bytes, declared size is ${size}`);
      }
    },
  });
}
