// The conformance package's programmatic surface: the suite, the provider adapters and the reliability checks.
export { findProvider, PROVIDERS } from './providers/index.js';
export type { OpenedTarget, OpenOptions, ProviderAdapter } from './providers/types.js';
export { type RunSuiteOptions, removeTree, runConformanceTest, runSuite, skipAll } from './suite/run.js';
export { AWKWARD_NAMES, CONFORMANCE_TESTS } from './suite/tests.js';
export { CI_SIZES, type ConformanceTest, FULL_SIZES, type ProviderReport, type SuiteOptions } from './suite/types.js';
