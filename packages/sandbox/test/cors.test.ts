import { describe, expect, it } from 'vitest';
import { type SandboxProvider, sandboxProviders, startSandbox } from '../src/index.js';

const PAGE = 'http://127.0.0.1:5999';

/** A path each server answers: a preflight never reaches it, a plain GET does. */
const PROBE: Record<SandboxProvider, string> = {
  'carbonio-files': '/services/files/graphql',
  'afterlogic-pro7': '/?/Api/',
  boxnet: '/api/1.0/soap',
  filecloud: '/core/getfilelist',
};

describe.each(sandboxProviders)('%s sandbox with cors', (provider) => {
  it('answers an allowed origin with CORS headers and its preflight with 204; other origins get none', async () => {
    const sandbox = await startSandbox(provider, { cors: { origin: PAGE } });
    try {
      const url = `${sandbox.url}${PROBE[provider]}`;
      const preflight = await fetch(url, {
        method: 'OPTIONS',
        headers: {
          origin: PAGE,
          'access-control-request-method': 'POST',
          'access-control-request-headers': 'content-type, authorization',
        },
      });
      expect(preflight.status).toBe(204);
      expect(preflight.headers.get('access-control-allow-origin')).toBe(PAGE);
      expect(preflight.headers.get('access-control-allow-credentials')).toBe('true');
      expect(preflight.headers.get('access-control-allow-headers')).toBe('content-type, authorization');
      expect(preflight.headers.get('access-control-allow-methods')).toContain('POST');

      const plain = await fetch(url, { headers: { origin: PAGE } });
      await plain.arrayBuffer();
      expect(plain.headers.get('access-control-allow-origin')).toBe(PAGE);
      expect(plain.headers.get('access-control-expose-headers')).toContain('content-disposition');

      const stranger = await fetch(url, { headers: { origin: 'http://evil.test' } });
      await stranger.arrayBuffer();
      expect(stranger.headers.get('access-control-allow-origin')).toBeNull();
    } finally {
      await sandbox.stop();
    }
  });

  it('sends no CORS header without the option (the servers answer none themselves)', async () => {
    const sandbox = await startSandbox(provider);
    try {
      const plain = await fetch(`${sandbox.url}${PROBE[provider]}`, { headers: { origin: PAGE } });
      await plain.arrayBuffer();
      expect(plain.headers.get('access-control-allow-origin')).toBeNull();
    } finally {
      await sandbox.stop();
    }
  });
});
