import type { CorsOptions } from './cors.js';

/** The providers a sandbox can impersonate. */
export type SandboxProvider = 'carbonio-files' | 'afterlogic-pro7' | 'boxnet' | 'filecloud';

export interface SandboxOptions {
  /** Port on 127.0.0.1; 0 (the default) picks a free one. */
  readonly port?: number;
  /** Lets browser pages from these origins call the server, as a reverse proxy with CORS does. Default: none. */
  readonly cors?: CorsOptions;
}

/** A running local server. `credentials` holds what its client needs to log in (provider-specific shape). */
export interface Sandbox<Credentials> {
  readonly provider: SandboxProvider;
  /** Base URL of the server, e.g. `http://127.0.0.1:41234`, without a trailing slash. */
  readonly url: string;
  readonly credentials: Credentials;
  /**
   * Environment variables that point the examples (and `pnpm demo <provider>`) at this server, e.g.
   * `{ PRO7_URL, PRO7_USERNAME, PRO7_PASSWORD }`: the same names a user sets to run them against a real server.
   */
  readonly env: Readonly<Record<string, string>>;
  /** Closes the server and every open connection; resolves when the port is free. */
  stop(): Promise<void>;
}
