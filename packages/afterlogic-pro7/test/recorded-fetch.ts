import type { FetchLike } from '../src/index.js';
import { type RecordedName, type RecordedRaw, recorded } from './fixtures/recorded.js';

export interface SentRequest {
  readonly method: string;
  readonly url: string;
  readonly headers: Headers;
  /** The form fields of an Ajax call (empty for other requests). */
  readonly form: URLSearchParams;
  readonly action: string | undefined;
}

type Answer = RecordedName | RecordedRaw | ((request: SentRequest) => RecordedName | RecordedRaw);

/**
 * An injected fetch that answers from the recorded fixtures: Ajax calls by their Action (a list is used in
 * order, the last entry repeating), other requests by a URL substring. It keeps every request for assertions.
 */
export function recordedFetch(routes: Record<string, Answer | Answer[]>): { fetch: FetchLike; sent: SentRequest[] } {
  const sent: SentRequest[] = [];
  const counters = new Map<string, number>();
  const fetch: FetchLike = async (input, init) => {
    const request = input instanceof Request ? input : new Request(input, init);
    const contentType = request.headers.get('content-type') ?? '';
    const text = request.method === 'GET' ? '' : await request.text();
    const form = contentType.startsWith('application/x-www-form-urlencoded')
      ? new URLSearchParams(text)
      : new URLSearchParams();
    const action = form.get('Action') ?? undefined;
    const entry: SentRequest = { method: request.method, url: request.url, headers: request.headers, form, action };
    sent.push(entry);
    const key = action ?? Object.keys(routes).find((route) => request.url.includes(route));
    const route = key === undefined ? undefined : routes[key];
    if (key === undefined || route === undefined)
      throw new Error(`no recorded answer for ${request.method} ${request.url}`);
    const list = Array.isArray(route) ? route : [route];
    const index = counters.get(key) ?? 0;
    counters.set(key, index + 1);
    let answer = list[Math.min(index, list.length - 1)];
    if (typeof answer === 'function') answer = answer(entry);
    if (answer === undefined) throw new Error('empty route');
    if (typeof answer === 'string') {
      return new Response(recorded[answer], {
        status: 200,
        headers: { 'Content-Type': 'application/json; charset=utf-8' },
      });
    }
    return new Response(answer.body === '' ? null : answer.body, { status: answer.status, headers: answer.headers });
  };
  return { fetch, sent };
}

export async function readText(stream: ReadableStream<Uint8Array>): Promise<string> {
  return new Response(stream).text();
}
