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
