export type { Sandbox, SandboxOptions, SandboxProvider } from './types.js';
