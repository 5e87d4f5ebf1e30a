import { afterEach, describe, expect, it, vi } from 'vitest';
import { createHttpClient, isAbortError, Session, type TransferProgress } from '../src/index.js';
import { multipartBody, uploadBody } from '../src/upload/index.js';

/**
 * What core does where XMLHttpRequest exists (browsers): uploads go whole through XHR and their progress comes from
 * its upload events; cookie sessions ask for `credentials: 'include'`. The real thing runs in headless Chromium in
 * packages/browser-tests; this stands a scripted XHR in, to pin the values core derives from it.
 */

interface Sent {
  method: string;
  url: string;
  headers: Record<string, string>;
  body: Uint8Array;
  withCredentials: boolean;
}

const sent: Sent[] = [];
let hang = false;

class FakeXhr {
  status = 0;
  statusText = '';
  responseType = '';
  response: ArrayBuffer | null = null;
  withCredentials = false;
  readonly upload: { onprogress: ((event: { loaded: number }) => void) | null } = { onprogress: null };
  onload: (() => void) | null = null;
  onerror: (() => void) | null = null;
  onabort: (() => void) | null = null;
  #method = '';
  #url = '';
  #headers: Record<string, string> = {};
  #aborted = false;
  open(method: string, url: string): void {
    this.#method = method;
    this.#url = url;
  }
  setRequestHeader(name: string, value: string): void {
    this.#headers[name] = value;
  }
  getAllResponseHeaders(): string {
    return 'content-type: application/json\r\nx-odd: 1\r\n';
  }
  abort(): void {
    this.#aborted = true;
    this.onabort?.();
  }
  send(body: Blob | Uint8Array | null): void {
    void (async () => {
      const bytes = body instanceof Blob ? new Uint8Array(await body.arrayBuffer()) : (body ?? new Uint8Array());
      const step = Math.ceil(bytes.byteLength / 4);
      for (let loaded = step; loaded < bytes.byteLength + step; loaded += step) {
        await new Promise((resolve) => setTimeout(resolve, 1));
        if (this.#aborted) return;
        this.upload.onprogress?.({ loaded: Math.min(loaded, bytes.byteLength) });
      }
      if (hang) return;
      sent.push({
        method: this.#method,
        url: this.#url,
        headers: this.#headers,
        body: bytes,
        withCredentials: this.withCredentials,
      });
      this.status = 200;
      this.statusText = 'OK';
      this.response = new TextEncoder().encode('{"ok":true}').buffer;
      this.onload?.();
    })();
  }
}

function inBrowser(withDocument = true): void {
  vi.stubGlobal('XMLHttpRequest', FakeXhr);
  if (withDocument) vi.stubGlobal('document', {});
  sent.length = 0;
  hang = false;
}

afterEach(() => vi.unstubAllGlobals());

const context = { provider: 'carbonio-files' as const, operation: 'upload' };

describe('uploads where XMLHttpRequest exists', () => {
  it('sends a Blob whole through XHR and reports its progress in steps, ending at the total', async () => {
    inBrowser();
    const fetch = vi.fn();
    vi.stubGlobal('fetch', fetch);
    const http = createHttpClient({ provider: 'carbonio-files' });
    const data = new Uint8Array(4096).map((_, i) => i % 251);
    const progress: TransferProgress[] = [];
    const response = await http.request(context, 'http://files.test/upload', {
      method: 'POST',
      body: uploadBody({ source: new Blob([data]), onProgress: (p) => progress.push(p) }),
    });
    expect(fetch).not.toHaveBeenCalled();
    expect(await response.json()).toEqual({ ok: true });
    expect(response.headers.get('x-odd')).toBe('1');
    expect(sent).toHaveLength(1);
    expect(sent[0]?.body).toEqual(data);
    expect(sent[0]?.headers['content-length']).toBeUndefined();
    expect(progress.map((p) => p.bytes)).toEqual([0, 1024, 2048, 3072, 4096]);
    expect(progress.every((p) => p.total === 4096)).toBe(true);
  });

  it('builds a multipart body as one Blob with the same bytes the streamed body has, progress per part', async () => {
    const data = new TextEncoder().encode('hello browser');
    const parts = (onProgress: (p: TransferProgress) => void) => [
      { name: 'path', value: '/Docs' },
      {
        name: 'file',
        filename: 'a "b".txt',
        body: { source: new Blob([data]), contentType: 'text/plain', onProgress },
      },
    ];
    // The streamed body, as Node sends it.
    const streamed = await multipartBody(
      parts(() => undefined),
      { boundary: 'B' },
    ).open();
    const expected = new Uint8Array(await new Response(streamed.body).arrayBuffer());

    inBrowser();
    const progress: TransferProgress[] = [];
    const http = createHttpClient({ provider: 'afterlogic-pro7' });
    await http.request({ provider: 'afterlogic-pro7', operation: 'UploadFile' }, 'http://pro7.test/?/Api/', {
      method: 'POST',
      body: multipartBody(
        parts((p) => progress.push(p)),
        { boundary: 'B' },
      ),
    });
    expect(new TextDecoder().decode(sent[0]?.body)).toBe(new TextDecoder().decode(expected));
    expect(sent[0]?.headers['content-type']).toBe('multipart/form-data; boundary=B');
    // The file part's own progress: from 0 to its 13 bytes, never beyond.
    expect(progress[0]).toEqual({ bytes: 0, total: 13 });
    expect(progress.at(-1)).toEqual({ bytes: 13, total: 13 });
    expect(progress.every((p) => p.bytes <= 13)).toBe(true);
  });

  it('streams a multipart body with a one-shot stream part, opening that stream once', async () => {
    inBrowser();
    let body = '';
    vi.stubGlobal(
      'fetch',
      vi.fn(async (_input: unknown, init?: RequestInit) => {
        body = await new Response(init?.body as ReadableStream).text();
        return new Response('{}');
      }),
    );
    const stream = new ReadableStream<Uint8Array>({
      start(controller) {
        controller.enqueue(new TextEncoder().encode('streamed part'));
        controller.close();
      },
    });
    const http = createHttpClient({ provider: 'boxnet' });
    await http.request({ provider: 'boxnet', operation: 'upload' }, 'http://box.test/upload', {
      method: 'POST',
      body: multipartBody(
        [
          { name: 'a', filename: 'a.txt', body: { source: new Blob(['whole part']), onProgress: () => undefined } },
          { name: 'b', filename: 'b.txt', body: { source: stream, size: 13 } },
        ],
        { boundary: 'B' },
      ),
    });
    expect(sent).toHaveLength(0);
    expect(body).toContain('\r\n\r\nwhole part\r\n--B');
    expect(body).toContain('\r\n\r\nstreamed part\r\n--B--');
  });

  it('refuses a declared size the Blob does not have, before sending', async () => {
    inBrowser();
    const http = createHttpClient({ provider: 'boxnet' });
    await expect(
      http.request({ provider: 'boxnet', operation: 'upload' }, 'http://box.test/upload', {
        method: 'POST',
        body: uploadBody({ source: new Blob(['abc']), size: 5, onProgress: () => undefined }),
      }),
    ).rejects.toThrow(/holds 3 bytes, declared size is 5/);
    expect(sent).toHaveLength(0);
  });

  it('aborts mid-upload with an AbortError naming the provider', async () => {
    inBrowser();
    hang = true;
    const controller = new AbortController();
    const http = createHttpClient({ provider: 'filecloud' });
    const pending = http.request({ provider: 'filecloud', operation: 'upload' }, 'http://fc.test/core/upload', {
      method: 'POST',
      signal: controller.signal,
      body: uploadBody({
        source: new Blob([new Uint8Array(1 << 16)]),
        onProgress: (p) => {
          if (p.bytes > 0) controller.abort();
        },
      }),
    });
    const failure = await pending.catch((error: unknown) => error);
    expect(isAbortError(failure)).toBe(true);
    expect(String(failure)).toMatch(/filecloud/);
  });
});

describe('cookie sessions in a browser', () => {
  it("asks for credentials: 'include' when the session has cookies and a document exists", async () => {
    inBrowser();
    const seen: Array<RequestCredentials | undefined> = [];
    const fetch = vi.fn(async (_input: unknown, init?: RequestInit) => {
      seen.push(init?.credentials);
      return new Response('{}');
    });
    vi.stubGlobal('fetch', fetch);
    const cookies = new Session({ login: () => undefined });
    const tokens = new Session({ login: () => undefined, cookies: false });
    await createHttpClient({ provider: 'carbonio-files', session: cookies }).request(context, 'http://c.test/');
    await createHttpClient({ provider: 'afterlogic-pro7', session: tokens }).request(context, 'http://p.test/');
    expect(seen).toEqual(['include', undefined]);
  });

  it('leaves credentials alone in a worker-less, document-less runtime (Node)', async () => {
    const seen: Array<RequestCredentials | undefined> = [];
    vi.stubGlobal(
      'fetch',
      vi.fn(async (_input: unknown, init?: RequestInit) => {
        seen.push(init?.credentials);
        return new Response('{}');
      }),
    );
    const session = new Session({ login: () => undefined });
    await createHttpClient({ provider: 'carbonio-files', session }).request(context, 'http://c.test/');
    expect(seen).toEqual([undefined]);
  });
});
