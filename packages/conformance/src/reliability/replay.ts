import type { FetchLike, FileStore } from '@fileclients/core';
import { joinPath } from '@fileclients/core';

/** One exchange as the server answered it. */
export interface Recorded {
  readonly method: string;
  /** Path and query, the key replays match on. */
  readonly target: string;
  readonly status: number;
  readonly headers: readonly [string, string][];
  readonly body: Uint8Array<ArrayBuffer>;
}

function keyOf(input: string | URL | Request, init: RequestInit | undefined): { method: string; target: string } {
  const url = new URL(input instanceof Request ? input.url : input);
  const method = (init?.method ?? (input instanceof Request ? input.method : 'GET')).toUpperCase();
  return { method, target: `${url.pathname}${url.search}` };
}

/** A fetch that forwards to `inner` and keeps a copy of every answer, and the credentials seen, for the scan. */
export function recordingFetch(inner: FetchLike, into: Recorded[], credentials?: Set<string>): FetchLike {
  return async (input, init) => {
    if (credentials !== undefined) collectCredentials(new Headers(init?.headers), credentials);
    const response = await inner(input, init);
    if (credentials !== undefined) {
      for (const line of response.headers.getSetCookie()) {
        const value = (line.split(';')[0] ?? '').split('=').slice(1).join('=').trim();
        if (value.length >= 8) credentials.add(value);
      }
    }
    const body = new Uint8Array(await response.arrayBuffer());
    const { method, target } = keyOf(input, init);
    const headers = [...response.headers].filter(([name]) => !DROPPED.has(name));
    into.push({ method, target, status: response.status, headers, body });
    return new Response(NO_BODY.has(response.status) ? null : body, { status: response.status, headers });
  };
}

// The replayed body differs from the recorded one, so its framing headers no longer hold.
const DROPPED = new Set(['content-length', 'content-encoding', 'transfer-encoding', 'connection', 'keep-alive']);
const NO_BODY = new Set([101, 204, 205, 304]);

/**
 * A fetch that answers from a recording: request i gets the recorded answer with the same method and path (in
 * order), and the answer at `mutate.index` gets `mutate.body` instead. Requests the recording lacks get a 404.
 */
export function replayFetch(
  recorded: readonly Recorded[],
  mutate: { index: number; body: Uint8Array<ArrayBuffer>; onServed?: () => void },
): FetchLike {
  const used = new Set<number>();
  return async (input, init) => {
    // A request body is consumed so a streamed upload completes as it would against a server.
    if (init?.body instanceof ReadableStream) await init.body.cancel().catch(() => undefined);
    const { method, target } = keyOf(input, init);
    let index = recorded.findIndex((r, i) => !used.has(i) && r.method === method && r.target === target);
    if (index < 0)
      index = recorded.findIndex((r, i) => !used.has(i) && r.method === method && samePath(r.target, target));
    if (index < 0) return new Response('not recorded', { status: 404 });
    used.add(index);
    const answer = recorded[index];
    if (answer === undefined) return new Response('not recorded', { status: 404 });
    if (index === mutate.index) mutate.onServed?.();
    const body = index === mutate.index ? mutate.body : answer.body;
    return new Response(NO_BODY.has(answer.status) ? null : body, {
      status: answer.status,
      headers: answer.headers.map(([n, v]): [string, string] => [n, v]),
    });
  };
}

function samePath(a: string, b: string): boolean {
  return a.split('?')[0] === b.split('?')[0];
}

/** The store calls whose answers the fuzzer mutates: one of each kind of response a store decodes. */
export async function storeScript(store: FileStore, base: string): Promise<void> {
  const dir = joinPath(base, 'fuzz-script');
  await store.mkdir(dir);
  const data = new TextEncoder().encode('fuzz me');
  await store.upload(joinPath(dir, 'a.txt'), { source: data, size: data.byteLength });
  for await (const _entry of store.list(dir)) {
    // drain
  }
  await store.stat(joinPath(dir, 'a.txt'));
  await new Response(await store.download(joinPath(dir, 'a.txt'))).arrayBuffer();
  await store.rename(joinPath(dir, 'a.txt'), 'b.txt');
  await store.delete(dir, { recursive: true });
}

function collectCredentials(headers: Headers, into: Set<string>): void {
  const auth = headers.get('authorization');
  if (auth !== null) into.add(auth.replace(/^\S+\s+/, ''));
  for (const pair of (headers.get('cookie') ?? '').split(';')) {
    const value = pair.split('=').slice(1).join('=').trim();
    if (value.length >= 8) into.add(value);
  }
  for (const name of ['x-auth-token', 'authtoken', 'x-csrf-token', 'x-xsrf-token']) {
    const value = headers.get(name);
    if (value !== null && value.length >= 8) into.add(value);
  }
}
