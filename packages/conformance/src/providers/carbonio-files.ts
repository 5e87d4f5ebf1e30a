import * as sandbox from '@fileclients/sandbox';
import { missingPieces } from './availability.js';
import type { ProviderAdapter } from './types.js';

/** Not wired yet: reports every test skipped with what is missing (never a fake pass). */
export const carbonioAdapter: ProviderAdapter = {
  id: 'carbonio-files',
  unavailable:
    missingPieces('carbonio-files', sandbox, 'startCarbonioFilesSandbox') ??
    'adapter not available yet: the store landed but packages/conformance/src/providers/carbonio-files.ts does not wire it yet',
  knownFailures: {},
  realEnv: ['CARBONIO_URL', 'CARBONIO_USERNAME', 'CARBONIO_PASSWORD'],
  async open() {
    throw new Error('carbonio-files: adapter not available yet');
  },
};
