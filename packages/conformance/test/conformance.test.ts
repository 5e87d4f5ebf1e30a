import { afterAll, beforeAll, describe, it } from 'vitest';
import { PROVIDERS } from '../src/providers/index.js';
import type { OpenedTarget } from '../src/providers/types.js';
import { runConformanceTest } from '../src/suite/run.js';
import { CONFORMANCE_TESTS } from '../src/suite/tests.js';
import { CI_SIZES } from '../src/suite/types.js';

// CI sizes: a 2 MiB streamed upload instead of 64 MiB (`pnpm conformance` runs the full size).
const sizes = { ...CI_SIZES, largeUploadBytes: 1024 * 1024 };

for (const adapter of PROVIDERS) {
  describe(`conformance: ${adapter.id}`, () => {
    let target: OpenedTarget | undefined;
    beforeAll(async () => {
      if (adapter.unavailable === undefined) target = await adapter.open();
    }, 60_000);
    afterAll(async () => {
      await target?.close();
    });

    for (const test of CONFORMANCE_TESTS) {
      it(test.name, { timeout: sizes.testTimeoutMs }, async (context) => {
        if (adapter.unavailable !== undefined) return context.skip(adapter.unavailable);
        if (target === undefined) throw new Error(`${adapter.id} did not start`);
        const missing = test.requires?.(target.store.capabilities);
        if (missing !== undefined) return context.skip(missing);
        const known = adapter.knownFailures[test.name];
        const failure = await runConformanceTest(test, target, sizes);
        if (known !== undefined) {
          if (failure === undefined) throw new Error(`listed as a known failure (${known}) but passed: remove it`);
          return context.skip(`known failure: ${known}`);
        }
        if (failure !== undefined) throw new Error(failure);
      });
    }
  });
}
