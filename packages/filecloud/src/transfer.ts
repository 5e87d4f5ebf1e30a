import {
  checkedBody,
  httpStatusError,
  ProtocolError,
  streamChunks,
  TransportError,
  toClientError,
} from '@fileclients/core';
import type { Connection } from './connection.js';
import { errorFromResult, PROVIDER } from './errors.js';
import type { paths } from './generated/openapi.gen.js';
import { asArray, decodeXml } from './xml.js';

interface CommandLike {
  readonly result?: string;
  readonly message?: string;
}

/** 20 MiB, the slice size of FileCloud's own SDK. */
export const DEFAULT_CHUNK_SIZE = 20 * 1024 * 1024;

export type UploadSource = Blob | Uint8Array | string | ReadableStream<Uint8Array> | AsyncIterable<Uint8Array>;

export interface TransferProgress {
  readonly bytes: number;
  readonly total?: number | undefined;
}

export interface UploadOptions {
  /** Total bytes; required for streams and iterables (FileCloud wants `filesize` on every slice). */
  readonly size?: number;
  /** Slice size in bytes (default 20 MiB). Slices are sent one after another. */
  readonly chunkSize?: number;
  /** Fail with ConflictError instead of replacing an existing file (`nofileoverwrite=1`). */
  readonly noOverwrite?: boolean;
  /** Replace only if the server copy still has this modification time (`iflastmodified`, passed through as given). */
  readonly ifLastModified?: string;
  /** Modification time to record (`date`, UTC "YYYY-MM-DD HH:MM:SS"); a Date is formatted for you. */
  readonly modified?: Date | string;
  /** Called after each slice the server accepted. */
  readonly onProgress?: (progress: TransferProgress) => void;
  readonly signal?: AbortSignal;
}

export interface DownloadOptions {
  /** Ask an object-storage backed server for a direct link (`redirect=1`); followed here without cookies. Default false. */
  readonly redirect?: boolean;
  readonly onProgress?: (progress: TransferProgress) => void;
  readonly signal?: AbortSignal;
}

type UploadQuery = NonNullable<paths['/core/upload']['post']['parameters']['query']>;

/** The slice's query string, each value percent-encoded as a URI component. */
function uploadQuery(query: UploadQuery): string {
  const parts: string[] = [];
  for (const [key, value] of Object.entries(query)) {
    if (value !== undefined) parts.push(`${key}=${encodeURIComponent(String(value))}`);
  }
  return parts.join('&');
}

function utcStamp(date: Date): string {
  return date.toISOString().slice(0, 19).replace('T', ' ');
}

/** A view Blob and streams accept (TS types a SharedArrayBuffer-backed view differently). */
function own(bytes: Uint8Array): Uint8Array<ArrayBuffer> {
  return bytes.buffer instanceof ArrayBuffer ? (bytes as Uint8Array<ArrayBuffer>) : new Uint8Array(bytes);
}

function sourceSize(source: UploadSource, declared: number | undefined): number | undefined {
  if (source instanceof Blob) return source.size;
  if (source instanceof Uint8Array) return source.byteLength;
  if (typeof source === 'string') return new TextEncoder().encode(source).byteLength;
  return declared;
}

/** Sequential slices of at most `chunkSize` bytes; a stream is buffered one slice at a time, never whole. */
async function* slices(source: UploadSource, chunkSize: number): AsyncGenerator<Blob> {
  if (typeof source === 'string') source = new TextEncoder().encode(source);
  if (source instanceof Blob || source instanceof Uint8Array) {
    const length = source instanceof Blob ? source.size : source.byteLength;
    for (let offset = 0; offset < length; offset += chunkSize) {
      const end = Math.min(length, offset + chunkSize);
      yield source instanceof Blob ? source.slice(offset, end) : new Blob([own(source.subarray(offset, end))]);
    }
    return;
  }
  const iterable: AsyncIterable<Uint8Array> =
    source instanceof ReadableStream ? streamChunks(source) : (source as AsyncIterable<Uint8Array>);
  let parts: Uint8Array<ArrayBuffer>[] = [];
  let buffered = 0;
  for await (const piece of iterable) {
    let rest = piece;
    while (buffered + rest.byteLength >= chunkSize) {
      const take = chunkSize - buffered;
      parts.push(own(rest.subarray(0, take)));
      yield new Blob(parts);
      parts = [];
      buffered = 0;
      rest = rest.subarray(take);
    }
    if (rest.byteLength > 0) {
      parts.push(own(rest));
      buffered += rest.byteLength;
    }
  }
  if (buffered > 0) yield new Blob(parts);
}

/**
 * Chunked upload into `folder` as `name`: one POST /core/upload per slice with `offset`, `complete` (1 on the last
 * slice only) and `filesize`, the bytes in the multipart part `file_contents`. Every slice must answer exactly `OK`;
 * anything else is the server's error message and stops the upload. An empty file is one POST with an empty part.
 */
export async function uploadFile(
  connection: Connection,
  folder: string,
  name: string,
  source: UploadSource,
  options: UploadOptions = {},
): Promise<{ readonly size: number; readonly etag?: string }> {
  const chunkSize = options.chunkSize ?? DEFAULT_CHUNK_SIZE;
  if (!Number.isInteger(chunkSize) || chunkSize <= 0) throw new RangeError('chunkSize must be a positive integer');
  const total = sourceSize(source, options.size);
  if (total === undefined) {
    throw new ProtocolError('a stream upload needs `size` (FileCloud requires filesize on every slice)', {
      provider: PROVIDER,
      operation: 'upload',
    });
  }
  const modified = options.modified instanceof Date ? utcStamp(options.modified) : options.modified;
  let etag: string | undefined;
  // Loaded on the first upload: an app that only lists and downloads does not carry the multipart code.
  const { multipartBody } = await import('@fileclients/core/upload');
  // Progress moves inside a slice (its body's own progress) and after each; never twice for the same count.
  let reported = -1;
  const report = (bytes: number): void => {
    if (bytes <= reported) return;
    reported = bytes;
    options.onProgress?.({ bytes, total });
  };
  const send = async (slice: Blob, offset: number, complete: 0 | 1): Promise<void> => {
    if (options.signal?.aborted) throw failure('upload', options.signal.reason);
    const query = uploadQuery({
      appname: 'explorer',
      path: folder,
      filename: name,
      offset,
      complete,
      filesize: total,
      ...(modified === undefined ? {} : { date: modified }),
      ...(options.noOverwrite ? { nofileoverwrite: 1 as const } : {}),
      ...(options.ifLastModified === undefined ? {} : { iflastmodified: options.ifLastModified }),
    });
    // One multipart part that references the slice (core streams it in Node, sends it whole through XHR in a
    // browser); its progress, inside the slice, moves the upload's and keeps the idle timer alive.
    const form = multipartBody([
      {
        name: 'file_contents',
        filename: name,
        contentType: 'application/octet-stream',
        body: {
          source: slice,
          size: slice.size,
          ...(options.onProgress ? { onProgress: (p: TransferProgress) => report(offset + p.bytes) } : {}),
        },
      },
    ]);
    const text = await connection.call('upload', () =>
      connection.caller.call(
        {
          name: 'upload',
          safe: false,
          relogin: false,
          url: `${connection.baseUrl}/core/upload?${query}`,
          headers: {
            // The last request asks for the stored file's ETag (FileCloud's Python SDK 0.5 does the same).
            ...(complete === 1 ? { 'x-fc-send-etag': '1' } : {}),
          },
          body: form,
          decode: (response) => {
            const answer = response.text.trim();
            if (answer === 'OK') {
              if (complete === 1) etag = response.headers.get('etag') ?? undefined;
              return answer;
            }
            // Refusals before the upload handler (no session, say) come as the XML commands envelope.
            if ((response.headers.get('content-type') ?? '').includes('xml') || answer.startsWith('<')) {
              const command = asArray(decodeXml(answer, 'upload').body.command as CommandLike[] | undefined)[0];
              throw errorFromResult('upload', command?.result, command?.message ?? 'an XML answer instead of OK');
            }
            throw errorFromResult('upload', undefined, answer === '' ? 'empty answer instead of OK' : answer);
          },
        },
        // A redirected slice would need its body sent again: the 3xx is answered as an error instead (core's
        // default for a protocol that never redirects).
        { signal: options.signal },
      ),
    );
    if (text !== 'OK')
      throw new ProtocolError('the upload answer was not OK', { provider: PROVIDER, operation: 'upload' });
  };

  if (total === 0) {
    await send(new Blob([]), 0, 1);
    options.onProgress?.({ bytes: 0, total: 0 });
    return etag === undefined ? { size: 0 } : { size: 0, etag };
  }
  let offset = 0;
  for await (const slice of slices(source, chunkSize)) {
    if (offset + slice.size > total) break;
    const complete = offset + slice.size >= total ? 1 : 0;
    await send(slice, offset, complete);
    offset += slice.size;
    report(offset);
    if (complete === 1) break;
  }
  if (offset !== total) {
    throw new ProtocolError(`the source gave ${offset} bytes but size said ${total}; the upload was not completed`, {
      provider: PROVIDER,
      operation: 'upload',
    });
  }
  return etag === undefined ? { size: total } : { size: total, etag };
}

const XML_ERROR_PEEK = 512;

function concat(a: Uint8Array, b: Uint8Array): Uint8Array<ArrayBuffer> {
  const out = new Uint8Array(a.byteLength + b.byteLength);
  out.set(a, 0);
  out.set(b, a.byteLength);
  return out;
}

/**
 * GETs a download endpoint and returns the body as a stream. Redirects are followed here, by hand: the storage
 * host gets neither cookies nor the XSRF header. A FileCloud XML `commands` answer in place of the bytes is turned
 * into its typed error; an XML *file* (any other root) streams through untouched.
 */
export async function downloadStream(
  connection: Connection,
  operation: string,
  path: string,
  query: Record<string, string>,
  options: DownloadOptions = {},
): Promise<ReadableStream<Uint8Array>> {
  const url = new URL(`${connection.baseUrl}${path}`);
  for (const [k, v] of Object.entries(query)) url.searchParams.set(k, v);
  return connection.call(operation, async () => {
    const call = { signal: options.signal };
    const name = operation;
    let response = await connection.caller.open(
      { name, safe: true, relogin: false, url, init: { method: 'GET', redirect: 'manual' } },
      call,
    );
    for (let hops = 0; response.status >= 300 && response.status < 400; hops++) {
      const location = response.headers.get('location');
      if (!location || hops >= 5) throw httpStatusError(response, { provider: PROVIDER, operation });
      await response.body?.cancel();
      // Anonymous: the storage host gets neither the session cookie nor the XSRF token.
      const next = new URL(location, url);
      const init = { method: 'GET', redirect: 'manual' } as const;
      response = await connection.caller.open(
        { name, safe: true, relogin: false, anonymous: true, url: next, init },
        call,
      );
    }
    if (!response.ok) throw httpStatusError(response, { provider: PROVIDER, operation });
    // The idle timeout between chunks, and a body that breaks off as a typed error.
    const checked = checkedBody(
      response,
      { provider: PROVIDER, operation },
      { idleTimeoutMs: connection.caller.idleTimeoutMs },
    );
    response = new Response(checked, { status: response.status, headers: response.headers });
    const body = response.body ?? new ReadableStream<Uint8Array>({ start: (c) => c.close() });
    const type = response.headers.get('content-type') ?? '';
    const length = Number(response.headers.get('content-length') ?? Number.NaN);
    const total = Number.isFinite(length) && !response.headers.get('content-encoding') ? length : undefined;
    const reader = body.getReader();
    let head: Uint8Array<ArrayBuffer> = new Uint8Array(0);
    if (type.includes('xml') || type.includes('html')) {
      // Peek: an error envelope is small; a real XML file is passed on with the peeked bytes.
      while (head.byteLength < XML_ERROR_PEEK) {
        const { done, value } = await reader.read();
        if (done) break;
        head = concat(head, value);
      }
      const start = new TextDecoder().decode(head).replace(/^\uFEFF?\s*(?:<\?xml[^>]*\?>\s*)?/, '');
      if (start.startsWith('<commands') || /^<!doctype html|^<html/i.test(start)) {
        let all = head;
        for (;;) {
          const { done, value } = await reader.read();
          if (done) break;
          all = concat(all, value);
          if (all.byteLength > 1024 * 1024) break;
        }
        reader.releaseLock();
        const text = new TextDecoder().decode(all);
        if (!start.startsWith('<commands')) {
          throw new ProtocolError('answered an HTML page instead of the file', { provider: PROVIDER, operation });
        }
        let message: string | undefined;
        let result: string | undefined;
        try {
          const command = (decodeXml(text).body.command as { result?: string; message?: string }[] | undefined)?.[0];
          message = command?.message;
          result = command?.result;
        } catch (cause) {
          throw new ProtocolError('answered malformed XML instead of the file', {
            provider: PROVIDER,
            operation,
            cause,
          });
        }
        throw errorFromResult(operation, result, message ?? 'the server answered XML instead of the file');
      }
    }
    let bytes = 0;
    let first: Uint8Array<ArrayBuffer> | undefined = head.byteLength > 0 ? head : undefined;
    return new ReadableStream<Uint8Array>({
      async pull(controller) {
        if (first) {
          const chunk = first;
          first = undefined;
          bytes += chunk.byteLength;
          controller.enqueue(chunk);
          options.onProgress?.({ bytes, total });
          return;
        }
        let next: ReadableStreamReadResult<Uint8Array>;
        try {
          next = await reader.read();
        } catch (cause) {
          const error = failure(operation, cause);
          controller.error(
            error instanceof TransportError
              ? new TransportError(`the download broke off after ${bytes} bytes`, {
                  provider: PROVIDER,
                  operation,
                  cause,
                })
              : error,
          );
          return;
        }
        const { done, value } = next;
        if (done) {
          if (total !== undefined && bytes !== total) {
            controller.error(
              new ProtocolError(`the download ended after ${bytes} of ${total} bytes`, {
                provider: PROVIDER,
                operation,
              }),
            );
            return;
          }
          controller.close();
          return;
        }
        bytes += value.byteLength;
        controller.enqueue(own(value));
        options.onProgress?.({ bytes, total });
      },
      cancel(reason) {
        return reader.cancel(reason);
      },
    });
  });
}

function failure(operation: string, error: unknown) {
  return toClientError(error, undefined, { provider: PROVIDER, operation });
}
