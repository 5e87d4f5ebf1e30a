import type { FileStore, StoreCapabilities } from '@fileclients/core';

/** Sizes the suite uses; the vitest run passes small ones, `pnpm conformance` the full ones. */
export interface SuiteOptions {
  /** Bytes of the streamed large upload (64 MiB in `pnpm conformance`). */
  readonly largeUploadBytes: number;
  /** Entries created for the "more than a page" listing. */
  readonly pageEntries: number;
  /** Per-test time limit; a test that exceeds it fails as a hang. */
  readonly testTimeoutMs: number;
}

export const FULL_SIZES: SuiteOptions = {
  largeUploadBytes: 64 * 1024 * 1024,
  pageEntries: 120,
  testTimeoutMs: 300_000,
};
export const CI_SIZES: SuiteOptions = { largeUploadBytes: 2 * 1024 * 1024, pageEntries: 120, testTimeoutMs: 60_000 };

/** What one test gets: the store under test and a fresh folder of its own (created before, removed after). */
export interface TestContext {
  readonly store: FileStore;
  readonly dir: string;
  readonly options: SuiteOptions;
}

export interface ConformanceTest {
  readonly name: string;
  /** Returns the reason to skip when the store lacks a capability this test needs. */
  readonly requires?: (capabilities: StoreCapabilities) => string | undefined;
  run(context: TestContext): Promise<void>;
}

export interface SkippedTest {
  readonly test: string;
  readonly reason: string;
}

export interface FailedTest {
  readonly test: string;
  readonly error: string;
}

/** One provider's outcome; the CLI prints `passed`, `failed` and `skipped`. */
export interface ProviderReport {
  readonly passed: number;
  readonly failed: number;
  readonly skipped: SkippedTest[];
  /** Details for humans (stderr); not part of the JSON contract. */
  readonly failures: FailedTest[];
  /** Known failures (rclone `ignore:`) that passed: the list should lose them. */
  readonly unexpectedPasses: string[];
}
