import * as sandbox from '@fileclients/sandbox';
import { missingPieces } from './availability.js';
import type { ProviderAdapter } from './types.js';

/** Not wired yet: reports every test skipped with what is missing (never a fake pass). */
export const filecloudAdapter: ProviderAdapter = {
  id: 'filecloud',
  unavailable:
    missingPieces('filecloud', sandbox, 'startFileCloudSandbox') ??
    'adapter not available yet: the store landed but packages/conformance/src/providers/filecloud.ts does not wire it yet',
  knownFailures: {},
  realEnv: ['FILECLOUD_URL', 'FILECLOUD_USERNAME', 'FILECLOUD_PASSWORD'],
  async open() {
    throw new Error('filecloud: adapter not available yet');
  },
};
