/**
 * Browsers: what fetch cannot do there, XMLHttpRequest does. A page cannot stream a request body over HTTP/1.1
 * (Chromium refuses a ReadableStream body without HTTP/2), and fetch reports no upload progress at all, so an upload
 * that asks for progress goes whole (a Blob or bytes, which the browser reads from disk itself) through XHR, whose
 * `upload.onprogress` says how far the send got. Everything else keeps going through fetch. core's HTTP client
 * imports this module on first use (a chunk of its own in a splitting bundle). docs/decisions/0015-browsers.md says why.
 */

/**
 * Sends one request with XMLHttpRequest and answers a fetch Response. `onSent` receives the bytes sent so far from
 * the upload progress events. The response body is read whole (uploads answer small JSON or XML). XHR follows
 * redirects itself; the callers that send here never expect one.
 */
export function xhrSend(url: URL, init: RequestInit, onSent: (bytes: number) => void): Promise<Response> {
  return new Promise<Response>((resolve, reject) => {
    const signal = init.signal ?? undefined;
    if (signal?.aborted) {
      reject(signal.reason);
      return;
    }
    const xhr = new XMLHttpRequest();
    xhr.open(init.method ?? 'GET', url.href);
    xhr.responseType = 'arraybuffer';
    xhr.withCredentials = init.credentials === 'include';
    // Content-Length is the browser's to set (a forbidden header name); the body's size gives it.
    for (const [name, value] of new Headers(init.headers)) {
      if (name !== 'content-length') xhr.setRequestHeader(name, value);
    }
    const onAbort = (): void => xhr.abort();
    signal?.addEventListener('abort', onAbort, { once: true });
    const done = (): void => signal?.removeEventListener('abort', onAbort);
    xhr.upload.onprogress = (event) => onSent(event.loaded);
    xhr.onload = () => {
      done();
      const empty = xhr.status === 204 || xhr.status === 205 || xhr.status === 304;
      resolve(
        new Response(empty ? null : (xhr.response as ArrayBuffer), {
          status: xhr.status,
          statusText: xhr.statusText,
          headers: parseHeaders(xhr.getAllResponseHeaders()),
        }),
      );
    };
    // fetch's own failure shapes, so core maps them as it maps fetch's: a TypeError is a network error.
    xhr.onerror = () => {
      done();
      reject(new TypeError('Failed to fetch (XMLHttpRequest network error)'));
    };
    xhr.onabort = () => {
      done();
      reject(signal?.reason ?? new DOMException('The upload was aborted', 'AbortError'));
    };
    xhr.send(init.body as XMLHttpRequestBodyInit | null);
  });
}

function parseHeaders(raw: string): Headers {
  const headers = new Headers();
  for (const line of raw.trim().split(/\r?\n/)) {
    const colon = line.indexOf(':');
    if (colon <= 0) continue;
    try {
      headers.append(line.slice(0, colon).trim(), line.slice(colon + 1).trim());
    } catch {
      // A header the Headers class refuses (bad bytes) is dropped, as fetch would never have passed it on.
    }
  }
  return headers;
}
