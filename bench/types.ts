/** One measured figure. Ratios are unitless ("ratio"); sizes in "bytes" or "MiB"; times in "ms" or "s". */
export interface Metric {
  readonly value: number;
  readonly unit: string;
}

export type Metrics = Record<string, Metric>;

/**
 * A benchmark suite: `bench/suites/<name>.ts` default-exports one. Suites compare side by side in one run
 * (a ratio against a baseline measured in the same process run), and quote medians, never single samples.
 */
export interface BenchSuite {
  readonly name: string;
  readonly description: string;
  run(): Promise<Metrics>;
}
