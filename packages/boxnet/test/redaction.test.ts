import { isTransportError } from '@fileclients/core';
import { describe, expect, it } from 'vitest';
import { createBoxnetClient } from '../src/index.js';

const TOKEN = 'secret-token-5f0c2a91d7';

describe('the session token never leaks', () => {
  it('from a failed upload or download whose error quotes the URL', async () => {
    const client = createBoxnetClient({
      apiKey: 'key-for-redaction-test',
      authToken: TOKEN,
      baseUrl: 'http://box.test',
      uploadUrl: 'http://upload.box.test',
      fetch: async (input) => {
        throw new TypeError(`fetch failed: connect ECONNREFUSED for ${String(input)}`);
      },
    });
    const failures = await Promise.allSettled([
      client.uploadFile({ folderId: 1 }, { name: 'a.txt', body: { source: 'a' } }),
      client.download(7),
    ]);
    for (const failure of failures) {
      expect(failure.status).toBe('rejected');
      const error = failure.status === 'rejected' ? failure.reason : undefined;
      expect(isTransportError(error)).toBe(true);
      const rendered = [
        String(error),
        JSON.stringify(error),
        String((error as Error).stack),
        String((error as Error).cause),
      ];
      for (const text of rendered) expect(text).not.toContain(TOKEN);
    }
  });
});
