/**
 * Secret redaction. Every error message, cause, JSON form and inspect form, and every log line core writes, goes
 * through a Redactor, so a password, token or cookie value never leaves the process in a diagnostic.
 *
 * Two layers: literal secrets registered at runtime (a token the session received, a password the caller passed),
 * and patterns for the shapes secrets take in text even when nobody registered them (`Authorization: ...`,
 * `password=...`, `"token": "..."`).
 */

/** What a redacted secret is replaced with. */
export const REDACTED = '[REDACTED]';

/** Secrets shorter than this are not matched literally: a 2-letter "secret" would blank out ordinary words. */
const MIN_SECRET_LENGTH = 3;

/** Bounded so a long-running process that refreshes tokens forever does not grow without limit. */
const MAX_SECRETS = 512;

/** Names whose values are secret wherever they appear (query parameters, form fields, JSON keys, headers). */
const SECRET_NAMES =
  'pass(?:word|wd)?|pwd?|secret|(?:access_?|refresh_?|auth_?|id_?|csrf_?|x-csrf-|x-auth-)?token|authtoken|api_?key|x-api-key|session_?id|sid|jsessionid|phpsessid|zm_auth_token|ticket|auth|authorization|(?:set-)?cookie|client_?secret|private_?key|signature';

const SECRET_NAME = new RegExp(`^(?:${SECRET_NAMES})$`, 'i');

// `name=value` (query strings, form bodies, log lines). Only `=`: with `:` too, a message such as
// "boxnet auth: bad credentials" would lose its words. The value stops at a separator.
const KEY_VALUE = new RegExp(`((?:^|[^a-z0-9_-])(?:${SECRET_NAMES})\\s*=\\s*)(?!\\[REDACTED\\])([^\\s&;,"'<>]+)`, 'gi');
// JSON-ish `"name": "value"` and `'name': 'value'`.
const QUOTED = new RegExp(`((["'])(?:${SECRET_NAMES})\\2\\s*:\\s*)(["'])((?:\\\\.|(?!\\3).)*)\\3`, 'gi');
// Header lines whose whole value is secret, scheme included: `Authorization: Bearer abc`, `Cookie: a=b`,
// `X-Auth-Token: abc`. Only where a header line is printed, at the start of a line: inside a sentence the same
// words are an operation name ("boxnet authorization: invalid login") whose message must survive. A secret in a
// header written mid-sentence is still caught by the literal secrets, `name=value` and the schemes below.
const SECRET_HEADER =
  /((?:^|\n)[ \t]*(?:(?:proxy-)?authorization|(?:set-)?cookie|x-(?:auth-token|api-key|csrf-token|session-token|token|auth))[ \t]*:[ \t]*)([^\r\n]+)/gi;
// Schemes in free text: `Bearer abc`, `Basic abc`.
const SCHEME = /\b(Bearer|Basic|Digest|Negotiate|Token)\s+([A-Za-z0-9._~+/=-]{6,})/g;
// Credentials in a URL authority: https://user:pass@host.
const URL_USERINFO = /(\b[a-z][a-z0-9+.-]*:\/\/)([^/\s:@]+):([^/\s@]+)@/gi;

/** Redacts text and structured values. One default instance is shared by core; providers may create their own. */
export class Redactor {
  readonly #secrets = new Set<string>();

  /** Registers a literal secret (a token, a password, a cookie value). Re-adding moves it to the young end. */
  add(secret: string | undefined | null): void {
    if (typeof secret !== 'string' || secret.length < MIN_SECRET_LENGTH) return;
    this.#secrets.delete(secret);
    this.#secrets.add(secret);
    // Also the encoded forms: a token travels in URLs percent-encoded.
    const encoded = encodeURIComponent(secret);
    if (encoded !== secret) this.#secrets.add(encoded);
    while (this.#secrets.size > MAX_SECRETS) {
      const oldest = this.#secrets.values().next();
      if (oldest.done) break;
      this.#secrets.delete(oldest.value);
    }
  }

  /** Redacts registered secrets and secret-shaped substrings in a piece of text. */
  text(input: string): string {
    let out = input;
    if (this.#secrets.size > 0) {
      // Longest first, so a secret that contains another is replaced whole.
      const secrets = [...this.#secrets].sort((a, b) => b.length - a.length);
      for (const secret of secrets) out = out.replaceAll(secret, REDACTED);
    }
    return out
      .replace(SECRET_HEADER, `$1${REDACTED}`)
      .replace(QUOTED, `$1$3${REDACTED}$3`)
      .replace(KEY_VALUE, `$1${REDACTED}`)
      .replace(SCHEME, `$1 ${REDACTED}`)
      .replace(URL_USERINFO, `$1$2:${REDACTED}@`);
  }

  /**
   * Redacts a URL: registered secrets anywhere (tokens embedded in path segments included), secret-named query
   * parameters, and user:password. Extra `secrets` are redacted for this call only.
   */
  url(input: string | URL, secrets: readonly string[] = []): string {
    let out = typeof input === 'string' ? input : input.href;
    for (const secret of secrets) {
      if (secret.length < MIN_SECRET_LENGTH) continue;
      out = out.replaceAll(secret, REDACTED).replaceAll(encodeURIComponent(secret), REDACTED);
    }
    return this.text(out);
  }

  /**
   * Deep-redacts a structured value for JSON or logging: strings are redacted as text, values under secret-named
   * keys are replaced whole, cycles and excessive depth are cut.
   */
  value(input: unknown, depth = 6, seen: WeakSet<object> = new WeakSet()): unknown {
    if (typeof input === 'string') return this.text(input);
    if (input === null || typeof input !== 'object') {
      return typeof input === 'bigint' ? input.toString() : input;
    }
    if (seen.has(input)) return '[Circular]';
    if (depth <= 0) return '[Object]';
    seen.add(input);
    if (input instanceof Error) return this.error(input, depth - 1, seen);
    if (input instanceof URL) return this.url(input);
    if (input instanceof Date) return input.toISOString();
    if (Array.isArray(input)) return input.map((item) => this.value(item, depth - 1, seen));
    if (input instanceof Headers) return this.value(Object.fromEntries(input), depth, seen);
    const out: Record<string, unknown> = {};
    for (const [key, val] of Object.entries(input)) {
      out[key] = isSecretName(key) && val !== undefined && val !== null ? REDACTED : this.value(val, depth - 1, seen);
    }
    return out;
  }

  /**
   * Registers every string found under a secret-named key (`{ password: '...' }`), so the same value is also blanked
   * where it appears under an innocent name or inside a sentence.
   */
  learn(input: unknown, depth = 6): void {
    if (input === null || typeof input !== 'object' || depth <= 0) return;
    for (const [key, val] of Object.entries(input)) {
      if (typeof val === 'string' && isSecretName(key)) this.add(val);
      else this.learn(val, depth - 1);
    }
  }

  /** A plain-object copy of an error with every text field redacted; used for `cause` and JSON forms. */
  error(input: Error, depth = 4, seen: WeakSet<object> = new WeakSet()): Record<string, unknown> {
    seen.add(input);
    const out: Record<string, unknown> = { name: input.name, message: this.text(input.message) };
    for (const key of ['code', 'errno', 'syscall', 'status', 'provider', 'operation'] as const) {
      const val = (input as unknown as Record<string, unknown>)[key];
      if (val !== undefined) out[key] = this.value(val, depth - 1, seen);
    }
    if (input.cause !== undefined) out.cause = depth > 0 ? this.value(input.cause, depth - 1, seen) : '[Object]';
    return out;
  }
}

/** True for header, parameter and key names whose value is a credential. */
export function isSecretName(name: string): boolean {
  return SECRET_NAME.test(name.trim());
}

/** The redactor core uses for its own errors and logs. */
export const defaultRedactor: Redactor = new Redactor();

/** Registers a secret with the default redactor: from now on it is blanked in every error and log line. */
export function registerSecret(secret: string | undefined | null): void {
  defaultRedactor.add(secret);
}

/** Redacts a string with the default redactor. */
export function redactText(input: string): string {
  return defaultRedactor.text(input);
}

/** Redacts a URL with the default redactor, plus the given per-call secrets (tokens embedded in the path). */
export function redactUrl(input: string | URL, secrets: readonly string[] = []): string {
  return defaultRedactor.url(input, secrets);
}

/** Deep-redacts any value (for log lines and JSON) with the default redactor. */
export function redact(input: unknown): unknown {
  return defaultRedactor.value(input);
}
