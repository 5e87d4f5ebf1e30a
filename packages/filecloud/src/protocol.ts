import { type Answer, type CookieJar, ProtocolError } from '@fileclients/core';
import { errorFromResult, PROVIDER } from './errors.js';
import { decodeXml } from './xml.js';

/** Idle timeout of every call when none is given: long enough for a slow server, short enough to notice a stall. */
export const DEFAULT_IDLE_TIMEOUT_MS = 30_000;

/**
 * The calls that only read, so sending one twice is harmless: these (and only these) are retried after a 5xx, a 429,
 * a connection reset or a broken answer. FileCloud's API is all POSTs, so core cannot tell from the method;
 * every mutation (create, rename, copy, move, delete, upload, share changes, login) is sent exactly once.
 */
export const READ_ONLY_OPERATIONS: ReadonlySet<string> = new Set([
  'getauthenticationinfo',
  'getfilelist',
  'fileinfo',
  'fileexists',
  'getfolderproperties',
  'search',
  'dosearch',
  'getversions',
  'getshareforpath',
  'getshares',
  'getusersforshare',
  'getdiskusagedetails',
  'downloadfile',
  'downloadfilemulti',
  'downloadversionedfile',
  'admin/search',
  'admin/getuser',
]);

/** `/core/getfilelist` -> `getfilelist`, `/admin/search` -> `admin/search`: the operation name in errors. */
export function operationName(path: string): string {
  const clean = path.split('?')[0] ?? path;
  if (clean.startsWith('/admin/')) return `admin/${clean.slice('/admin/'.length)}`;
  return clean.slice(clean.lastIndexOf('/') + 1);
}

/**
 * The headers every FileCloud call carries, set by core's session on each request (and each redirect hop):
 * `X-Requested-With` always; `X-XSRF-TOKEN` echoes the cookie of that name when the server set one for this origin
 * (FileCloud 14+ checks it for browser agents; harmless otherwise). The session cookies are core's jar's.
 */
export function authorize(jar: CookieJar, url: URL, headers: Headers): void {
  headers.set('x-requested-with', 'XMLHttpRequest');
  const xsrf = jar.get('X-XSRF-TOKEN', url) ?? pageCookie('X-XSRF-TOKEN', url);
  if (xsrf) headers.set('x-xsrf-token', xsrf);
}

/**
 * In a browser the jar stays empty (scripts never see Set-Cookie): a page on the server's own origin reads the
 * cookie from `document.cookie`, as FileCloud's web UI does. A page on another origin cannot; see the README.
 */
function pageCookie(name: string, url: URL): string | undefined {
  const page = (globalThis as { document?: { cookie?: unknown } }).document;
  const origin = (globalThis as { location?: { origin?: unknown } }).location?.origin;
  if (typeof page?.cookie !== 'string' || origin !== url.origin) return undefined;
  for (const pair of page.cookie.split(';')) {
    const eq = pair.indexOf('=');
    if (eq > 0 && pair.slice(0, eq).trim() === name) return pair.slice(eq + 1).trim();
  }
  return undefined;
}

function looksLikeHtml(text: string): boolean {
  return /^\s*(?:<!doctype html|<html)/i.test(text);
}

/**
 * Reads a FileCloud XML answer (FileCloud reports its failures with HTTP 200; other statuses are core's errors
 * before this runs): unwraps the root, forces the spec's arrays, and throws the typed error for `command.result` 0
 * or `meta.result` other than 1 (fileexists' plain "no" excepted).
 */
export function readXmlAnswer(operation: string, answer: Answer): Record<string, unknown> {
  const { text } = answer;
  const type = answer.headers.get('content-type') ?? '';
  const details = { provider: PROVIDER, operation, status: answer.status };
  if (looksLikeHtml(text)) {
    throw new ProtocolError('answered an HTML page instead of XML (a login or proxy page?)', details);
  }
  if (!type.includes('xml') && text.trim() !== '' && !text.trimStart().startsWith('<')) {
    throw new ProtocolError(`expected an XML answer, got ${type || 'no content type'}`, details);
  }
  let body: Record<string, unknown>;
  try {
    body = decodeXml(text, operation).body;
  } catch (cause) {
    if (cause instanceof ProtocolError) throw cause;
    throw new ProtocolError('the XML answer could not be parsed', { ...details, cause });
  }
  checkResult(operation, body, answer.status);
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
