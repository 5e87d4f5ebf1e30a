/**
 * Streamed upload and download bodies over core's UploadBody.
 * TODO(core): move to core's `toByteStream`, `multipartBody` and `checkedBody` (core contract, Transfers section);
 * written here while core was being built, and kept because the multipart framing needs the file part's progress.
 */

import type { ProgressListener, UploadBody, UploadSource } from '@fileclients/core';

export type { ProgressListener, TransferProgress, UploadBody, UploadSource } from '@fileclients/core';

const encoder = new TextEncoder();

export function isReplayable(body: UploadBody): boolean {
  const { source } = body;
  return (
    typeof source === 'function' ||
    typeof source === 'string' ||
    source instanceof Uint8Array ||
    source instanceof ArrayBuffer ||
    source instanceof Blob
  );
}

export function knownSize(body: UploadBody, source: UploadSource): number | undefined {
  if (body.size !== undefined) return body.size;
  if (typeof source === 'string') return encoder.encode(source).byteLength;
  if (source instanceof Uint8Array || source instanceof ArrayBuffer) return source.byteLength;
  if (source instanceof Blob) return source.size;
  return undefined;
}

export async function resolveSource(body: UploadBody): Promise<UploadSource> {
  return typeof body.source === 'function' ? await body.source() : body.source;
}

function isAsyncIterable(value: unknown): value is AsyncIterable<Uint8Array> {
  return typeof value === 'object' && value !== null && Symbol.asyncIterator in value;
}

/** Any source as a lazily pulled iterator of byte chunks. */
export async function* chunksOf(source: UploadSource): AsyncGenerator<Uint8Array> {
  if (typeof source === 'string') {
    yield encoder.encode(source);
  } else if (source instanceof Uint8Array) {
    yield source;
  } else if (source instanceof ArrayBuffer) {
    yield new Uint8Array(source);
  } else if (source instanceof Blob) {
    yield* chunksOf(source.stream());
  } else if (source instanceof ReadableStream) {
    const reader = source.getReader();
    try {
      for (;;) {
        const { done, value } = await reader.read();
        if (done) return;
        yield value;
      }
    } finally {
      reader.releaseLock();
    }
  } else if (isAsyncIterable(source)) {
    for await (const chunk of source) yield chunk instanceof Uint8Array ? chunk : new Uint8Array(chunk);
  } else {
    throw new TypeError('unsupported upload source');
  }
}

/**
 * A pull stream over the given parts, counting the bytes of the `counted` parts for progress and checking the
 * declared size. Pulling one chunk at a time keeps memory bounded whatever the file size.
 */
export function streamParts(
  parts: ReadonlyArray<Uint8Array | { readonly counted: AsyncIterable<Uint8Array> }>,
  progress: { readonly total?: number | undefined; readonly onProgress?: ProgressListener | undefined },
  onSizeMismatch: (sent: number) => Error,
): ReadableStream<Uint8Array> {
  let index = 0;
  let iterator: AsyncIterator<Uint8Array> | undefined;
  let sent = 0;
  const report = (): void => {
    progress.onProgress?.(progress.total === undefined ? { bytes: sent } : { bytes: sent, total: progress.total });
  };
  return new ReadableStream<Uint8Array>(
    {
      async pull(controller) {
        for (;;) {
          const part = parts[index];
          if (part === undefined) {
            controller.close();
            return;
          }
          if (part instanceof Uint8Array) {
            index++;
            controller.enqueue(part);
            return;
          }
          iterator ??= part.counted[Symbol.asyncIterator]();
          const { done, value } = await iterator.next();
          if (done) {
            iterator = undefined;
            index++;
            if (progress.total !== undefined && sent !== progress.total) throw onSizeMismatch(sent);
            report();
            continue;
          }
          sent += value.byteLength;
          if (progress.total !== undefined && sent > progress.total) throw onSizeMismatch(sent);
          report();
          controller.enqueue(value);
          return;
        }
      },
      async cancel(reason) {
        await iterator?.return?.(reason);
      },
    },
    { highWaterMark: 0 },
  );
}

/** Multipart framing for one file part plus text fields, built lazily around the file's bytes. */
export function multipartFraming(
  fields: Readonly<Record<string, string>>,
  file: { readonly field: string; readonly filename: string; readonly contentType: string },
): { boundary: string; head: Uint8Array; tail: Uint8Array } {
  const boundary = `----fileclients${crypto.randomUUID().replaceAll('-', '')}`;
  const quote = (value: string): string => value.replaceAll('"', '%22').replaceAll('\r', '%0D').replaceAll('\n', '%0A');
  let head = '';
  for (const [name, value] of Object.entries(fields)) {
    head += `--${boundary}\r\nContent-Disposition: form-data; name="${quote(name)}"\r\n\r\n${value}\r\n`;
  }
  head += `--${boundary}\r\nContent-Disposition: form-data; name="${quote(file.field)}"; filename="${quote(file.filename)}"\r\n`;
  head += `Content-Type: ${file.contentType}\r\n\r\n`;
  return { boundary, head: encoder.encode(head), tail: encoder.encode(`\r\n--${boundary}--\r\n`) };
}

/** Wraps a response body: progress per chunk, and a body shorter than Content-Length fails instead of ending. */
export function countedDownload(
  body: ReadableStream<Uint8Array>,
  total: number | undefined,
  onProgress: ProgressListener | undefined,
  onTruncated: (received: number) => Error,
): ReadableStream<Uint8Array> {
  const reader = body.getReader();
  let received = 0;
  return new ReadableStream<Uint8Array>(
    {
      async pull(controller) {
        const { done, value } = await reader.read();
        if (done) {
          if (total !== undefined && received < total) controller.error(onTruncated(received));
          else controller.close();
          return;
        }
        received += value.byteLength;
        onProgress?.(total === undefined ? { bytes: received } : { bytes: received, total });
        controller.enqueue(value);
      },
      cancel(reason) {
        return reader.cancel(reason);
      },
    },
    { highWaterMark: 0 },
  );
}
