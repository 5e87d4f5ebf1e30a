/**
 * Issue 14 points 10 and 11, against the upload answer printed in the seed document (003_89770f677b9d28f3.txt, the
 * Upload section), written here as Box sent it: two files, the second refused.
 */
import { isProtocolError, isQuotaError } from '@fileclients/core';
import { describe, expect, it } from 'vitest';
import { createBoxnetClient } from '../src/index.js';

const SEED_UPLOAD_ANSWER = `<?xml version='1.0' encoding='UTF-8' ?> <response> <status>upload_ok</status> <files> <file file_name="read_me.txt" id="5996" folder_id="756" shared="0" public_name="" /> <file file_name="Rally.avi" error="filesize_limit_exceeded" /> </files> </response>`;

function recording(answer = SEED_UPLOAD_ANSWER) {
  const urls: string[] = [];
  const fetch = async (input: string | URL | Request): Promise<Response> => {
    urls.push(String(input));
    return new Response(answer, { status: 200, headers: { 'content-type': 'text/xml' } });
  };
  return { urls, fetch };
}

async function failure(promise: Promise<unknown>): Promise<unknown> {
  try {
    await promise;
  } catch (error) {
    return error;
  }
  throw new Error('expected a rejection');
}

describe('boxnet uploadFile picks its own entry of the answer (issue 14.10)', () => {
  const client = (fetch: ReturnType<typeof recording>['fetch']) =>
    createBoxnetClient({ apiKey: 'k', authToken: 'token-for-upload-tests', baseUrl: 'http://box.test', fetch });

  it('the stored file, by name', async () => {
    const uploaded = await client(recording().fetch).uploadFile(
      { folderId: 756 },
      { name: 'read_me.txt', body: { source: 'x' } },
    );
    expect(uploaded).toMatchObject({ file_name: 'read_me.txt', id: 5996, folder_id: 756 });
  });

  it("a refused file is its error, never the other file's record", async () => {
    const error = await failure(
      client(recording().fetch).uploadFile({ folderId: 756 }, { name: 'Rally.avi', body: { source: 'x' } }),
    );
    expect(isQuotaError(error)).toBe(true);
    expect((error as Error).message).toBe('boxnet upload: Rally.avi was not stored (filesize_limit_exceeded)');
  });

  it('an answer without an entry for the file is a ProtocolError naming what it lists', async () => {
    const error = await failure(
      client(recording().fetch).uploadFile({ folderId: 756 }, { name: 'other.txt', body: { source: 'x' } }),
    );
    expect(isProtocolError(error)).toBe(true);
    expect((error as Error).message).toBe(
      'boxnet upload: the upload answer has no entry for other.txt (it lists: read_me.txt, Rally.avi)',
    );
  });
});

describe('boxnet uploads go to the server baseUrl names (issue 14.11)', () => {
  const upload = async (options: { baseUrl?: string; uploadUrl?: string }) => {
    const { urls, fetch } = recording();
    const box = createBoxnetClient({ apiKey: 'k', authToken: 'tok-upload-url', fetch, ...options });
    await box.uploadFile({ folderId: 756 }, { name: 'read_me.txt', body: { source: 'x' } });
    return { url: urls[0] ?? '', uploadUrl: box.uploadUrl };
  };

  it('another baseUrl uploads there, not to upload.box.net', async () => {
    const { url, uploadUrl } = await upload({ baseUrl: 'http://127.0.0.1:8099/' });
    expect(uploadUrl).toBe('http://127.0.0.1:8099');
    expect(url).toBe('http://127.0.0.1:8099/api/1.0/upload/tok-upload-url/756');
  });

  it("Box's own host uploads at upload.box.net, in the same scheme", async () => {
    expect((await upload({})).url).toBe('http://upload.box.net/api/1.0/upload/tok-upload-url/756');
    expect((await upload({ baseUrl: 'https://www.box.net' })).uploadUrl).toBe('https://upload.box.net');
  });

  it('an explicit uploadUrl wins', async () => {
    expect((await upload({ baseUrl: 'http://a.test', uploadUrl: 'http://b.test/' })).uploadUrl).toBe('http://b.test');
  });
});
