import * as sandbox from '@fileclients/sandbox';
import { missingPieces } from './availability.js';
import type { ProviderAdapter } from './types.js';

/** Not wired yet: reports every test skipped with what is missing (never a fake pass). */
export const pro7Adapter: ProviderAdapter = {
  id: 'afterlogic-pro7',
  unavailable:
    missingPieces('afterlogic-pro7', sandbox, 'startAfterlogicPro7Sandbox') ??
    'adapter not available yet: the store landed but packages/conformance/src/providers/afterlogic-pro7.ts does not wire it yet',
  knownFailures: {},
  realEnv: ['PRO7_URL', 'PRO7_USERNAME', 'PRO7_PASSWORD'],
  async open() {
    throw new Error('afterlogic-pro7: adapter not available yet');
  },
};
