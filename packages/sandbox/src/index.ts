export * from './afterlogic-pro7/index.js';
export * from './boxnet/index.js';
export * from './carbonio-files/index.js';
export * from './filecloud/index.js';
export { type SandboxByProvider, sandboxProviders, startSandbox } from './start-sandbox.js';
export type { Sandbox, SandboxOptions, SandboxProvider } from './types.js';
