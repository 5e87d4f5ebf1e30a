import { errorFromResult, PROVIDER } from './errors.js';
import {
  type CookieJar,
  errorFromStatus as coreErrorFromStatus,
  ProtocolError,
  parseRetryAfter,
} from './internal/core.js';
import type { Answer } from './transport.js';
import { decodeXml } from './xml.js';

/** `/core/getfilelist` -> `getfilelist`, `/admin/search` -> `admin/search`: the operation name in errors. */
export function operationName(path: string): string {
  const clean = path.split('?')[0] ?? path;
  if (clean.startsWith('/admin/')) return `admin/${clean.slice('/admin/'.length)}`;
  return clean.slice(clean.lastIndexOf('/') + 1);
}

/**
 * The headers every FileCloud call carries, onto `headers` (lower-case names). `X-Requested-With` always;
 * `X-XSRF-TOKEN` echoes the cookie of that name when the server set one (FileCloud 14+ checks it for browser agents;
 * harmless otherwise); the session cookies only for the server's own origin.
 */
export function withSessionHeaders(
  jar: CookieJar,
  url: string,
  headers: Record<string, string>,
): Record<string, string> {
  headers['x-requested-with'] = 'XMLHttpRequest';
  const xsrf = jar.get('X-XSRF-TOKEN', url);
  if (xsrf) headers['x-xsrf-token'] = xsrf;
  const cookie = jar.headerFor(url);
  if (cookie) headers.cookie = cookie;
  return headers;
}

/** The same, as Headers over the caller's extra headers (downloads). */
export function sessionHeaders(jar: CookieJar, url: string, extra?: Record<string, string>): Headers {
  return new Headers(withSessionHeaders(jar, url, lowerCaseNames(extra)));
}

/** A copy with lower-case names, so session headers set later replace a caller's own spelling of them. */
export function lowerCaseNames(headers: Record<string, string> | undefined): Record<string, string> {
  const out: Record<string, string> = {};
  if (headers !== undefined) for (const [name, value] of Object.entries(headers)) out[name.toLowerCase()] = value;
  return out;
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
export function readXmlAnswer(operation: string, response: Answer): Record<string, unknown> {
  if (response.status < 200 || response.status > 299) {
    throw errorFromStatus(operation, response.status, response.headers);
  }
  const { text } = response;
  const type = response.headers.get('content-type') ?? '';
  if (looksLikeHtml(text)) {
    throw new ProtocolError('answered an HTML page instead of XML (a login or proxy page?)', {
      provider: PROVIDER,
      operation,
      status: response.status,
    });
  }
  if (!type.includes('xml') && text.trim() !== '' && !text.trimStart().startsWith('<')) {
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
