import * as sandbox from '@fileclients/sandbox';
import { missingPieces } from './availability.js';
import type { ProviderAdapter } from './types.js';

/** Not wired yet: reports every test skipped with what is missing (never a fake pass). */
export const boxnetAdapter: ProviderAdapter = {
  id: 'boxnet',
  unavailable:
    missingPieces('boxnet', sandbox, 'startBoxnetSandbox') ??
    'adapter not available yet: the store landed but packages/conformance/src/providers/boxnet.ts does not wire it yet',
  knownFailures: {},
  realEnv: ['BOXNET_URL', 'BOXNET_API_KEY', 'BOXNET_USERNAME', 'BOXNET_PASSWORD'],
  async open() {
    throw new Error('boxnet: adapter not available yet');
  },
};
