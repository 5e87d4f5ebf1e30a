export type { Sandbox, SandboxOptions, SandboxProvider } from './types.js';
export * from './filecloud/index.js';
