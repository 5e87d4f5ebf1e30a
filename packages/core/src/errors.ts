import { defaultRedactor, type Redactor } from './redact.js';

/** The providers of this monorepo, plus any string so third-party adapters can reuse the hierarchy. */
export type ProviderId =
  | 'carbonio-files'
  | 'afterlogic-pro7'
  | 'boxnet'
  | 'filecloud'
  | 'memory'
  | 'local'
  | (string & {});

/** What every error carries besides its message. */
export interface ErrorDetails {
  readonly provider: ProviderId;
  readonly operation: string;
  /** HTTP status of the response that caused the error, when there was one. */
  readonly status?: number;
  /** The provider's own error code (Pro 7 ErrorCode, FileCloud result, SOAP faultcode...). */
  readonly code?: string | number;
  readonly cause?: unknown;
  /** For rate limits and 503s: how long the server asked us to wait. */
  readonly retryAfterMs?: number;
  /** Extra structured context; redacted like everything else. */
  readonly details?: Record<string, unknown>;
  /** The redactor to use; the shared default when absent. */
  readonly redactor?: Redactor;
}

/** The discriminant of each class, usable in a `switch` without instanceof (which fails across package copies). */
export type ErrorKind =
  | 'error'
  | 'auth'
  | 'not-found'
  | 'conflict'
  | 'quota'
  | 'rate-limit'
  | 'protocol'
  | 'transport'
  | 'timeout'
  | 'abort';

// A registry symbol, not a module-local one: the ESM and CJS builds (or two installed copies) then agree on it.
const BRAND = Symbol.for('@fileclients/core/error');
const INSPECT = Symbol.for('nodejs.util.inspect.custom');

type InspectFn = (value: unknown, options?: unknown) => string;

/**
 * The root of every error a fileclients package throws. The message is prefixed with provider and operation and
 * redacted at construction; `cause` is stored as a redacted copy, and the JSON and inspect forms redact again
 * (a secret registered after the error was created is still blanked).
 */
export class FileClientError extends Error {
  /** Read by the constructor; subclasses override both so names survive minification. */
  static readonly kind: ErrorKind = 'error';
  static readonly errorName: string = 'FileClientError';
  // `declare`: assigned in the constructor, so no class-field initialisers are emitted before it runs.
  declare readonly kind: ErrorKind;
  declare readonly provider: ProviderId;
  declare readonly operation: string;
  declare readonly status?: number;
  declare readonly code?: string | number;
  declare readonly retryAfterMs?: number;
  declare readonly details?: Record<string, unknown>;
  readonly #redactor: Redactor;

  constructor(message: string, details: ErrorDetails) {
    const redactor = details.redactor ?? defaultRedactor;
    // Values under secret-named keys become known secrets first, so the message below is redacted against them too.
    redactor.learn(details.details);
    super(redactor.text(`${details.provider} ${details.operation}: ${message}`));
    const ctor = new.target as typeof FileClientError;
    this.#redactor = redactor;
    // Set before the stack is first read below, so the stack header names the right class.
    this.name = ctor.errorName;
    this.kind = ctor.kind;
    this.provider = details.provider;
    this.operation = details.operation;
    this.status = details.status;
    this.code = details.code;
    this.retryAfterMs = details.retryAfterMs;
    if (details.details !== undefined) this.details = redactor.value(details.details) as Record<string, unknown>;
    if (details.cause !== undefined) {
      // The original cause (an undici error quoting a URL, a user object holding a password) must not be reachable
      // from the error, so keep a redacted copy instead.
      Object.defineProperty(this, 'cause', {
        value: redactCause(details.cause, redactor),
        writable: true,
        configurable: true,
        enumerable: false,
      });
    }
    Object.defineProperty(this, BRAND, { value: true, enumerable: false });
    if (typeof this.stack === 'string') this.stack = redactor.text(this.stack);
  }

  /** The JSON form: redacted fields only, never the raw cause. */
  toJSON(): Record<string, unknown> {
    const redactor = this.#redactor;
    const out: Record<string, unknown> = {
      name: this.name,
      kind: this.kind,
      message: redactor.text(this.message),
      provider: this.provider,
      operation: this.operation,
      status: this.status,
      code: this.code,
      retryAfterMs: this.retryAfterMs,
      details: redactor.value(this.details),
      cause: redactor.value(this.cause),
    };
    // Absent fields are left out (JSON.stringify would drop them anyway; inspect would not).
    for (const key of Object.keys(out)) if (out[key] === undefined) delete out[key];
    return out;
  }

  /** util.inspect / console.log form, via the well-known symbol so the neutral entry imports nothing from node. */
  [INSPECT](_depth: number, options: unknown, inspect?: InspectFn): string {
    const { name: _name, message: _message, ...fields } = this.toJSON();
    const rendered = inspect ? inspect(fields, options) : JSON.stringify(fields);
    return this.#redactor.text(`${this.stack ?? `${this.name}: ${this.message}`} ${rendered}`);
  }
}

function redactCause(cause: unknown, redactor: Redactor): unknown {
  if (isFileClientError(cause)) return cause;
  if (cause instanceof Error) return redactedErrorCopy(cause, redactor, 3);
  return redactor.value(cause);
}

function redactedErrorCopy(source: Error, redactor: Redactor, depth: number): Error {
  const copy = new Error(redactor.text(source.message));
  copy.name = source.name;
  copy.stack = redactor.text(source.stack ?? `${source.name}: ${source.message}`);
  // Keep the fields callers branch on (ECONNRESET, UND_ERR_SOCKET...).
  for (const key of ['code', 'errno', 'syscall'] as const) {
    const value = (source as unknown as Record<string, unknown>)[key];
    if (typeof value === 'string' || typeof value === 'number') {
      Object.defineProperty(copy, key, { value, enumerable: true });
    }
  }
  if (source.cause !== undefined && depth > 0) {
    const inner =
      source.cause instanceof Error
        ? isFileClientError(source.cause)
          ? source.cause
          : redactedErrorCopy(source.cause, redactor, depth - 1)
        : redactor.value(source.cause);
    Object.defineProperty(copy, 'cause', { value: inner, enumerable: false, writable: true, configurable: true });
  }
  return copy;
}

/** 401, 403, a rejected login, an expired session the client could not renew. */
export class AuthError extends FileClientError {
  static override readonly kind: ErrorKind = 'auth';
  static override readonly errorName: string = 'AuthError';
}
/** The file, folder or object does not exist (404 or the provider's equivalent). */
export class NotFoundError extends FileClientError {
  static override readonly kind: ErrorKind = 'not-found';
  static override readonly errorName: string = 'NotFoundError';
}
/** The target exists, or a precondition failed (409, 412, "already exists"). */
export class ConflictError extends FileClientError {
  static override readonly kind: ErrorKind = 'conflict';
  static override readonly errorName: string = 'ConflictError';
}
/** Out of space or over a size limit (413, 507, quota codes). */
export class QuotaError extends FileClientError {
  static override readonly kind: ErrorKind = 'quota';
  static override readonly errorName: string = 'QuotaError';
}
/** 429 or a provider throttle; `retryAfterMs` says how long the server asked to wait, when it did. */
export class RateLimitError extends FileClientError {
  static override readonly kind: ErrorKind = 'rate-limit';
  static override readonly errorName: string = 'RateLimitError';
}
/** The server answered something its spec does not allow: bad XML/JSON, truncated body, an HTML login page. */
export class ProtocolError extends FileClientError {
  static override readonly kind: ErrorKind = 'protocol';
  static override readonly errorName: string = 'ProtocolError';
}
/** The exchange failed below HTTP semantics (DNS, reset, refused) or with a 5xx. */
export class TransportError extends FileClientError {
  static override readonly kind: ErrorKind = 'transport';
  static override readonly errorName: string = 'TransportError';
}
/** An overall or idle timeout expired. */
export class TimeoutError extends FileClientError {
  static override readonly kind: ErrorKind = 'timeout';
  static override readonly errorName: string = 'TimeoutError';
}
/** The caller's AbortSignal fired. */
export class AbortError extends FileClientError {
  static override readonly kind: ErrorKind = 'abort';
  static override readonly errorName: string = 'AbortError';
}

/** True for any fileclients error, including one from another copy of this package (ESM next to CJS). */
export function isFileClientError(error: unknown): error is FileClientError {
  return (
    error instanceof FileClientError ||
    (typeof error === 'object' && error !== null && (error as Record<symbol, unknown>)[BRAND] === true)
  );
}

/** A type guard for one kind; the guards below are made by it, so each is one line. */
function kindGuard<T extends FileClientError>(kind: ErrorKind): (error: unknown) => error is T {
  return (error: unknown): error is T => isFileClientError(error) && error.kind === kind;
}

export const isAuthError = kindGuard<AuthError>('auth');
export const isNotFoundError = kindGuard<NotFoundError>('not-found');
export const isConflictError = kindGuard<ConflictError>('conflict');
export const isQuotaError = kindGuard<QuotaError>('quota');
export const isRateLimitError = kindGuard<RateLimitError>('rate-limit');
export const isProtocolError = kindGuard<ProtocolError>('protocol');
export const isTransportError = kindGuard<TransportError>('transport');
export const isTimeoutError = kindGuard<TimeoutError>('timeout');
export const isAbortError = kindGuard<AbortError>('abort');

/**
 * Maps an HTTP status to the class a caller should see. Providers with their own codes map those first and fall
 * back to this. 401/403 auth, 404/410 not found, 409/412 conflict, 413/507 quota, 429 rate limit, 408 timeout,
 * other 5xx transport, anything else protocol (the server answered outside its contract).
 */
export function errorFromStatus(status: number, details: ErrorDetails, message?: string): FileClientError {
  const withStatus: ErrorDetails = { ...details, status };
  const text = message ?? `HTTP ${status}`;
  switch (status) {
    case 401:
    case 403:
      return new AuthError(text, withStatus);
    case 404:
    case 410:
      return new NotFoundError(text, withStatus);
    case 409:
    case 412:
      return new ConflictError(text, withStatus);
    case 413:
    case 507:
      return new QuotaError(text, withStatus);
    case 429:
      return new RateLimitError(text, withStatus);
    case 408:
      return new TimeoutError(text, withStatus);
    default:
      return status >= 500 ? new TransportError(text, withStatus) : new ProtocolError(text, withStatus);
  }
}
