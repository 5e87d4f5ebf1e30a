import type { FetchLike } from '@fileclients/core';
import { createFileCloudClient } from '@fileclients/filecloud';
import { createFileCloudStore } from '@fileclients/filecloud/store';
import { startFileCloudSandbox } from '@fileclients/sandbox';
import { type ProviderAdapter, readRealEnv } from './types.js';

/**
 * FileCloud: paths are `/<user>/…`, so each test folder lives under the user's home. The reliability run's idle
 * timeout and logger go to the client, so stalls end within the harness's hang limit and log lines are scanned.
 */
export const filecloudAdapter: ProviderAdapter = {
  id: 'filecloud',
  knownFailures: {},
  realEnv: ['FILECLOUD_URL', 'FILECLOUD_USERNAME', 'FILECLOUD_PASSWORD'],
  async open(options = {}) {
    const real = options.real ? readRealEnv(filecloudAdapter) : undefined;
    const sandbox = real === undefined ? await startFileCloudSandbox() : undefined;
    try {
      const url = real?.FILECLOUD_URL ?? sandbox?.url ?? '';
      const username = real?.FILECLOUD_USERNAME ?? sandbox?.credentials.username ?? '';
      const password = real?.FILECLOUD_PASSWORD ?? sandbox?.credentials.password ?? '';
      const baseUrl = options.route ? await options.route(url) : url;
      const make = (fetch?: FetchLike) =>
        createFileCloudStore(
          createFileCloudClient({
            baseUrl,
            username,
            password,
            ...(fetch ? { fetch } : {}),
            ...(options.idleTimeoutMs === undefined ? {} : { idleTimeoutMs: options.idleTimeoutMs }),
            ...(options.logger ? { logger: options.logger } : {}),
          }),
        );
      return {
        store: make(),
        base: `/${username}`,
        secrets: sandbox ? [password, sandbox.credentials.adminPassword] : [password],
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
