import { ProtocolError } from '@fileclients/core';
import { describe, expect, it } from 'vitest';
import { startFaultProxy } from '../src/reliability/fault-proxy.js';
import { fuzzDecoders } from '../src/reliability/fuzz.js';
import { startReferenceServer } from '../src/reliability/reference-server.js';
import { SecretScan } from '../src/reliability/secret-scan.js';

// The checks must be able to fail: a harness that never reports anything proves nothing.
describe('reliability harness self-checks', () => {
  it('fuzzing counts untyped throws of a naive decoder and none of a careful one', async () => {
    const options = { cases: 200, seed: 7, hangMs: 5_000, scan: new SecretScan() };
    const fixtures = ['{"items":[{"name":"a","size":1}]}'];
    const naive = await fuzzDecoders(
      [{ name: 'naive', fixtures, decode: (body) => JSON.parse(body).items[0].name }],
      options,
    );
    expect(naive.untyped_throws).toBeGreaterThan(0);
    const careful = await fuzzDecoders(
      [
        {
          name: 'careful',
          fixtures,
          decode: (body) => {
            try {
              return JSON.parse(body).items[0].name;
            } catch (error) {
              throw new ProtocolError('bad listing', { provider: 'test', operation: 'list', cause: error });
            }
          },
        },
      ],
      options,
    );
    expect(careful.untyped_throws).toBe(0);
    expect(careful.cases).toBe(200);
  });

  it('the secret scan finds a secret in any printed form, and not a redacted one', () => {
    const scan = new SecretScan();
    scan.addError(new Error('login failed for password=hunter2-secret'));
    expect(scan.leaks(['hunter2-secret']).count).toBeGreaterThan(0);
    const clean = new SecretScan();
    clean.addError(
      new ProtocolError('login failed', {
        provider: 'test',
        operation: 'login',
        details: { password: 'hunter2-secret' },
      }),
    );
    expect(clean.leaks(['hunter2-secret']).count).toBe(0);
  });

  it('the proxy forwards, then injects the armed fault only as often as asked', async () => {
    const server = await startReferenceServer();
    const proxy = await startFaultProxy(server.url);
    try {
      const login = () =>
        fetch(`${proxy.url}/login`, {
          method: 'POST',
          body: JSON.stringify({ username: server.username, password: server.password }),
        });
      expect((await login()).status).toBe(200);
      proxy.arm({ kind: 'status', status: 503 }, { times: 1 });
      expect((await login()).status).toBe(503);
      expect((await login()).status).toBe(200);
      expect(proxy.hits).toBe(1);
      proxy.arm({ kind: 'reset-before-body' }, { times: 1 });
      await expect(login()).rejects.toThrow();
    } finally {
      await proxy.close();
      await server.stop();
    }
  });
});
