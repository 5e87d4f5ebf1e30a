import { registerSecret, type SessionLike } from '@fileclients/core';

/**
 * The two cookies the cookie mode needs (`p7token`, `p7auth`), kept for one origin only: the client never sends
 * them to another host because every request it makes goes to its own baseUrl and redirects are not followed.
 * Core's HTTP client applies and fills it as its session. Core's `CookieJar` does the same with full RFC 6265
 * scoping, at three times the size; one origin and two cookies need none of that.
 */
export class Pro7CookieJar implements SessionLike {
  readonly #cookies = new Map<string, string>();

  applyTo(_url: URL, headers: Headers): void {
    if (this.#cookies.size === 0) return;
    headers.set('Cookie', [...this.#cookies].map(([name, value]) => `${name}=${value}`).join('; '));
  }

  /** Stores the `Set-Cookie` headers of a response; an expired or emptied cookie is removed. */
  receive(_url: URL, response: Response): void {
    const headers = response.headers as Headers & { getSetCookie?: () => string[] };
    const lines = typeof headers.getSetCookie === 'function' ? headers.getSetCookie() : [];
    for (const line of lines) {
      const [pair, ...attributes] = line.split(';');
      if (pair === undefined) continue;
      const eq = pair.indexOf('=');
      if (eq <= 0) continue;
      const name = pair.slice(0, eq).trim();
      const value = pair.slice(eq + 1).trim();
      if (value === '' || value === 'deleted' || isExpired(attributes)) this.#cookies.delete(name);
      else {
        registerSecret(value);
        this.#cookies.set(name, value);
      }
    }
  }

  /** The value of one cookie, if the server set it. */
  get(name: string): string | undefined {
    return this.#cookies.get(name);
  }

  clear(): void {
    this.#cookies.clear();
  }
}

function isExpired(attributes: readonly string[]): boolean {
  for (const attribute of attributes) {
    const [rawKey, ...rest] = attribute.split('=');
    const key = rawKey?.trim().toLowerCase();
    const value = rest.join('=').trim();
    if (key === 'max-age' && Number(value) <= 0) return true;
    if (key === 'expires') {
      const when = Date.parse(value);
      if (!Number.isNaN(when) && when <= Date.now()) return true;
    }
  }
  return false;
}
