import { afterEach, describe, expect, it, vi } from 'vitest';
import { createDeadline } from '../src/deadline.js';
import { createHttpClient } from '../src/index.js';

// The Deadline makes its AbortController only when a signal is read or it fires, and hands a request the caller's own
// signal (or none) when no timer of its own could fire. Every way it fires must still fire.

const details = { provider: 'filecloud', operation: 'getfilelist' } as const;
afterEach(() => {
  vi.useRealTimers();
});

describe('Deadline with a lazy AbortController', () => {
  it('fires on the idle timeout: signal aborted with a TimeoutError reason, error() a TimeoutError', () => {
    vi.useFakeTimers();
    const deadline = createDeadline({ idleTimeoutMs: 50 });
    const signal = deadline.requestSignal;
    expect(signal).toBeInstanceOf(AbortSignal);
    expect(signal?.aborted).toBe(false);
    vi.advanceTimersByTime(49);
    deadline.touch();
    vi.advanceTimersByTime(49);
    expect(deadline.fired).toBe(false);
    vi.advanceTimersByTime(2);
    expect(deadline.fired).toBe(true);
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
    expect(deadline.fired).toBe(true);
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
    expect(early.fired).toBe(true);
    expect(early.signal.aborted).toBe(true);
    expect(early.error(details)).toMatchObject({ name: 'AbortError' });

    const later = new AbortController();
    const deadline = createDeadline({ signal: later.signal, idleTimeoutMs: 1000 });
    const signal = deadline.requestSignal;
    later.abort();
    expect(signal?.aborted).toBe(true);
    expect(deadline.error(details)).toMatchObject({ name: 'AbortError' });
    deadline.dispose();
  });

  it("with no timer of its own, a request gets the caller's signal, or none", () => {
    const caller = new AbortController();
    const withSignal = createDeadline({ signal: caller.signal, idleTimeoutMs: 0 });
    expect(withSignal.requestSignal).toBe(caller.signal);
    caller.abort();
    expect(withSignal.error(details)).toMatchObject({ name: 'AbortError' });
    expect(createDeadline({ idleTimeoutMs: 0 }).requestSignal).toBeUndefined();
    expect(createDeadline({}).requestSignal).toBeUndefined();
  });

  it('a disposed deadline never fires', () => {
    vi.useFakeTimers();
    const deadline = createDeadline({ timeoutMs: 10, idleTimeoutMs: 10 });
    deadline.dispose();
    vi.advanceTimersByTime(100);
    expect(deadline.fired).toBe(false);
    expect(deadline.error(details)).toBeUndefined();
  });
});

describe('the signal HttpClient gives fetch', () => {
  const seen: (AbortSignal | null | undefined)[] = [];
  const fetch = async (_input: string | URL | Request, init?: RequestInit) => {
    seen.push(init?.signal);
    return new Response('ok');
  };

  it("is the deadline's while a timer runs, the caller's own without timers, none with neither", async () => {
    const caller = new AbortController();
    const timed = createHttpClient({ provider: 'filecloud', fetch });
    const untimed = createHttpClient({ provider: 'filecloud', fetch, idleTimeoutMs: 0 });
    await timed.request(details, 'http://example.invalid/a');
    await untimed.request(details, 'http://example.invalid/a', { signal: caller.signal });
    await untimed.request(details, 'http://example.invalid/a');
    expect(seen[0]).toBeInstanceOf(AbortSignal);
    expect(seen[0]).not.toBe(caller.signal);
    expect(seen[1]).toBe(caller.signal);
    expect(seen[2]).toBeNull();
  });

  it("maps the caller's abort to AbortError when fetch was given the caller's own signal", async () => {
    const caller = new AbortController();
    let given: AbortSignal | null | undefined;
    let started: () => void = () => undefined;
    const inFetch = new Promise<void>((resolve) => {
      started = resolve;
    });
    const client = createHttpClient({
      provider: 'filecloud',
      idleTimeoutMs: 0,
      fetch: (_input, init) =>
        new Promise((_resolve, reject) => {
          given = init?.signal;
          init?.signal?.addEventListener('abort', () => reject(init.signal?.reason));
          started();
        }),
    });
    const pending = client.request(details, 'http://example.invalid/a', { signal: caller.signal });
    await inFetch;
    expect(given).toBe(caller.signal);
    caller.abort();
    await expect(pending).rejects.toMatchObject({ name: 'AbortError', provider: 'filecloud' });
  });
});
