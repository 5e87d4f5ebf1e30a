import { Agent, type Agent as HttpAgent, request as httpRequest, type IncomingMessage } from 'node:http';
import { type Agent as HttpsAgent, request as httpsRequest, Agent as SecureAgent } from 'node:https';
import type { FetchLike } from '../http.js';
import { produceWithHooks, type TapHooks } from '../stream-tap.js';

export interface NodeHttpFetchOptions {
  readonly agent?: HttpAgent;
  readonly httpsAgent?: HttpsAgent;
}

const NULL_BODY_STATUSES = new Set([101, 204, 205, 304]);

/**
 * A `fetch` over node:http(s), for bulk transfers: it streams request bodies with backpressure and never buffers them
 * (undici's fetch tees a streamed body unless redirect is 'error'), and it moves bytes with less overhead per chunk.
 * It does not follow redirects (the core HTTP client does, hop by hop) and does not decode Content-Encoding
 * (it asks for identity).
 */
export function createNodeHttpFetch(options: NodeHttpFetchOptions = {}): FetchLike {
  const agent = options.agent ?? new Agent({ keepAlive: true });
  const secureAgent = options.httpsAgent ?? new SecureAgent({ keepAlive: true });

  return (input, init = {}) => {
    const request = input instanceof Request ? input : undefined;
    const url = new URL(input instanceof Request ? input.url : input);
    const method = (init.method ?? request?.method ?? 'GET').toUpperCase();
    const headers = new Headers(init.headers ?? request?.headers);
    const signal = init.signal ?? request?.signal ?? undefined;
    const body = init.body ?? request?.body ?? undefined;
    const redirectMode = init.redirect ?? 'follow';
    if (!headers.has('accept-encoding')) headers.set('accept-encoding', 'identity');

    return new Promise<Response>((resolve, reject) => {
      if (signal?.aborted) {
        reject(abortReason(signal));
        return;
      }
      const send = url.protocol === 'https:' ? httpsRequest : httpRequest;
      const outgoing: Record<string, string> = {};
      for (const [name, value] of headers) outgoing[name] = value;
      const req = send(url, {
        method,
        headers: outgoing,
        agent: url.protocol === 'https:' ? secureAgent : agent,
      });
      const onAbort = (): void => {
        const reason = abortReason(signal);
        req.destroy(reason instanceof Error ? reason : new Error(String(reason)));
      };
      signal?.addEventListener('abort', onAbort, { once: true });
      const detach = (): void => signal?.removeEventListener('abort', onAbort);

      req.on('error', (error) => {
        detach();
        reject(signal?.aborted ? abortReason(signal) : networkError(error));
      });
      req.on('response', (res) => {
        if (redirectMode === 'error' && res.statusCode !== undefined && res.statusCode >= 300 && res.statusCode < 400) {
          if (res.headers.location !== undefined) {
            res.resume();
            detach();
            reject(new TypeError('fetch failed', { cause: new Error('unexpected redirect') }));
            return;
          }
        }
        const status = res.statusCode ?? 0;
        const responseHeaders = new Headers();
        for (let i = 0; i + 1 < res.rawHeaders.length; i += 2) {
          const name = res.rawHeaders[i];
          const value = res.rawHeaders[i + 1];
          if (name !== undefined && value !== undefined) responseHeaders.append(name, value);
        }
        const hasBody = method !== 'HEAD' && !NULL_BODY_STATUSES.has(status);
        if (!hasBody) res.resume();
        const stream = hasBody ? incomingStream(res, signal, detach) : null;
        if (!hasBody) detach();
        resolve(new Response(stream, { status, statusText: res.statusMessage ?? '', headers: responseHeaders }));
      });

      writeBody(req, body ?? null).catch((error: unknown) => {
        req.destroy(error instanceof Error ? error : new Error(String(error)));
      });
    });
  };
}

function abortReason(signal: AbortSignal | undefined): unknown {
  return signal?.reason ?? new DOMException('This operation was aborted', 'AbortError');
}

function networkError(error: Error): TypeError {
  // Same shape as undici's fetch failures, so callers (and toClientError) see one kind of network error.
  return new TypeError('fetch failed', { cause: error });
}

async function writeBody(req: ReturnType<typeof httpRequest>, body: BodyInit | null): Promise<void> {
  if (body === null) {
    req.end();
    return;
  }
  if (typeof body === 'string' || body instanceof Uint8Array) {
    if (!req.hasHeader('content-length')) req.setHeader('content-length', Buffer.byteLength(body));
    req.end(body);
    return;
  }
  if (body instanceof ArrayBuffer) {
    req.setHeader('content-length', body.byteLength);
    req.end(new Uint8Array(body));
    return;
  }
  let stream: ReadableStream<Uint8Array>;
  if (body instanceof ReadableStream) stream = body as ReadableStream<Uint8Array>;
  else if (body instanceof Blob) {
    if (!req.hasHeader('content-length')) req.setHeader('content-length', body.size);
    if (body.type !== '' && !req.hasHeader('content-type')) req.setHeader('content-type', body.type);
    stream = body.stream();
  } else {
    // FormData, URLSearchParams and the rest: let Response serialise them and tell us their content type.
    const serialised = new Response(body);
    const type = serialised.headers.get('content-type');
    if (type !== null && !req.hasHeader('content-type')) req.setHeader('content-type', type);
    const bytes = new Uint8Array(await serialised.arrayBuffer());
    req.setHeader('content-length', bytes.byteLength);
    req.end(bytes);
    return;
  }
  const reader = stream.getReader();
  try {
    for (;;) {
      const next = await reader.read();
      if (next.done) break;
      // Backpressure: wait for the socket to drain instead of queueing the whole body in memory.
      if (!req.write(next.value)) {
        await new Promise<void>((resolve, reject) => {
          const onDrain = (): void => {
            req.off('close', onClose);
            resolve();
          };
          const onClose = (): void => {
            req.off('drain', onDrain);
            reject(new Error('connection closed while sending the body'));
          };
          req.once('drain', onDrain);
          req.once('close', onClose);
        });
      }
    }
    req.end();
  } catch (error) {
    await reader.cancel(error).catch(() => undefined);
    throw error;
  }
}

/**
 * A web stream over an IncomingMessage; a connection lost mid-body errors the stream (never a silent short end).
 * Push-based: 'data' events enqueue straight into the stream (fulfilling a waiting read without a pull round-trip),
 * and the socket is paused while more than BUFFER_BYTES wait unread, so memory stays bounded. Checks that core
 * would add as another stream stage (progress, length, deadlines) run here, per 'data' event (`produceWithHooks`).
 *
 * The stream's own queue accounting is switched off (every chunk counts 0, high-water mark 0): pull() is then called
 * only when the queue is empty and a reader waits, which tells us exactly when the unread bytes are back to zero,
 * and nothing is read from the socket before the first read, so hooks attached before it see every byte.
 */
const BUFFER_BYTES = 1024 * 1024;

function incomingStream(
  res: IncomingMessage,
  signal: AbortSignal | undefined,
  detach: () => void,
): ReadableStream<Uint8Array> {
  const hooks: TapHooks[] = [];
  const cleanups: Array<() => void> = [];
  let settled = false;
  let controller: ReadableStreamDefaultController<Uint8Array> | undefined;
  let unread = 0;
  const settle = (): boolean => {
    if (settled) return false;
    settled = true;
    detach();
    for (const cleanup of cleanups) cleanup();
    for (const hook of hooks) hook.settle?.();
    return true;
  };
  // `fromHook`: the error was thrown by a check and is already the one to report; otherwise it is a network failure.
  const fail = (error: unknown, fromHook: boolean): void => {
    let failure: unknown = fromHook ? error : signal?.aborted ? abortReason(signal) : networkError(error as Error);
    for (const hook of hooks) if (hook.fail) failure = hook.fail(failure);
    if (!settle()) return;
    res.destroy();
    controller?.error(failure);
  };
  const stream = new ReadableStream<Uint8Array>(
    {
      start(c) {
        controller = c;
        res.on('data', (chunk: Buffer) => {
          if (settled) return;
          try {
            for (const hook of hooks) hook.chunk?.(chunk);
          } catch (error) {
            fail(error, true);
            return;
          }
          c.enqueue(chunk);
          unread += chunk.length;
          if (unread >= BUFFER_BYTES) res.pause();
        });
        res.on('end', () => {
          if (settled) return;
          try {
            for (const hook of hooks) hook.end?.();
          } catch (error) {
            fail(error, true);
            return;
          }
          settle();
          c.close();
        });
        res.on('error', (error) => fail(error, false));
        res.on('close', () => {
          if (!res.complete) fail(new Error('connection closed before the response body was complete'), false);
        });
        res.pause();
      },
      pull() {
        unread = 0;
        res.resume();
      },
      cancel() {
        settle();
        res.destroy();
      },
    },
    { highWaterMark: 0, size: () => 0 },
  );
  produceWithHooks(stream, (hook) => {
    hooks.push(hook);
    hook.start?.();
    const hookSignal = hook.signal;
    if (hookSignal === undefined) return;
    // A hook's deadline fired: its own fail() maps the reason (e.g. to TimeoutError).
    const onAbort = (): void => fail(hookSignal.reason, true);
    if (hookSignal.aborted) onAbort();
    else {
      hookSignal.addEventListener('abort', onAbort, { once: true });
      cleanups.push(() => hookSignal.removeEventListener('abort', onAbort));
    }
  });
  return stream;
}
