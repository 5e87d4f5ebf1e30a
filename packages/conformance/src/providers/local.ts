import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createLocalStore } from '@fileclients/core/node';
import type { ProviderAdapter } from './types.js';

/** Core's local-disk store over a fresh temp folder per run, removed on close. It has no known failures. */
export const localAdapter: ProviderAdapter = {
  id: 'local',
  knownFailures: {},
  offline: true,
  realEnv: [],
  async open() {
    const root = await mkdtemp(join(tmpdir(), 'fileclients-conformance-'));
    return {
      store: createLocalStore({ root }),
      base: '/',
      secrets: [],
      close: () => rm(root, { recursive: true, force: true }),
    };
  },
};
