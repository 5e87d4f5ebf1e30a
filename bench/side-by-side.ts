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
  const burst = async (fn: () => Promise<void>): Promise<number> => {
    const start = performance.now();
    await Promise.all(Array.from({ length: options.concurrency }, fn));
    return (options.concurrency * 1000) / (performance.now() - start);
  };
  for (let i = 0; i < options.warmup; i++) {
    await burst(viaClient);
    await burst(viaRaw);
  }
  const client: number[] = [];
  const raw: number[] = [];
  const ratios: number[] = [];
  for (let round = 0; round < options.rounds; round++) {
    const first = round % 2 === 0;
    const a = await burst(first ? viaClient : viaRaw);
    const b = await burst(first ? viaRaw : viaClient);
    const [c, r] = first ? [a, b] : [b, a];
    client.push(c);
    raw.push(r);
    ratios.push(c / r);
  }
  return { clientCallsPerSecond: median(client), rawCallsPerSecond: median(raw), ratio: median(ratios) };
}
