import { type Pro7Sandbox, startAfterlogicPro7Sandbox } from './afterlogic-pro7/index.js';
import { type BoxnetSandbox, startBoxnetSandbox } from './boxnet/index.js';
import { type CarbonioFilesSandbox, startCarbonioFilesSandbox } from './carbonio-files/index.js';
import { type FileCloudSandbox, startFileCloudSandbox } from './filecloud/index.js';
import type { SandboxOptions, SandboxProvider } from './types.js';

/** What `startSandbox(provider)` returns for each provider (each with its own test controls). */
export interface SandboxByProvider {
  'carbonio-files': CarbonioFilesSandbox;
  'afterlogic-pro7': Pro7Sandbox;
  boxnet: BoxnetSandbox;
  filecloud: FileCloudSandbox;
}

const starters: { [P in SandboxProvider]: (options?: SandboxOptions) => Promise<SandboxByProvider[P]> } = {
  'carbonio-files': startCarbonioFilesSandbox,
  'afterlogic-pro7': startAfterlogicPro7Sandbox,
  boxnet: startBoxnetSandbox,
  filecloud: startFileCloudSandbox,
};

/** Every provider a sandbox exists for, in a stable order. */
export const sandboxProviders: readonly SandboxProvider[] = [
  'carbonio-files',
  'afterlogic-pro7',
  'boxnet',
  'filecloud',
];

/**
 * Starts the local server of one provider on 127.0.0.1 (a free port unless `options.port` says otherwise).
 * The provider-specific starters (`startFileCloudSandbox`, …) take more options; this is the common entry.
 */
export function startSandbox<P extends SandboxProvider>(
  provider: P,
  options: SandboxOptions = {},
): Promise<SandboxByProvider[P]> {
  const start = starters[provider] as ((options?: SandboxOptions) => Promise<SandboxByProvider[P]>) | undefined;
  if (!start) return Promise.reject(new Error(`@fileclients/sandbox: no sandbox for "${String(provider)}"`));
  return start(options);
}
