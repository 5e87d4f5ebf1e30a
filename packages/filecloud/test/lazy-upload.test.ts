import { isTransportError } from '@fileclients/core';
import { describe, expect, it, vi } from 'vitest';
import { createFileCloudClient, type FetchLike } from '../src/index.js';

// The upload module is loaded on the first upload, as the download module is (docs/decisions/0017). A failed load
// must end in a typed error naming the provider and the operation, with nothing sent.

vi.mock('../src/upload.js', () => {
  throw new Error('chunk upload-1234.js could not be fetched');
});

describe('the upload module is loaded on the first upload', () => {
  it('a failed load is a TransportError for upload, and no request is sent', async () => {
    const sent: string[] = [];
    const fetch: FetchLike = async (input) => {
      sent.push(String(input));
      return new Response('unexpected', { status: 500 });
    };
    const client = createFileCloudClient({ baseUrl: 'http://fc.test', fetch });
    const error = await client.upload('/alice/a.txt', 'hello').catch((e: unknown) => e);
    expect(isTransportError(error)).toBe(true);
    expect(error).toMatchObject({ provider: 'filecloud', operation: 'upload' });
    expect(String(error)).toContain('could not load the upload module');
    expect(sent).toEqual([]);
  });
});
