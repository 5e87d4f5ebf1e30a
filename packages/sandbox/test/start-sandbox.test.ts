import { describe, expect, it } from 'vitest';
import { sandboxProviders, startSandbox } from '../src/index.js';

describe('startSandbox', () => {
  it.each(sandboxProviders)(
    'starts and stops the %s server on loopback with its example environment',
    async (provider) => {
      const sandbox = await startSandbox(provider);
      try {
        expect(sandbox.provider).toBe(provider);
        expect(sandbox.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
        const response = await fetch(sandbox.url, { redirect: 'manual' });
        expect(response.status).toBeGreaterThanOrEqual(200); // something answers on that port
        await response.body?.cancel();
        const prefix = {
          'carbonio-files': 'CARBONIO_',
          'afterlogic-pro7': 'PRO7_',
          boxnet: 'BOXNET_',
          filecloud: 'FILECLOUD_',
        }[provider];
        expect(sandbox.env[`${prefix}URL`]).toMatch(/^http:\/\/127\.0\.0\.1:\d+/);
        expect(Object.keys(sandbox.env).every((name) => name.startsWith(prefix))).toBe(true);
      } finally {
        await sandbox.stop();
      }
      await expect(fetch(sandbox.url)).rejects.toThrow(); // the port is closed after stop()
    },
  );

  it('rejects an unknown provider by name', async () => {
    // @ts-expect-error: not a provider
    await expect(startSandbox('dropbox')).rejects.toThrow('no sandbox for "dropbox"');
  });
});
