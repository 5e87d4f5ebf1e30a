/**
 * Issue 14, FileCloud points 1-3 for the client, against the sandbox (which answers as FileCloud does: see
 * packages/sandbox/test/filecloud-fidelity.test.ts).
 */
import { type FileCloudSandbox, startFileCloudSandbox } from '@fileclients/sandbox';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createFileCloudClient } from '../src/index.js';

let sandbox: FileCloudSandbox;

const client = (options: { copyMovePaths?: 'core' | 'explorer'; headers?: Record<string, string> } = {}) =>
  createFileCloudClient({
    baseUrl: sandbox.url,
    username: sandbox.credentials.username,
    password: sandbox.credentials.password,
    ...options,
  });

beforeAll(async () => {
  sandbox = await startFileCloudSandbox();
});
afterAll(async () => {
  await sandbox.stop();
});

describe('filecloud client against FileCloud as it answers (issue 14)', () => {
  it('14.1: works with a browser User-Agent (CSRF enforced) and with a non-browser one', async () => {
    for (const userAgent of ['Mozilla/5.0 (X11; Linux x86_64) Chrome/130.0', 'fileclients-test/1.0']) {
      const c = client({ headers: { 'user-agent': userAgent } });
      const page = await c.list('/alice');
      expect(Array.isArray(page.entries)).toBe(true);
    }
  });

  it('14.2: createFolder and upload (a zero-byte one too) return the ETag the server sends', async () => {
    const c = client();
    const created = await c.createFolder('/alice', 'with-etag');
    expect(created.path).toBe('/alice/with-etag');
    expect(created.etag).toMatch(/^"[0-9a-f]{20}"$/);
    const uploaded = await c.upload('/alice/with-etag/a.txt', 'hello', { chunkSize: 2 });
    expect(uploaded).toMatchObject({ path: '/alice/with-etag/a.txt', size: 5 });
    expect(uploaded.etag).toMatch(/^"[0-9a-f]{20}"$/);
    const empty = await c.upload('/alice/with-etag/empty.txt', '');
    expect(empty).toMatchObject({ path: '/alice/with-etag/empty.txt', size: 0 });
    expect(empty.etag).toMatch(/^"[0-9a-f]{20}"$/);
  });

  it('14.3: copy and move go to /core/ by default and to /app/explorer/ when asked', async () => {
    const core = client();
    await core.createFolder('/alice', 'cm');
    await core.upload('/alice/cm/f.txt', 'x');
    await core.createFolder('/alice', 'cm-to');
    const explorer = client({ copyMovePaths: 'explorer' });
    expect(sandbox.requestedPaths.has('/app/explorer/copyfile')).toBe(false);
    await explorer.copy('/alice/cm/f.txt', '/alice/cm-to');
    await explorer.move('/alice/cm-to/f.txt', '/alice/cm-to/g.txt');
    expect(sandbox.requestedPaths.has('/app/explorer/copyfile')).toBe(true);
    expect(sandbox.requestedPaths.has('/app/explorer/renameormove')).toBe(true);
    const names = (await core.list('/alice/cm-to')).entries.map((e) => e.name);
    expect(names).toEqual(['g.txt']);
    await core.copy('/alice/cm/f.txt', '/alice/cm-to');
    expect(sandbox.requestedPaths.has('/core/copyfile')).toBe(true);
  });

  it('14.4: addShare shares a path under the name given, and shareForPath finds it', async () => {
    const c = client();
    await c.createFolder('/alice', 'shared-docs');
    const share = await c.addShare('/alice/shared-docs', { name: 'Team docs' });
    expect(share).toMatchObject({ name: 'Team docs', path: '/alice/shared-docs' });
    expect((await c.shareForPath('/alice/shared-docs'))?.id).toBe(share.id);
    const unnamed = await c.addShare('/alice/with-etag');
    expect(unnamed.name).toBe('with-etag');
  });
});
