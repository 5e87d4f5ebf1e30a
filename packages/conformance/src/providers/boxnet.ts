import { createBoxnetClient } from '@fileclients/boxnet';
import { createBoxnetStore } from '@fileclients/boxnet/store';
import type { FetchLike } from '@fileclients/core';
import { startBoxnetSandbox } from '@fileclients/sandbox';
import { lazyStore } from './lazy-store.js';
import { type ProviderAdapter, readRealEnv } from './types.js';

/**
 * Box.net 1.0 (SOAP). The store needs a logged-in client, so the adapter logs in first (lazily, for `storeWith`).
 * The sandbox caps uploads at 32 MiB by default; it is raised so the 64 MiB streamed upload can run. The reliability
 * run's idle timeout bounds stalled SOAP answers; the sandbox expires sessions for real (the client logs in again).
 */
export const boxnetAdapter: ProviderAdapter = {
  id: 'boxnet',
  knownFailures: {},
  realEnv: ['BOXNET_URL', 'BOXNET_API_KEY', 'BOXNET_USERNAME', 'BOXNET_PASSWORD'],
  async open(options = {}) {
    const real = options.real ? readRealEnv(boxnetAdapter) : undefined;
    const sandbox = real === undefined ? await startBoxnetSandbox({ maxUploadBytes: 256 * 1024 * 1024 }) : undefined;
    try {
      const env = real ?? sandbox?.env ?? {};
      const url = env.BOXNET_URL ?? '';
      const apiKey = env.BOXNET_API_KEY ?? '';
      const login = env.BOXNET_USERNAME ?? '';
      const password = env.BOXNET_PASSWORD ?? '';
      // Uploads and downloads may live on other hosts (upload.box.net); without a route they keep theirs.
      const routed = options.route ? await options.route(url) : url;
      const uploadUrl = options.route ? routed : (process.env.BOXNET_UPLOAD_URL ?? env.BOXNET_UPLOAD_URL ?? url);
      const downloadUrl = options.route ? routed : (process.env.BOXNET_DOWNLOAD_URL ?? env.BOXNET_DOWNLOAD_URL ?? url);
      const make = async (fetch?: FetchLike) => {
        const client = createBoxnetClient({
          apiKey,
          baseUrl: routed,
          uploadUrl,
          downloadUrl,
          ...(fetch ? { fetch } : {}),
          ...(options.idleTimeoutMs === undefined
            ? {}
            : { timeoutMs: options.idleTimeoutMs * 4, idleTimeoutMs: options.idleTimeoutMs }),
          ...(options.logger === undefined ? {} : { logger: options.logger }),
        });
        await client.login(login, password);
        return createBoxnetStore(client);
      };
      const store = await make();
      return {
        store,
        base: '/',
        secrets: [password, apiKey],
        ...(sandbox ? { expireSessions: () => sandbox.expireSessions() } : {}),
        storeWith: (fetch) => lazyStore('boxnet', store.capabilities, () => make(fetch)),
        close: async () => sandbox?.stop(),
      };
    } catch (error) {
      await sandbox?.stop();
      throw error;
    }
  },
};
