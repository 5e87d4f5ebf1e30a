import { createCarbonioFilesClient } from '@fileclients/carbonio-files';
import { createCarbonioStore } from '@fileclients/carbonio-files/store';
import type { FetchLike } from '@fileclients/core';
import { startCarbonioFilesSandbox } from '@fileclients/sandbox';
import { type ProviderAdapter, readRealEnv } from './types.js';

/**
 * Carbonio Files: `/` is the user's LOCAL_ROOT. The client has an overall timeout but no idle timeout, so the
 * reliability run bounds stalled bodies with `timeoutMs` (a user would do the same).
 */
export const carbonioAdapter: ProviderAdapter = {
  id: 'carbonio-files',
  knownFailures: {},
  realEnv: ['CARBONIO_URL', 'CARBONIO_USERNAME', 'CARBONIO_PASSWORD'],
  async open(options = {}) {
    const real = options.real ? readRealEnv(carbonioAdapter) : undefined;
    const sandbox = real === undefined ? await startCarbonioFilesSandbox() : undefined;
    try {
      const url = real?.CARBONIO_URL ?? sandbox?.url ?? '';
      const username = real?.CARBONIO_USERNAME ?? sandbox?.credentials.username ?? '';
      const password = real?.CARBONIO_PASSWORD ?? sandbox?.credentials.password ?? '';
      const baseUrl = options.route ? await options.route(url) : url;
      const make = (fetch?: FetchLike) =>
        createCarbonioStore(
          createCarbonioFilesClient({
            baseUrl,
            username,
            password,
            ...(fetch ? { fetch } : {}),
            ...(options.logger ? { logger: options.logger } : {}),
            ...(options.idleTimeoutMs === undefined ? {} : { timeoutMs: options.idleTimeoutMs * 4 }),
          }),
        );
      return {
        store: make(),
        base: '/',
        secrets: sandbox ? [password, sandbox.credentials.otherUser.password] : [password],
        storeWith: (fetch) => make(fetch),
        ...(sandbox ? { expireSessions: () => sandbox.expireSessions() } : {}),
        close: async () => sandbox?.stop(),
      };
    } catch (error) {
      await sandbox?.stop();
      throw error;
    }
  },
};
