import diagnostics from 'node:diagnostics_channel';
import { median } from './stats.js';

export interface SideBySideOptions {
  /** Calls of each side before measuring (JIT, connection pool). */
  readonly warmup: number;
  readonly rounds: number;
  readonly perRound: number;
}

export interface SideBySideResult {
  readonly clientMedianMs: number;
  readonly rawMedianMs: number;
  /** clientMedianMs / rawMedianMs */
  readonly ratio: number;
}

/**
 * Times a call through a client against the identical raw request, side by side in one process: the two alternate
 * in small rounds so drift (GC, JIT, the machine's other load) hits both alike, and each side quotes its median.
 */
export async function sideBySide(
  viaClient: () => Promise<void>,
  viaRaw: () => Promise<void>,
  options: SideBySideOptions,
): Promise<SideBySideResult> {
  for (let i = 0; i < options.warmup; i++) {
    await viaClient();
    await viaRaw();
  }
  const clientMs: number[] = [];
  const rawMs: number[] = [];
  const sample = async (fn: () => Promise<void>, into: number[]) => {
    for (let i = 0; i < options.perRound; i++) {
      const start = performance.now();
      await fn();
      into.push(performance.now() - start);
    }
  };
  for (let round = 0; round < options.rounds; round++) {
    // Alternate which side goes first, so neither always runs on a freshly collected heap.
    if (round % 2 === 0) {
      await sample(viaClient, clientMs);
      await sample(viaRaw, rawMs);
    } else {
      await sample(viaRaw, rawMs);
      await sample(viaClient, clientMs);
    }
  }
  const clientMedianMs = median(clientMs);
  const rawMedianMs = median(rawMs);
  return { clientMedianMs, rawMedianMs, ratio: clientMedianMs / rawMedianMs };
}

export interface ConcurrentOptions {
  /** Calls in flight at once, on each side. */
  readonly concurrency: number;
  /** Bursts of each side before measuring (JIT, and the pool opening its connections). */
  readonly warmup: number;
  readonly rounds: number;
}

export interface ConcurrentResult {
  /** Calls per second of a burst through the client, median over rounds. */
  readonly clientCallsPerSecond: number;
  readonly rawCallsPerSecond: number;
  /** Median of the per-round ratios client throughput / raw throughput (1 = as fast as raw; higher is better). */
  readonly ratio: number;
  /**
   * Connections undici opened during the measured client bursts (0: every call rode a kept-alive socket). Both
   * sides use the global fetch's Agent, so its pool is warm from the warmup bursts.
   */
  readonly clientNewSockets: number;
  /** The most client requests undici had in flight at once, median over rounds (= concurrency: none waited). */
  readonly clientMaxInFlight: number;
}

/** Counts undici's new connections and its requests in flight (Node's diagnostics channels, no patching). */
function watchUndici() {
  const state = { sockets: 0, inFlight: 0, maxInFlight: 0 };
  const connected = () => {
    state.sockets++;
  };
  const created = () => {
    state.inFlight++;
    state.maxInFlight = Math.max(state.maxInFlight, state.inFlight);
  };
  const ended = () => {
    state.inFlight--;
  };
  const channels = [
    ['undici:client:connected', connected],
    ['undici:request:create', created],
    ['undici:request:trailers', ended],
    ['undici:request:error', ended],
  ] as const;
  for (const [name, fn] of channels) diagnostics.subscribe(name, fn);
  return {
    state,
    stop: () => {
      for (const [name, fn] of channels) diagnostics.unsubscribe(name, fn);
    },
  };
}

/**
 * Throughput of `concurrency` calls in flight at once through a client against the same burst of the identical raw
 * request, side by side: each round times one burst of each (the order alternating), and the ratio is taken per
 * round, so drift between rounds cancels out; the result is the median of those ratios.
 */
export async function concurrentSideBySide(
  viaClient: () => Promise<void>,
  viaRaw: () => Promise<void>,
  options: ConcurrentOptions,
): Promise<ConcurrentResult> {
  const undici = watchUndici();
  let clientNewSockets = 0;
  const inFlight: number[] = [];
  const burst = async (fn: () => Promise<void>): Promise<number> => {
    const start = performance.now();
    await Promise.all(Array.from({ length: options.concurrency }, fn));
    return (options.concurrency * 1000) / (performance.now() - start);
  };
  const clientBurst = async (): Promise<number> => {
    const sockets = undici.state.sockets;
    undici.state.maxInFlight = 0;
    const rate = await burst(viaClient);
    clientNewSockets += undici.state.sockets - sockets;
    inFlight.push(undici.state.maxInFlight);
    return rate;
  };
  for (let i = 0; i < options.warmup; i++) {
    await burst(viaClient);
    await burst(viaRaw);
  }
  clientNewSockets = 0;
  inFlight.length = 0;
  const client: number[] = [];
  const raw: number[] = [];
  const ratios: number[] = [];
  for (let round = 0; round < options.rounds; round++) {
    const first = round % 2 === 0;
    const a = first ? await clientBurst() : await burst(viaRaw);
    const b = first ? await burst(viaRaw) : await clientBurst();
    const [c, r] = first ? [a, b] : [b, a];
    client.push(c);
    raw.push(r);
    ratios.push(c / r);
  }
  undici.stop();
  return {
    clientCallsPerSecond: median(client),
    rawCallsPerSecond: median(raw),
    ratio: median(ratios),
    clientNewSockets,
    clientMaxInFlight: median(inFlight),
  };
}
