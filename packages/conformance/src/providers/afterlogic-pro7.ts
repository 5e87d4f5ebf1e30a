import { createPro7Client } from '@fileclients/afterlogic-pro7';
import { createPro7Store } from '@fileclients/afterlogic-pro7/store';
import type { FetchLike } from '@fileclients/core';
import { startAfterlogicPro7Sandbox } from '@fileclients/sandbox';
import { type ProviderAdapter, readRealEnv } from './types.js';

/** Afterlogic WebMail/MailSuite Pro 7, personal storage; the reliability run's idle timeout and logger go to the client. */
export const pro7Adapter: ProviderAdapter = {
  id: 'afterlogic-pro7',
  knownFailures: {},
  realEnv: ['PRO7_URL', 'PRO7_USERNAME', 'PRO7_PASSWORD'],
  async open(options = {}) {
    const real = options.real ? readRealEnv(pro7Adapter) : undefined;
    const sandbox = real === undefined ? await startAfterlogicPro7Sandbox() : undefined;
    try {
      const url = real?.PRO7_URL ?? sandbox?.url ?? '';
      const email = real?.PRO7_USERNAME ?? sandbox?.credentials.username ?? '';
      const password = real?.PRO7_PASSWORD ?? sandbox?.credentials.password ?? '';
      const baseUrl = options.route ? await options.route(url) : url;
      const make = (fetch?: FetchLike) =>
        createPro7Store(
          createPro7Client({
            baseUrl,
            credentials: { email, password },
            ...(fetch ? { fetch } : {}),
            ...(options.idleTimeoutMs === undefined ? {} : { idleTimeoutMs: options.idleTimeoutMs }),
            ...(options.logger ? { logger: options.logger } : {}),
          }),
        );
      return {
        store: make(),
        base: '/',
        secrets: [password],
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
