import { isTransportError } from '@fileclients/core';
import { describe, expect, it, vi } from 'vitest';
import { createPro7Client, type FetchLike } from '../src/index.js';
import { rejection } from './helpers.js';

// The client loads its upload module on the first upload (docs/decisions/0007-lazy-uploads.md). When that load fails
// (a chunk missing from a broken deploy, a CDN error in a browser), the upload must still end in a typed error that
// names the provider and the operation, and nothing may have been sent.

vi.mock('../src/upload.js', () => {
  throw new Error('chunk upload-1234.js could not be fetched');
});

describe('the upload module is loaded on the first upload', () => {
  it('a failed load is a TransportError for UploadFile, and no request is sent', async () => {
    const sent: string[] = [];
    const fetch: FetchLike = async (input) => {
      sent.push(String(input));
      return new Response('{}');
    };
    const client = createPro7Client({ baseUrl: 'http://pro7.test/', fetch, authToken: 'secret-token', accountId: 1 });
    const error = await rejection(client.upload('/a.txt', { source: 'hello' }, { overwrite: true }));
    expect(isTransportError(error)).toBe(true);
    expect(error).toMatchObject({ provider: 'afterlogic-pro7', operation: 'UploadFile' });
    expect(String(error)).toContain('could not load the upload module');
    expect(String(error)).not.toContain('secret-token');
    expect(sent).toEqual([]);
    // The client itself still works: listing does not need the upload module.
    await expect(client.list('/')).rejects.toThrow(/afterlogic-pro7 Files/);
    expect(sent).toEqual(['http://pro7.test/?/Ajax/Files']);
  });
});
