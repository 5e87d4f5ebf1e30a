import { afterEach, describe, expect, it, vi } from 'vitest';
import { createDeadline } from '../src/deadline.js';
import { createHttpClient } from '../src/index.js';

// Every way a Deadline fires: idle, overall, the caller's abort (before or after), and never once disposed.
// (A lazily made AbortController was tried for issue 18 and measured: no gain, since the default idle timeout always
// needs a signal, and 56 B more in every bundle; docs/decisions/0016-node-transfers.md.)

const details = { provider: 'filecloud', operation: 'getfilelist' } as const;
afterEach(() => {
  vi.useRealTimers();
});

describe('Deadline', () => {
  it('fires on the idle timeout: signal aborted with a TimeoutError reason, error() a TimeoutError', () => {
    vi.useFakeTimers();
    const deadline = createDeadline({ idleTimeoutMs: 50 });
    const signal = deadline.signal;
    expect(signal).toBeInstanceOf(AbortSignal);
    expect(signal?.aborted).toBe(false);
    vi.advanceTimersByTime(49);
    deadline.touch();
    vi.advanceTimersByTime(49);
    expect(deadline.signal.aborted).toBe(false);
    vi.advanceTimersByTime(2);
    expect(deadline.signal.aborted).toBe(true);
    expect(signal?.aborted).toBe(true);
    expect(signal?.reason).toMatchObject({ name: 'TimeoutError' });
    expect(deadline.error(details)).toMatchObject({
      name: 'TimeoutError',
      message: expect.stringContaining('no progress for 50 ms'),
    });
  });

  it('fires on the overall timeout even when the signal is first read after it fired', () => {
    vi.useFakeTimers();
    const deadline = createDeadline({ timeoutMs: 30, idleTimeoutMs: 0 });
    vi.advanceTimersByTime(31);
    expect(deadline.signal.aborted).toBe(true);
    expect(deadline.signal.aborted).toBe(true);
    expect(deadline.error(details)).toMatchObject({
      name: 'TimeoutError',
      message: expect.stringContaining('timed out after 30 ms'),
    });
  });

  it("fires on the caller's abort, before or after it was created", () => {
    const before = new AbortController();
    before.abort();
    const early = createDeadline({ signal: before.signal, idleTimeoutMs: 1000 });
    expect(early.signal.aborted).toBe(true);
    expect(early.error(details)).toMatchObject({ name: 'AbortError' });

    const later = new AbortController();
    const deadline = createDeadline({ signal: later.signal, idleTimeoutMs: 1000 });
    const signal = deadline.signal;
    later.abort();
    expect(signal?.aborted).toBe(true);
    expect(deadline.error(details)).toMatchObject({ name: 'AbortError' });
    deadline.dispose();
  });

  it('a disposed deadline never fires', () => {
    vi.useFakeTimers();
    const deadline = createDeadline({ timeoutMs: 10, idleTimeoutMs: 10 });
    deadline.dispose();
    vi.advanceTimersByTime(100);
    expect(deadline.signal.aborted).toBe(false);
    expect(deadline.error(details)).toBeUndefined();
  });
});

describe('the signal HttpClient gives fetch', () => {
  it("is the deadline's, and the caller's abort through it is an AbortError naming the call", async () => {
    const caller = new AbortController();
    let given: AbortSignal | null | undefined;
    let started: () => void = () => undefined;
    const inFetch = new Promise<void>((resolve) => {
      started = resolve;
    });
    const client = createHttpClient({
      provider: 'filecloud',
      fetch: (_input, init) =>
        new Promise((_resolve, reject) => {
          given = init?.signal;
          init?.signal?.addEventListener('abort', () => reject(init.signal?.reason));
          started();
        }),
    });
    const pending = client.request(details, 'http://example.invalid/a', { signal: caller.signal });
    await inFetch;
    expect(given).toBeInstanceOf(AbortSignal);
    expect(given).not.toBe(caller.signal);
    caller.abort();
    await expect(pending).rejects.toMatchObject({ name: 'AbortError', provider: 'filecloud' });
  });
});
