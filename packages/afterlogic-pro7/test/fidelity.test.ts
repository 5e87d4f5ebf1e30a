/**
 * Issue 19, client points 1-3 and 10, against the sandbox (which answers as a real 7.7.9 server did: see
 * packages/sandbox/test/afterlogic-pro7-fidelity.test.ts). Each test failed before the client was changed.
 */
import { isQuotaError } from '@fileclients/core';
import { type Pro7Sandbox, startAfterlogicPro7Sandbox } from '@fileclients/sandbox';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createPro7Client, type Pro7Client } from '../src/index.js';
import { rejection } from './helpers.js';
import { readText } from './recorded-fetch.js';

const FOLDER = '/2024 100% a+b/p q+%';
const NAME = 'q+%.txt';

let sandbox: Pro7Sandbox;

async function loggedIn(auth: 'token' | 'cookie'): Promise<Pro7Client> {
  const client = createPro7Client({ baseUrl: sandbox.url, auth });
  await client.login({ email: sandbox.credentials.username, password: sandbox.credentials.password });
  return client;
}

beforeAll(async () => {
  sandbox = await startAfterlogicPro7Sandbox({
    uploadMaxFileSize: 64 * 1024,
    publicUrl: 'http://localhost',
    seedFiles: { [`${FOLDER}/keep.txt`]: 'keep' },
  });
});

afterAll(async () => {
  await sandbox.stop();
});

describe('afterlogic-pro7 client against a server that answers as 7.7.9 does (issue 19)', () => {
  it('19.1: a PUT into a folder whose name holds % and + lands there, under its own name', async () => {
    const client = await loggedIn('token');
    const result = await client.upload(`${FOLDER}/${NAME}`, { source: 'put bytes' }, { method: 'put' });
    expect(result).toMatchObject({ path: `${FOLDER}/${NAME}`, name: NAME, size: 9 });
    expect((await client.list(FOLDER)).items.map((item) => item.Name)).toEqual(['keep.txt', NAME]);
    expect(await readText(await client.download(`${FOLDER}/${NAME}`))).toBe('put bytes');
  });

  it('19.2: a PUT in cookie mode goes without p7token and succeeds', async () => {
    const client = await loggedIn('cookie');
    const result = await client.upload('/cookie-put.txt', { source: 'cookie put' }, { method: 'put' });
    expect(result).toMatchObject({ path: '/cookie-put.txt', size: 10 });
    expect(await readText(await client.download('/cookie-put.txt'))).toBe('cookie put');
  });

  it('19.3: over upload_max_filesize a multipart upload is a QuotaError naming the PHP settings', async () => {
    const client = await loggedIn('token');
    const big = new Uint8Array(64 * 1024 + 1).fill(7);
    const error = await rejection(client.upload('/big.bin', { source: big }));
    if (!isQuotaError(error)) throw new Error(`expected a QuotaError, got ${String(error)}`);
    expect(error.code).toBe('size');
    expect(error.message).toContain('upload_max_filesize');
    expect(error.message).toContain('post_max_size');
    expect((await client.list('/')).items.map((item) => item.Name)).not.toContain('big.bin');
  });

  it('19.3: with putWhenTooLarge the same upload is sent again as a PUT and stored whole', async () => {
    const client = await loggedIn('token');
    const big = new Uint8Array(64 * 1024 + 1).fill(7);
    const result = await client.upload('/big.bin', { source: big }, { putWhenTooLarge: true });
    expect(result).toMatchObject({ path: '/big.bin', name: 'big.bin', renamed: false, size: big.byteLength });
    const back = new Uint8Array(await new Response(await client.download('/big.bin')).arrayBuffer());
    expect(back).toEqual(big);
  });

  it('19.10: a public link on another host than the API still downloads through the API', async () => {
    const client = await loggedIn('token');
    const link = await client.createPublicLink(`${FOLDER}/keep.txt`);
    expect(link.url).toMatch(/^http:\/\/localhost\?\/Min\/Share\//);
    expect(await readText(await client.downloadPublic(link.url))).toBe('keep');
  });
});
