import { readFileSync } from 'node:fs';
import { createFileCloudAdminClient, createFileCloudClient, type FetchLike } from '../src/index.js';

const SAMPLES = new URL('../../../specs/filecloud/samples/', import.meta.url);

export function sample(name: string): string {
  return readFileSync(new URL(name, SAMPLES), 'utf8');
}

export interface Recorded {
  readonly fetch: FetchLike;
  /** Every request the client sent: path, method, form or query fields, headers. */
  readonly requests: { path: string; method: string; fields: URLSearchParams; headers: Headers }[];
}

/**
 * An injected fetch that answers each path with a recorded sample (the same sample every time unless `routes`
 * maps the path to a list, answered in order). No network, no global interception.
 */
export function recorded(routes: Record<string, string | string[]>, type = 'text/xml; charset=utf-8'): Recorded {
  const requests: Recorded['requests'] = [];
  const queues = new Map<string, string[]>();
  const fetch: FetchLike = async (input, init) => {
    const request = input instanceof Request ? input : new Request(input, init);
    const url = new URL(request.url);
    const body = request.method === 'POST' ? await request.text() : '';
    const fields = request.method === 'POST' && url.search === '' ? new URLSearchParams(body) : url.searchParams;
    requests.push({ path: url.pathname, method: request.method, fields, headers: request.headers });
    const route = routes[url.pathname];
    if (route === undefined) return new Response('not recorded', { status: 404 });
    let name: string | undefined;
    if (Array.isArray(route)) {
      const queue = queues.get(url.pathname) ?? [...route];
      queues.set(url.pathname, queue);
      name = queue.length > 1 ? queue.shift() : queue[0];
    } else name = route;
    const text = name === undefined ? '' : sample(name);
    const contentType = name?.endsWith('.txt') ? 'text/plain' : name?.endsWith('.html') ? 'text/html' : type;
    return new Response(text, { status: 200, headers: { 'content-type': contentType } });
  };
  return { fetch, requests };
}

export function recordedClient(routes: Record<string, string | string[]>, withLogin = false) {
  const r = recorded(routes);
  const client = createFileCloudClient({
    baseUrl: 'https://files.example.com/',
    fetch: r.fetch,
    ...(withLogin ? { username: 'alice', password: 'secret' } : {}),
  });
  return { client, ...r };
}

export function recordedAdmin(routes: Record<string, string | string[]>) {
  const r = recorded(routes);
  const admin = createFileCloudAdminClient({ baseUrl: 'https://files.example.com', fetch: r.fetch });
  return { admin, ...r };
}
