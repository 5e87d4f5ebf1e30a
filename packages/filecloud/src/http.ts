import type { Middleware } from 'openapi-fetch';
import { errorFromResult, PROVIDER } from './errors.js';
import {
  type CookieJar,
  errorFromStatus as coreErrorFromStatus,
  ProtocolError,
  parseRetryAfter,
} from './internal/core.js';
import { decodeXml } from './xml.js';

/** `/core/getfilelist` -> `getfilelist`, `/admin/search` -> `admin/search`: the operation name in errors. */
export function operationName(path: string): string {
  const clean = path.split('?')[0] ?? path;
  if (clean.startsWith('/admin/')) return `admin/${clean.slice('/admin/'.length)}`;
  return clean.slice(clean.lastIndexOf('/') + 1);
}

/**
 * The headers every FileCloud call carries. `X-Requested-With` always; `X-XSRF-TOKEN` echoes the cookie of that name
 * when the server set one (FileCloud 14+ checks it for browser agents; harmless otherwise); the session cookies
 * only for the server's own origin.
 */
export function sessionHeaders(jar: CookieJar, url: string, extra?: Record<string, string>): Headers {
  const headers = new Headers(extra);
  headers.set('x-requested-with', 'XMLHttpRequest');
  const xsrf = jar.get('X-XSRF-TOKEN', url);
  if (xsrf) headers.set('x-xsrf-token', xsrf);
  const cookie = jar.headerFor(url);
  if (cookie) headers.set('cookie', cookie);
  return headers;
}

/**
 * An HTTP status other than 2xx on a FileCloud call (FileCloud reports its own failures with 200), mapped by core:
 * 401/403 auth, 404 not found, 413/507 quota, 429 rate limit, 5xx transport. A Retry-After (429, 503) becomes
 * `retryAfterMs`, for callers that schedule their own retry once ours are spent.
 */
export function errorFromStatus(operation: string, status: number, headers?: Headers): Error {
  const retryAfterMs = parseRetryAfter(headers?.get('retry-after'));
  return coreErrorFromStatus(
    status,
    { provider: PROVIDER, operation, ...(retryAfterMs === undefined ? {} : { retryAfterMs }) },
    `the server answered HTTP ${status}`,
  );
}

function looksLikeHtml(text: string): boolean {
  return /^\s*(?:<!doctype html|<html)/i.test(text);
}

/**
 * Reads a FileCloud XML answer: unwraps the root, forces the spec's arrays, and throws the typed error for
 * `command.result` 0 or `meta.result` other than 1 (fileexists' plain "no" excepted).
 */
export async function readXmlAnswer(operation: string, response: Response): Promise<Record<string, unknown>> {
  if (!response.ok) throw errorFromStatus(operation, response.status, response.headers);
  const text = await response.text();
  const type = response.headers.get('content-type') ?? '';
  if (looksLikeHtml(text)) {
    throw new ProtocolError('answered an HTML page instead of XML (a login or proxy page?)', {
      provider: PROVIDER,
      operation,
      status: response.status,
    });
  }
  if (text.trim() !== '' && !type.includes('xml') && !text.trimStart().startsWith('<')) {
    throw new ProtocolError(`expected an XML answer, got ${type || 'no content type'}`, {
      provider: PROVIDER,
      operation,
      status: response.status,
    });
  }
  let body: Record<string, unknown>;
  try {
    body = decodeXml(text, operation).body;
  } catch (cause) {
    if (cause instanceof ProtocolError) throw cause;
    throw new ProtocolError('the XML answer could not be parsed', {
      provider: PROVIDER,
      operation,
      status: response.status,
      cause,
    });
  }
  checkResult(operation, body, response.status);
  return body;
}

function field(value: unknown, key: string): string | undefined {
  if (typeof value !== 'object' || value === null) return undefined;
  const v = (value as Record<string, unknown>)[key];
  return typeof v === 'string' ? v : undefined;
}

function checkResult(operation: string, body: Record<string, unknown>, status: number): void {
  const commands = body.command;
  if (Array.isArray(commands) && commands.length > 0) {
    const first: unknown = commands[0];
    const result = field(first, 'result')?.trim();
    // fileexists answers "no" with result 0 and message 0 (or empty); any other message is a real failure
    // (an expired session, for one), which must not read as "does not exist".
    const answersNo = operation === 'fileexists' && /^[01]?$/.test(field(first, 'message')?.trim() ?? '');
    if (result === '0' && !answersNo) {
      throw errorFromResult(operation, result, field(first, 'message'), status);
    }
  }
  const meta = body.meta;
  const metaResult = field(meta, 'result')?.trim();
  if (metaResult !== undefined && metaResult !== '' && metaResult !== '1') {
    throw errorFromResult(operation, metaResult, field(meta, 'message'), status);
  }
}

/**
 * The answer handed back to openapi-fetch: the decoded object itself, returned by `json()`, so it is not serialised
 * to JSON and parsed again on every call (measured by the filecloud bench). `text()` gives the JSON form.
 */
class DecodedResponse extends Response {
  readonly #decoded: Record<string, unknown>;

  constructor(decoded: Record<string, unknown>, original: Response) {
    const headers = new Headers(original.headers);
    headers.set('content-type', 'application/json');
    headers.delete('content-encoding');
    // Content-Length stays the wire length of the XML: openapi-fetch then calls json() (or, without it, text()).
    super(null, { status: original.status, statusText: original.statusText, headers });
    this.#decoded = decoded;
  }

  override json(): Promise<Record<string, unknown>> {
    return Promise.resolve(this.#decoded);
  }

  override text(): Promise<string> {
    return Promise.resolve(JSON.stringify(this.#decoded));
  }
}

/**
 * The openapi-fetch middleware of every client: session headers out, cookies in, XML answers decoded into the JSON
 * shape the generated types describe (so the default `parseAs: 'json'` works), failures thrown as typed errors.
 * Uploads (text/plain `OK`) pass through untouched.
 */
export function fileCloudMiddleware(jar: CookieJar): Middleware {
  return {
    onRequest({ request }) {
      const headers = sessionHeaders(jar, request.url);
      for (const [k, v] of headers) request.headers.set(k, v);
      return request;
    },
    async onResponse({ request, response, schemaPath }) {
      jar.setFromResponse(request.url, response);
      const operation = operationName(schemaPath);
      if (operation === 'upload') return response;
      const body = await readXmlAnswer(operation, response);
      return new DecodedResponse(body, response);
    },
  };
}
