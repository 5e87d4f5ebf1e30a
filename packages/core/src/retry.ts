/**
 * Retry policy: exponential backoff with full jitter (AWS architecture blog "Exponential Backoff And Jitter"),
 * Retry-After honoured, and only for requests that are safe to repeat.
 */

/** Tuning for retries; `false` anywhere a policy is accepted disables retrying. */
export interface RetryOptions {
  /** Retries after the first attempt. Default 3. */
  readonly retries?: number;
  /** First backoff ceiling in ms; doubles per attempt. Default 200. */
  readonly baseDelayMs?: number;
  /** Ceiling for one backoff in ms. Default 10 000. */
  readonly maxDelayMs?: number;
  /** A Retry-After longer than this is not waited for: the response is returned (or the error thrown). Default 60 000. */
  readonly maxRetryAfterMs?: number;
  /** Which responses are retried. Default: 408, 425, 429, 500, 502, 503, 504. */
  readonly retryOn?: (response: Response) => boolean;
  /** Which thrown errors are retried. Default: transport failures (not aborts or timeouts). */
  readonly retryOnError?: (error: unknown) => boolean;
  /** Source of randomness for the jitter; injectable so tests are deterministic. */
  readonly random?: () => number;
}

/** A resolved policy; `retries: 0` when disabled. */
export interface RetryPolicy {
  readonly retries: number;
  readonly baseDelayMs: number;
  readonly maxDelayMs: number;
  readonly maxRetryAfterMs: number;
  readonly retryOn: (response: Response) => boolean;
  readonly retryOnError: (error: unknown) => boolean;
  readonly random: () => number;
}

const RETRY_STATUSES = new Set([408, 425, 429, 500, 502, 503, 504]);

/** Methods HTTP defines as idempotent; anything else is retried only when the caller marks it safe. */
export const IDEMPOTENT_METHODS: ReadonlySet<string> = new Set(['GET', 'HEAD', 'OPTIONS', 'TRACE', 'PUT', 'DELETE']);

export function resolveRetryPolicy(
  options: RetryOptions | false | undefined,
  isRetryableError: (error: unknown) => boolean,
): RetryPolicy {
  const opts = options === false ? { retries: 0 } : (options ?? {});
  return {
    retries: Math.max(0, opts.retries ?? 3),
    baseDelayMs: opts.baseDelayMs ?? 200,
    maxDelayMs: opts.maxDelayMs ?? 10_000,
    maxRetryAfterMs: opts.maxRetryAfterMs ?? 60_000,
    retryOn: opts.retryOn ?? ((response) => RETRY_STATUSES.has(response.status)),
    retryOnError: opts.retryOnError ?? isRetryableError,
    random: opts.random ?? Math.random,
  };
}

/** Full jitter: a uniform delay in [0, min(max, base * 2^attempt)). `attempt` counts retries from 0. */
export function backoffDelay(policy: RetryPolicy, attempt: number): number {
  const ceiling = Math.min(policy.maxDelayMs, policy.baseDelayMs * 2 ** attempt);
  return Math.floor(policy.random() * ceiling);
}

/**
 * Parses a Retry-After header (delay-seconds or an HTTP-date) into milliseconds from `now`.
 * Returns undefined when absent or unparsable; a date in the past gives 0.
 */
export function parseRetryAfter(value: string | null | undefined, now: number = Date.now()): number | undefined {
  if (value === null || value === undefined) return undefined;
  const trimmed = value.trim();
  if (trimmed === '') return undefined;
  if (/^\d+$/.test(trimmed)) return Number(trimmed) * 1000;
  const date = Date.parse(trimmed);
  if (Number.isNaN(date)) return undefined;
  return Math.max(0, date - now);
}
