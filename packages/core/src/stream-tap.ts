/** Hooks on a byte stream passing through `tap`. Throwing from `chunk` or `end` fails the stream. */
export interface TapHooks {
  readonly start?: () => void;
  /** Sees each chunk before it is passed on. */
  readonly chunk?: (chunk: Uint8Array) => void;
  /** At the source's clean end, before the stream closes. */
  readonly end?: () => void;
  /** Maps a failure (the source's, or one thrown by a hook) to what the reader sees. */
  readonly fail?: (error: unknown) => unknown;
  /** Once the stream settles, whichever way (end, failure, cancel). */
  readonly settle?: () => void;
  /**
   * Cancels the source when it fires: a stalled read never settles by itself, a cancelled one ends as done, and the
   * hooks (which can see the signal's state) then fail the stream.
   */
  readonly signal?: AbortSignal;
}

/**
 * The one pass-through stream core uses for progress, size checks and cleanup (uploads, checked downloads, deadline
 * release). It pulls one chunk per read (highWaterMark 0), so it never reads ahead of its consumer.
 */
export function tap(source: ReadableStream<Uint8Array>, hooks: TapHooks): ReadableStream<Uint8Array> {
  const attach = producers.get(source);
  if (attach !== undefined) {
    attach(hooks);
    return source;
  }
  const reader = source.getReader();
  const { signal } = hooks;
  const onAbort = (): void => {
    reader.cancel(signal?.reason).catch(() => undefined);
  };
  signal?.addEventListener('abort', onAbort, { once: true });
  const settle = (): void => {
    signal?.removeEventListener('abort', onAbort);
    hooks.settle?.();
  };
  return new ReadableStream<Uint8Array>(
    {
      start: hooks.start,
      async pull(controller) {
        try {
          const next = await reader.read();
          if (next.done) {
            hooks.end?.();
            settle();
            controller.close();
            return;
          }
          hooks.chunk?.(next.value);
          controller.enqueue(next.value);
        } catch (error) {
          settle();
          const failure = hooks.fail ? hooks.fail(error) : error;
          reader.cancel(failure).catch(() => undefined);
          controller.error(failure);
        }
      },
      cancel(reason) {
        settle();
        return reader.cancel(reason);
      },
    },
    { highWaterMark: 0 },
  );
}

const producers = new WeakMap<ReadableStream<Uint8Array>, (hooks: TapHooks) => void>();

/**
 * Lets the producer of `stream` run tap hooks itself, as it produces each chunk, instead of `tap` adding a stream
 * stage: one promise hop fewer per chunk, which is most of core's cost on a bulk download (the node:http transport
 * registers its response bodies). The producer must honour every hook as `tap` does.
 */
export function produceWithHooks(stream: ReadableStream<Uint8Array>, attach: (hooks: TapHooks) => void): void {
  producers.set(stream, attach);
}

/** The chunks of a web stream as an async iterable (Node 20's lib types lack the stream's own async iterator). */
export async function* streamChunks(stream: ReadableStream<Uint8Array>): AsyncGenerator<Uint8Array> {
  const reader = stream.getReader();
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) return;
      yield value;
    }
  } finally {
    reader.releaseLock();
  }
}
