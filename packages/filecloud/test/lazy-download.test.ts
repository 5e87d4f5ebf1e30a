import { isTransportError } from '@fileclients/core';
import { describe, expect, it, vi } from 'vitest';
import { createFileCloudClient, type FetchLike } from '../src/index.js';

// The client loads its download module on the first download (docs/decisions/0017-filecloud-call-cost.md). When that
// load fails (a chunk missing from a broken deploy, a CDN error in a browser), the download must still end in a typed
// error that names the provider and the operation, and nothing may have been sent.

vi.mock('../src/download.js', () => {
  throw new Error('chunk download-1234.js could not be fetched');
});

describe('the download module is loaded on the first download', () => {
  it('a failed load is a TransportError for downloadfile, and no request is sent', async () => {
    const sent: string[] = [];
    const fetch: FetchLike = async (input) => {
      sent.push(String(input));
      return new Response('<commands><command><result>0</result><message>nope</message></command></commands>', {
        headers: { 'content-type': 'text/xml' },
      });
    };
    const client = createFileCloudClient({ baseUrl: 'http://fc.test', fetch });
    const error = await client.download('/alice/a.txt').catch((e: unknown) => e);
    expect(isTransportError(error)).toBe(true);
    expect(error).toMatchObject({ provider: 'filecloud', operation: 'downloadfile' });
    expect(String(error)).toContain('could not load the download module');
    expect(sent).toEqual([]);
    // The client itself still works: listing does not need the download module.
    await expect(client.list('/alice')).rejects.toThrow(/nope/);
    expect(sent).toEqual(['http://fc.test/core/getfilelist']);
  });
});
