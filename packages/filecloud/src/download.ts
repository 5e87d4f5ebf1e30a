import { checkedBody, httpStatusError, ProtocolError, TransportError } from '@fileclients/core';
import type { Connection } from './connection.js';
import { errorFromResult, PROVIDER } from './errors.js';
import { type DownloadOptions, failure, own } from './transfer.js';
import { decodeXml } from './xml.js';

// The download stream, loaded on the first download (client.ts imports it on demand), as the upload module is: an
// app that only lists does not carry it.

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
