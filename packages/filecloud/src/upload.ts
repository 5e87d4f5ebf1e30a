import { ProtocolError, streamChunks } from '@fileclients/core';
import type { Connection } from './connection.js';
import { errorFromResult, PROVIDER } from './errors.js';
import type { paths } from './generated/openapi.gen.js';
import {
  type CommandLike,
  DEFAULT_CHUNK_SIZE,
  failure,
  own,
  type TransferProgress,
  type UploadOptions,
  type UploadSource,
} from './transfer.js';
import { asArray, decodeXml } from './xml.js';

// The chunked upload, loaded on the first upload (client.ts imports it on demand): an app that only lists and
// downloads does not carry it.

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
