import { mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  isAuthError,
  isNotFoundError,
  isProtocolError,
  isQuotaError,
  type QuotaError,
  readAll,
} from '@fileclients/core';
import { downloadToFile } from '@fileclients/core/node';
import { type CarbonioFilesSandbox, startCarbonioFilesSandbox } from '@fileclients/sandbox';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type CarbonioFilesClient, createCarbonioFilesClient } from '../src/index.js';

let sandbox: CarbonioFilesSandbox;

beforeAll(async () => {
  sandbox = await startCarbonioFilesSandbox();
});
afterAll(() => sandbox.stop());

/** Counts requests per path, so tests can see logins and retries on the wire. */
function countingFetch() {
  const calls: string[] = [];
  const fetchImpl = (input: string | URL | Request, init?: RequestInit) => {
    const url = input instanceof Request ? input.url : String(input);
    calls.push(new URL(url).pathname);
    return fetch(input, init);
  };
  return { calls, fetchImpl };
}

function newClient(extra: Partial<Parameters<typeof createCarbonioFilesClient>[0]> = {}): CarbonioFilesClient {
  return createCarbonioFilesClient({
    baseUrl: sandbox.url,
    username: sandbox.credentials.username,
    password: sandbox.credentials.password,
    ...extra,
  });
}

const text = async (stream: ReadableStream<Uint8Array>) => new TextDecoder().decode(await readAll(stream));

describe('carbonio-files client: login and sessions', () => {
  it('logs in lazily with SOAP-JSON and tracks the lifetime', async () => {
    const { calls, fetchImpl } = countingFetch();
    const client = newClient({ fetch: fetchImpl });
    await client.getRootsList();
    expect(calls).toEqual(['/service/soap', '/services/files/graphql']);
    expect(client.authToken).toMatch(/^0_/);
    expect(client.expiresAt).toBeGreaterThan(Date.now() + 11 * 3600 * 1000);
  });

  it('turns a SOAP fault into an AuthError carrying the Zimbra code, without the password', async () => {
    const client = newClient({ password: 'wrong-password-123' });
    const error = await client.getRootsList().catch((e) => e);
    expect(isAuthError(error)).toBe(true);
    expect(error.code).toBe('account.AUTH_FAILED');
    expect(error.status).toBe(422);
    expect(error.message).toContain('carbonio-files login');
    expect(JSON.stringify(error)).not.toContain('wrong-password-123');
  });

  it('accepts the 500 status of older mailboxes for faults', async () => {
    const old = await startCarbonioFilesSandbox({ faultStatus: 500 });
    try {
      const client = createCarbonioFilesClient({ baseUrl: old.url, username: 'x@files.test', password: 'y' });
      const error = await client.getConfigs().catch((e) => e);
      expect(isAuthError(error)).toBe(true);
      expect(error.status).toBe(500);
      expect(error.code).toBe('account.AUTH_FAILED');
    } finally {
      await old.stop();
    }
  });

  it('logs in again once after a 401 and retries the call', async () => {
    const { calls, fetchImpl } = countingFetch();
    const client = newClient({ fetch: fetchImpl });
    await client.getConfigs();
    sandbox.expireSessions();
    await client.getConfigs();
    expect(calls).toEqual([
      '/service/soap',
      '/services/files/graphql',
      '/services/files/graphql',
      '/service/soap',
      '/services/files/graphql',
    ]);
  });

  it('shares one re-login among concurrent calls', async () => {
    const { calls, fetchImpl } = countingFetch();
    const client = newClient({ fetch: fetchImpl });
    await client.getConfigs();
    sandbox.expireSessions();
    await Promise.all([client.getConfigs(), client.getRootsList(), client.getNode({ node_id: 'LOCAL_ROOT' })]);
    expect(calls.filter((c) => c === '/service/soap')).toHaveLength(2);
  });

  it('uses an existing token, and falls back to the password when it is refused', async () => {
    const first = newClient();
    const { token } = await first.login();
    const { calls, fetchImpl } = countingFetch();
    const reuse = newClient({ token, fetch: fetchImpl });
    await reuse.getConfigs();
    expect(calls).toEqual(['/services/files/graphql']);
    expect(reuse.expiresAt).toBeGreaterThan(Date.now());

    const stale = countingFetch();
    const withStale = newClient({ token: '0_bad', fetch: stale.fetchImpl });
    await withStale.getConfigs();
    expect(stale.calls).toEqual(['/services/files/graphql', '/service/soap', '/services/files/graphql']);
  });

  it('reports an expired token with no password to fall back on', async () => {
    const client = createCarbonioFilesClient({ baseUrl: sandbox.url, token: '0_bad' });
    const error = await client.getConfigs().catch((e) => e);
    expect(isAuthError(error)).toBe(true);
    expect(error.code).toBe('NO_CREDENTIALS');
  });

  it('treats the 307 to the login page as an expired session: logs in again and retries', async () => {
    const calls: string[] = [];
    let dropCookie = true;
    const client = newClient({
      fetch: (input, init) => {
        const url = new URL(input instanceof Request ? input.url : String(input));
        const headers = new Headers(init?.headers);
        // The first GraphQL call goes out without its cookie, as if a proxy had eaten it: nginx answers 307.
        if (url.pathname === '/services/files/graphql' && dropCookie) {
          dropCookie = false;
          headers.delete('cookie');
        }
        calls.push(url.pathname);
        return fetch(input, { ...init, headers });
      },
    });
    expect((await client.getRootsList()).length).toBe(2);
    expect(calls).toEqual(['/service/soap', '/services/files/graphql', '/service/soap', '/services/files/graphql']);
  });

  it('does not send the session cookie to the public API', async () => {
    const { calls, fetchImpl } = countingFetch();
    const client = newClient({ fetch: fetchImpl });
    const error = await client.public.getPublicNode({ node_link_id: 'nope0000' }).catch((e) => e);
    expect(isNotFoundError(error)).toBe(true);
    expect(calls).toEqual(['/services/files/public/graphql']);
  });

  it('refuses a GraphQL body over 256 KiB before sending it', async () => {
    const client = newClient();
    const ids = Array.from({ length: 8000 }, (_, i) => `00000000-0000-0000-0000-${String(i).padStart(12, '0')}`);
    const error = await client.trashNodes({ node_ids: ids }).catch((e) => e);
    expect(isQuotaError(error)).toBe(true);
    expect(error.code).toBe('BODY_TOO_LARGE');
  });

  it('sizes the body in UTF-8 bytes: 88,000 "€" (264,000 bytes, 88,000 characters) are refused unsent', async () => {
    const { calls, fetchImpl } = countingFetch();
    const client = newClient({ fetch: fetchImpl });
    await client.login();
    const before = calls.length;
    const error = await client.updateNode({ node_id: 'n1', description: '€'.repeat(88_000) }).catch((e: unknown) => e);
    expect(isQuotaError(error)).toBe(true);
    expect((error as QuotaError).code).toBe('BODY_TOO_LARGE');
    expect(calls.length).toBe(before);
  });
});

describe('carbonio-files client: REST transfers', () => {
  const client = () => newClient();

  it('uploads with progress, renames on a clash, downloads with the decoded name', async () => {
    const c = client();
    const payload = new Uint8Array(200_000).fill(7);
    const seen: number[] = [];
    const { nodeId } = await c.upload({
      name: 'big file.bin',
      source: payload,
      onProgress: (p) => seen.push(p.bytes),
    });
    expect(seen.at(-1)).toBe(200_000);
    const second = await c.upload({ name: 'big file.bin', source: 'x' });
    expect((await c.getNode({ node_id: second.nodeId }))?.name).toBe('big file (1)');
    const download = await c.download(nodeId, { onProgress: () => undefined });
    expect(download.fileName).toBe('big file.bin');
    expect(download.size).toBe(200_000);
    expect((await readAll(download.body)).byteLength).toBe(200_000);
  });

  it('streams an upload from a web stream with a known size, and refuses one without', async () => {
    const c = client();
    const stream = () =>
      new ReadableStream<Uint8Array>({
        start(controller) {
          controller.enqueue(new TextEncoder().encode('streamed '));
          controller.enqueue(new TextEncoder().encode('bytes'));
          controller.close();
        },
      });
    const { nodeId } = await c.upload({ name: 'stream.txt', source: stream(), size: 14 });
    expect(await text((await c.download(nodeId)).body)).toBe('streamed bytes');
    const error = await c.upload({ name: 'nosize.txt', source: stream() }).catch((e) => e);
    expect(error.message).toMatch(/needs the size/);
  });

  it('encodes non-ASCII names as UTF-8 Base64 and sets a non-ASCII description afterwards', async () => {
    const c = client();
    const { nodeId } = await c.upload({ name: 'отчёт ünïcødé.txt', source: 'привет', description: 'über\nzwei' });
    const node = await c.getNode({ node_id: nodeId });
    expect(node).toMatchObject({ name: 'отчёт ünïcødé', extension: 'txt', description: 'über\nzwei' });
    const download = await c.download(nodeId);
    expect(download.fileName).toBe('отчёт ünïcødé.txt');
    expect(await text(download.body)).toBe('привет');
  });

  it('uploads into a folder, adds versions and downloads a given one', async () => {
    const c = client();
    const dir = await c.createFolder({ destination_id: 'LOCAL_ROOT', name: 'transfer-dir' });
    const { nodeId } = await c.upload({ name: 'v.txt', source: 'one', parentId: dir.id, description: 'plain' });
    expect((await c.getNode({ node_id: nodeId }))?.parent?.id).toBe(dir.id);
    expect(await c.uploadVersion({ nodeId, name: 'v.txt', source: 'two' })).toEqual({ nodeId, version: 2 });
    expect(await c.uploadVersion({ nodeId, name: 'v.txt', source: 'TWO', overwrite: true })).toEqual({
      nodeId,
      version: 2,
    });
    expect(await text((await c.download(nodeId, { version: 1 })).body)).toBe('one');
    expect(await text((await c.download(nodeId.toUpperCase())).body)).toBe('TWO');
    await expect(c.download('00000000-0000-0000-0000-000000000000')).rejects.toSatisfy(isNotFoundError);
  });

  it('attaches a file to another module', async () => {
    const c = client();
    const { nodeId } = await c.upload({ name: 'attach.txt', source: 'a' });
    const { attachmentId } = await c.uploadTo(nodeId, 'MAILS');
    expect(attachmentId).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('re-logs in during an upload when the source can be replayed', async () => {
    const { calls, fetchImpl } = countingFetch();
    const c = newClient({ fetch: fetchImpl });
    await c.getConfigs();
    sandbox.expireSessions();
    const { nodeId } = await c.upload({ name: 'relogin.txt', source: () => 'replayed', size: 8 });
    expect(await text((await c.download(nodeId)).body)).toBe('replayed');
    expect(calls.filter((p) => p === '/services/files/upload')).toHaveLength(2);
  });

  it('reads public links and linked folders without logging in', async () => {
    const c = client();
    const dir = await c.createFolder({ destination_id: 'LOCAL_ROOT', name: 'public-dir' });
    const inner = await c.upload({ name: 'inside.txt', source: 'inner', parentId: dir.id });
    await c.upload({ name: 'second.txt', source: 's', parentId: dir.id });
    const folderLink = await c.createLink({ node_id: dir.id });
    const { nodeId } = await c.upload({ name: 'pub.txt', source: 'public!' });
    const fileLink = await c.createLink({ node_id: nodeId });

    const anonymous = createCarbonioFilesClient({ baseUrl: sandbox.url });
    expect(await anonymous.public.getPublicNode({ node_link_id: fileLink.id })).toMatchObject({
      __typename: 'File',
      name: 'pub',
      extension: 'txt',
      size: 7,
    });
    const folderNode = await anonymous.public.getPublicNode({ node_link_id: folderLink.id });
    expect(folderNode?.__typename).toBe('Folder');
    const names: string[] = [];
    for await (const n of anonymous.public.findNodes(dir.id, { pageSize: 1 })) names.push(n.name);
    expect(names).toEqual(['inside', 'second']);
    expect(await text((await anonymous.public.downloadLink(fileLink.id)).body)).toBe('public!');
    expect(await text((await anonymous.public.downloadNode(inner.nodeId)).body)).toBe('inner');
    await expect(anonymous.public.downloadLink('x'.repeat(32))).rejects.toSatisfy(isNotFoundError);
  });

  it('refuses an HTML login page answering a download with 200, and leaves no file behind', async () => {
    const c = client();
    const { nodeId } = await c.upload({ name: 'real.bin', source: 'real bytes' });
    const page =
      '<!DOCTYPE html><html><head><title>Sign in</title></head><body><form action="/login"></form></body></html>';
    // A proxy or SSO gateway in front of the service: every download path answers with its login page.
    const fetchImpl = async (input: string | URL | Request, init?: RequestInit) => {
      const url = new URL(input instanceof Request ? input.url : String(input));
      if (!url.pathname.includes('/download/')) return fetch(input, init);
      return new Response(page, { status: 200, headers: { 'content-type': 'text/html; charset=utf-8' } });
    };
    const behindProxy = newClient({ fetch: fetchImpl });
    const error = await behindProxy.download(nodeId).catch((e) => e);
    expect(isProtocolError(error)).toBe(true);
    expect(error).toMatchObject({ provider: 'carbonio-files', operation: 'download', code: 'UNEXPECTED_HTML' });
    expect(error.message).toMatch(/HTML page/);

    const dir = await mkdtemp(join(tmpdir(), 'carbonio-html-'));
    try {
      const saved = await downloadToFile(() => behindProxy.downloadResponse(nodeId), join(dir, 'real.bin'), {
        provider: 'carbonio-files',
        operation: 'download',
      }).catch((e) => e);
      expect(isProtocolError(saved)).toBe(true);
      expect(await readdir(dir)).toEqual([]);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }

    const anonymous = createCarbonioFilesClient({ baseUrl: sandbox.url, fetch: fetchImpl });
    const link = await c.createLink({ node_id: nodeId });
    const publicError = await anonymous.public.downloadLink(link.id).catch((e) => e);
    expect(publicError).toMatchObject({ operation: 'downloadPublic', code: 'UNEXPECTED_HTML' });
  });

  it('still downloads an uploaded HTML file (it carries Content-Disposition: attachment)', async () => {
    const c = client();
    const { nodeId } = await c.upload({ name: 'page.html', source: '<html><body>mine</body></html>' });
    const download = await c.download(nodeId);
    expect(download.contentType).toMatch(/^text\/html/);
    expect(await text(download.body)).toBe('<html><body>mine</body></html>');
  });
});
