import { createMemoryStore } from '@fileclients/core/memory';
import type { ProviderAdapter } from './types.js';

/** Core's reference store: it must pass every test, so it has no known failures. */
export const memoryAdapter: ProviderAdapter = {
  id: 'memory',
  knownFailures: {},
  offline: true,
  realEnv: [],
  async open() {
    return { store: createMemoryStore(), base: '/', secrets: [], close: async () => undefined };
  },
};
