import { AbortError, type ErrorDetails, type FileClientError, TimeoutError } from './errors.js';

/** Why a deadline fired. */
export type DeadlineReason = 'abort' | 'timeout' | 'idle';

/**
 * One signal for an exchange that fires on the caller's abort, an overall timeout, or an idle timeout (no progress
 * for `idleTimeoutMs`), remembering which, so the error can say AbortError or TimeoutError without guessing.
 */
export interface Deadline {
  readonly signal: AbortSignal;
  /** True while a caller signal or an overall timer is attached, i.e. until `dispose` or firing. */
  readonly holding: boolean;
  /** Progress happened: restart the idle timer. */
  touch(): void;
  /** Stop the idle timer (the caller takes over idle tracking, e.g. a checked download body). */
  stopIdle(): void;
  /** Release the timers and the listener on the caller's signal. */
  dispose(): void;
  /** The AbortError / TimeoutError for this deadline, or undefined while it has not fired. */
  error(details: ErrorDetails, cause?: unknown): FileClientError | undefined;
}

export interface DeadlineOptions {
  readonly signal?: AbortSignal | undefined;
  readonly timeoutMs?: number | undefined;
  readonly idleTimeoutMs?: number | undefined;
}

type TimerHandle = ReturnType<typeof setTimeout>;

// Node timers would otherwise keep a process alive until a long overall timeout passes after the work is done.
function unref(handle: TimerHandle): TimerHandle {
  const maybe = handle as unknown as { unref?: () => void };
  maybe.unref?.();
  return handle;
}

export function createDeadline(options: DeadlineOptions): Deadline {
  const controller = new AbortController();
  const { signal: outer, timeoutMs, idleTimeoutMs } = options;
  let reason: DeadlineReason | undefined;
  let why = '';
  let overall: TimerHandle | undefined;
  let idle: TimerHandle | undefined;
  let disposed = false;

  const fire = (kind: DeadlineReason, message: string): void => {
    if (reason !== undefined) return;
    reason = kind;
    why = message;
    clear();
    // A DOMException (every runtime core supports has one), so fetch implementations recognise the reason.
    controller.abort(kind === 'abort' ? outer?.reason : new DOMException(message, 'TimeoutError'));
  };
  const onOuterAbort = (): void => fire('abort', 'aborted by the caller');
  const clear = (): void => {
    if (overall !== undefined) clearTimeout(overall);
    if (idle !== undefined) clearTimeout(idle);
    overall = undefined;
    idle = undefined;
    outer?.removeEventListener('abort', onOuterAbort);
  };
  const armIdle = (): void => {
    if (idleTimeoutMs === undefined || idleTimeoutMs <= 0 || reason !== undefined) return;
    // A Node timer restarts in place, without a new timer per touch (every request and chunk touches); elsewhere a
    // timer is a number, cleared and set again.
    const running = idle as { refresh?: () => unknown } | undefined;
    if (running?.refresh) {
      running.refresh();
      return;
    }
    if (idle !== undefined) clearTimeout(idle);
    idle = unref(setTimeout(() => fire('idle', `no progress for ${idleTimeoutMs} ms`), idleTimeoutMs));
  };

  if (outer?.aborted) {
    onOuterAbort();
  } else {
    outer?.addEventListener('abort', onOuterAbort, { once: true });
    if (timeoutMs !== undefined && timeoutMs > 0) {
      overall = unref(setTimeout(() => fire('timeout', `timed out after ${timeoutMs} ms`), timeoutMs));
    }
    armIdle();
  }

  return {
    signal: controller.signal,
    get holding() {
      return reason === undefined && !disposed && (outer !== undefined || overall !== undefined);
    },
    touch: armIdle,
    stopIdle() {
      if (idle !== undefined) clearTimeout(idle);
      idle = undefined;
    },
    dispose() {
      disposed = true;
      clear();
    },
    error(details, cause) {
      if (reason === undefined) return undefined;
      if (reason === 'abort') return new AbortError(why, { ...details, cause: cause ?? outer?.reason });
      return new TimeoutError(why, { ...details, cause });
    },
  };
}

/** Waits `ms`, or rejects with the deadline's error as soon as it fires. */
export function sleep(ms: number, deadline: Deadline, details: ErrorDetails): Promise<void> {
  return new Promise((resolve, reject) => {
    const signal = deadline.signal;
    const fail = (): void => reject(deadline.error(details) ?? new Error('aborted'));
    if (signal.aborted) {
      fail();
      return;
    }
    const onAbort = (): void => {
      clearTimeout(timer);
      fail();
    };
    // A long Retry-After is not "no progress": pause the idle timer for the wait and restart it afterwards.
    deadline.stopIdle();
    const timer = setTimeout(() => {
      signal.removeEventListener('abort', onAbort);
      deadline.touch();
      resolve();
    }, ms);
    signal.addEventListener('abort', onAbort, { once: true });
  });
}
