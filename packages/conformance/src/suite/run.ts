import { type FileStore, isNotFoundError, joinPath } from '@fileclients/core';
import type { OpenedTarget, OpenOptions, ProviderAdapter } from '../providers/types.js';
import { describeThrown, randomId } from './helpers.js';
import { CONFORMANCE_TESTS } from './tests.js';
import type { ConformanceTest, FailedTest, ProviderReport, SkippedTest, SuiteOptions } from './types.js';

export interface RunSuiteOptions extends OpenOptions {
  readonly sizes: SuiteOptions;
  /** Only tests whose name includes this text. */
  readonly filter?: string;
  /** Called after each test (progress on stderr). */
  readonly onResult?: (test: string, outcome: 'passed' | 'failed' | 'skipped', detail?: string) => void;
  readonly tests?: readonly ConformanceTest[];
}

/** Every test skipped with one reason (a provider that is not wired yet, or whose sandbox failed to start). */
export function skipAll(tests: readonly ConformanceTest[], reason: string): ProviderReport {
  return {
    passed: 0,
    failed: 0,
    skipped: tests.map((test) => ({ test: test.name, reason })),
    failures: [],
    unexpectedPasses: [],
  };
}

/**
 * Runs the suite through one provider: capability skips with reasons, known failures reported as skips quoting
 * their reason, every test in its own random folder, removed afterwards.
 */
export async function runSuite(adapter: ProviderAdapter, options: RunSuiteOptions): Promise<ProviderReport> {
  const all = options.tests ?? CONFORMANCE_TESTS;
  const tests = options.filter === undefined ? all : all.filter((test) => test.name.includes(options.filter ?? ''));
  if (adapter.unavailable !== undefined) return skipAll(tests, adapter.unavailable);

  let target: OpenedTarget;
  try {
    target = await adapter.open(options);
  } catch (error) {
    // Not a pass and not silent: the whole provider fails with the reason.
    const reason = `could not start: ${describeThrown(error)}`;
    return {
      passed: 0,
      failed: tests.length,
      skipped: [],
      failures: tests.map((test) => ({ test: test.name, error: reason })),
      unexpectedPasses: [],
    };
  }

  let passed = 0;
  const skipped: SkippedTest[] = [];
  const failures: FailedTest[] = [];
  const unexpectedPasses: string[] = [];
  try {
    for (const test of tests) {
      const missing = test.requires?.(target.store.capabilities);
      if (missing !== undefined) {
        skipped.push({ test: test.name, reason: missing });
        options.onResult?.(test.name, 'skipped', missing);
        continue;
      }
      const error = await runConformanceTest(test, target, options.sizes);
      const known = adapter.knownFailures[test.name];
      if (error === undefined) {
        passed++;
        if (known !== undefined) unexpectedPasses.push(test.name);
        options.onResult?.(test.name, 'passed');
      } else if (known !== undefined) {
        const reason = `known failure: ${known}`;
        skipped.push({ test: test.name, reason });
        options.onResult?.(test.name, 'skipped', `${reason} (${error})`);
      } else {
        failures.push({ test: test.name, error });
        options.onResult?.(test.name, 'failed', error);
      }
    }
  } finally {
    await target.close();
  }
  return { passed, failed: failures.length, skipped, failures, unexpectedPasses };
}

/** Runs one test in a fresh folder; returns the failure text, or undefined when it passed. */
export async function runConformanceTest(
  test: ConformanceTest,
  target: OpenedTarget,
  sizes: SuiteOptions,
): Promise<string | undefined> {
  const dir = joinPath(target.base, `conformance-${randomId()}`);
  const { store } = target;
  let timer: NodeJS.Timeout | undefined;
  try {
    await store.mkdir(dir);
    const timeout = new Promise<never>((_resolve, reject) => {
      timer = setTimeout(
        () => reject(new Error(`hang: no result within ${sizes.testTimeoutMs} ms`)),
        sizes.testTimeoutMs,
      );
    });
    await Promise.race([test.run({ store, dir, options: sizes }), timeout]);
    return undefined;
  } catch (error) {
    return describeThrown(error);
  } finally {
    clearTimeout(timer);
    await removeTree(store, dir).catch(() => undefined);
  }
}

/** Deletes a test folder; walks it bottom-up when the store cannot delete a non-empty folder in one call. */
export async function removeTree(store: FileStore, path: string): Promise<void> {
  try {
    if (store.capabilities.recursiveDelete) {
      await store.delete(path, { recursive: true });
      return;
    }
    // Collected first: deleting while a paged listing is open can make a provider skip entries.
    const entries = [];
    for await (const entry of store.list(path)) entries.push(entry);
    for (const entry of entries) {
      if (entry.kind === 'folder') await removeTree(store, entry.path);
      else await store.delete(entry.path);
    }
    await store.delete(path);
  } catch (error) {
    if (!isNotFoundError(error)) throw error;
  }
}
