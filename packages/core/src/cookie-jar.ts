import { defaultRedactor, type Redactor } from './redact.js';

interface StoredCookie {
  readonly name: string;
  readonly value: string;
  readonly path: string;
  readonly secure: boolean;
  /** Epoch ms; undefined for a session cookie. */
  readonly expiresAt: number | undefined;
  readonly createdAt: number;
}

export interface CookieJarOptions {
  /** Clock, injectable for expiry tests. */
  readonly now?: () => number;
  /** Cookie values are session credentials: they are registered here so errors and logs never show them. */
  readonly redactor?: Redactor;
}

/**
 * A small origin-scoped cookie jar. Every cookie belongs to the exact origin (scheme, host, port) that set it: the
 * Domain attribute is ignored on purpose, so a cookie can never reach another host, not even a sibling subdomain,
 * and a redirect to another origin carries none. Path, Max-Age, Expires and Secure are honoured.
 */
export class CookieJar {
  readonly #byOrigin = new Map<string, Map<string, StoredCookie>>();
  readonly #now: () => number;
  readonly #redactor: Redactor;

  constructor(options: CookieJarOptions = {}) {
    this.#now = options.now ?? Date.now;
    this.#redactor = options.redactor ?? defaultRedactor;
  }

  /** Stores every Set-Cookie of a response received from `url`. */
  setFromResponse(url: string | URL, response: Response): void {
    for (const line of setCookieLines(response.headers)) this.setFromHeader(url, line);
  }

  /** Stores one Set-Cookie header value received from `url`. */
  setFromHeader(url: string | URL, header: string): void {
    const target = new URL(url);
    const [pair = '', ...attributes] = header.split(';');
    const eq = pair.indexOf('=');
    if (eq <= 0) return;
    const name = pair.slice(0, eq).trim();
    const value = stripQuotes(pair.slice(eq + 1).trim());
    let path: string | undefined;
    let secure = false;
    let maxAge: number | undefined;
    let expires: number | undefined;
    for (const attribute of attributes) {
      const [rawKey = '', ...rest] = attribute.split('=');
      const key = rawKey.trim().toLowerCase();
      const attrValue = rest.join('=').trim();
      if (key === 'path' && attrValue.startsWith('/')) path = attrValue;
      else if (key === 'secure') secure = true;
      else if (key === 'max-age' && /^-?\d+$/.test(attrValue)) maxAge = Number(attrValue);
      else if (key === 'expires') {
        const at = Date.parse(attrValue);
        if (!Number.isNaN(at)) expires = at;
      }
    }
    // A Secure cookie from a plain-http origin would later leak over plain http; browsers refuse it too
    // (except on loopback, which they treat as a secure context, and where our sandboxes run).
    if (secure && target.protocol !== 'https:' && !isLoopback(target.hostname)) return;
    const now = this.#now();
    // Max-Age wins over Expires (RFC 6265 5.3 step 3).
    const expiresAt = maxAge !== undefined ? now + maxAge * 1000 : expires;
    this.#store(target, {
      name,
      value,
      path: path ?? defaultPath(target.pathname),
      secure,
      expiresAt,
      createdAt: now,
    });
  }

  /** Sets a cookie directly (providers that receive a session id in a response body and must send it as a cookie). */
  set(url: string | URL, name: string, value: string, options: { path?: string; maxAgeSeconds?: number } = {}): void {
    const target = new URL(url);
    const now = this.#now();
    this.#store(target, {
      name,
      value,
      path: options.path ?? '/',
      secure: target.protocol === 'https:',
      expiresAt: options.maxAgeSeconds === undefined ? undefined : now + options.maxAgeSeconds * 1000,
      createdAt: now,
    });
  }

  /** The Cookie header for a request to `url`, or undefined when no cookie applies. */
  headerFor(url: string | URL): string | undefined {
    const matches = this.#matching(new URL(url));
    if (matches.length === 0) return undefined;
    // Longer paths first (RFC 6265 5.4 step 2), then older first.
    matches.sort((a, b) => b.path.length - a.path.length || a.createdAt - b.createdAt);
    return matches.map((cookie) => `${cookie.name}=${cookie.value}`).join('; ');
  }

  /** The value of one cookie that would be sent to `url`. */
  get(name: string, url: string | URL): string | undefined {
    return this.#matching(new URL(url)).find((cookie) => cookie.name === name)?.value;
  }

  /** Forgets cookies: all of them, or one origin's. */
  clear(origin?: string | URL): void {
    if (origin === undefined) this.#byOrigin.clear();
    else this.#byOrigin.delete(new URL(origin).origin);
  }

  #store(target: URL, cookie: StoredCookie): void {
    const origin = target.origin;
    let cookies = this.#byOrigin.get(origin);
    if (cookies === undefined) {
      cookies = new Map();
      this.#byOrigin.set(origin, cookies);
    }
    const key = `${cookie.path}\u0000${cookie.name}`;
    const expired = cookie.expiresAt !== undefined && cookie.expiresAt <= cookie.createdAt;
    if (expired) {
      // Max-Age=0 or a past Expires is how servers delete a cookie.
      cookies.delete(key);
      return;
    }
    this.#redactor.add(cookie.value);
    const previous = cookies.get(key);
    cookies.set(key, previous === undefined ? cookie : { ...cookie, createdAt: previous.createdAt });
  }

  #matching(target: URL): StoredCookie[] {
    const cookies = this.#byOrigin.get(target.origin);
    if (cookies === undefined) return [];
    const now = this.#now();
    const out: StoredCookie[] = [];
    for (const [key, cookie] of cookies) {
      if (cookie.expiresAt !== undefined && cookie.expiresAt <= now) {
        cookies.delete(key);
        continue;
      }
      if (cookie.secure && target.protocol !== 'https:' && !isLoopback(target.hostname)) continue;
      if (!pathMatches(target.pathname || '/', cookie.path)) continue;
      out.push(cookie);
    }
    return out;
  }
}

function setCookieLines(headers: Headers): string[] {
  // getSetCookie keeps several Set-Cookie headers apart; every runtime core supports has it (Node >= 19.7, Deno,
  // Bun; browsers never expose Set-Cookie to scripts at all).
  return (headers as Headers & { getSetCookie?: () => string[] }).getSetCookie?.() ?? [];
}

function stripQuotes(value: string): string {
  return value.length >= 2 && value.startsWith('"') && value.endsWith('"') ? value.slice(1, -1) : value;
}

function isLoopback(hostname: string): boolean {
  return hostname === 'localhost' || hostname === '[::1]' || /^127\.\d+\.\d+\.\d+$/.test(hostname);
}

/** RFC 6265 5.1.4 default-path: the request path up to, not including, its last slash. */
function defaultPath(pathname: string): string {
  if (!pathname.startsWith('/')) return '/';
  const last = pathname.lastIndexOf('/');
  return last <= 0 ? '/' : pathname.slice(0, last);
}

/** RFC 6265 5.1.4 path-match. */
function pathMatches(requestPath: string, cookiePath: string): boolean {
  if (requestPath === cookiePath) return true;
  if (!requestPath.startsWith(cookiePath)) return false;
  return cookiePath.endsWith('/') || requestPath.charAt(cookiePath.length) === '/';
}
