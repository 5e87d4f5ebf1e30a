import { createServer } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';
import { allowCors } from '../cors.js';
import type { Sandbox, SandboxOptions } from '../types.js';
import { createPro7Listener, type Pro7ServerState } from './server.js';
import { type Pro7StorageType, Pro7Tree } from './tree.js';

export { type Pro7StorageType, phpUrlDecode } from './tree.js';

/** What a client needs to log in: the mail address, its password and the AccountID the server will answer. */
export interface Pro7SandboxCredentials {
  readonly username: string;
  readonly password: string;
  readonly accountId: number;
}

export interface Pro7SandboxOptions extends SandboxOptions {
  /** Corporate storage (Pro collaboration support). Default true; false answers it with `Result: false`, as Lite. */
  readonly collaboration?: boolean;
  /** Files enabled for the user. Default true; false answers every Files action with ErrorCode 802. */
  readonly filesEnabled?: boolean;
  /** Personal quota in bytes. Default 0: no limit, quota `[0, 0]` (as recorded). */
  readonly quotaBytes?: number;
  /**
   * PHP's `upload_max_filesize` (bytes) for multipart uploads: a larger file is answered `{"Error":"size"}`, as PHP
   * drops it. Default 0, no limit (a stock PHP install has 2M). PUT uploads are not limited so, as on the server.
   */
  readonly uploadMaxFileSize?: number;
  /**
   * The URL the server is configured to call itself, public links are built from it (a real server may say
   * `http://localhost`). Default: the host the request came to.
   */
  readonly publicUrl?: string;
  /** Files to create before the server starts, by full path in personal storage (folders are created too). */
  readonly seedFiles?: Readonly<Record<string, string | Uint8Array>>;
  /** Seeds for other storage types, by type and full path. */
  readonly seed?: Readonly<Partial<Record<Pro7StorageType, Readonly<Record<string, string | Uint8Array>>>>>;
}

export interface Pro7Sandbox extends Sandbox<Pro7SandboxCredentials> {
  /** Invalidates every AuthToken and session cookie, as a logout elsewhere would: the next call gets ErrorCode 102. */
  expireSessions(): void;
  /** Changes the personal quota (bytes, 0 = none) while running. */
  setQuota(bytes: number): void;
}

const USERNAME = 'user@pro7.test';
const PASSWORD = 'pro7-sandbox-password';

/**
 * Starts an Afterlogic WebMail Pro 7 / MailSuite Pro 7 server (Ajax actions, multipart and PUT upload, Raw links,
 * public downloads) on 127.0.0.1 with an in-memory file tree and the recorded wire behaviour.
 */
export async function startAfterlogicPro7Sandbox(options: Pro7SandboxOptions = {}): Promise<Pro7Sandbox> {
  const tree = new Pro7Tree();
  const seeds: Array<[Pro7StorageType, Readonly<Record<string, string | Uint8Array>>]> = [
    ['personal', options.seedFiles ?? {}],
    ...(Object.entries(options.seed ?? {}) as Array<[Pro7StorageType, Record<string, string | Uint8Array>]>),
  ];
  for (const [type, files] of seeds) {
    for (const [path, content] of Object.entries(files)) {
      const parts = path.split('/').filter((p) => p !== '');
      const name = parts.pop();
      if (!name) continue;
      const data = typeof content === 'string' ? new TextEncoder().encode(content) : content;
      tree.putFile(tree.ensureFolder(type, parts.join('/')), name, data);
    }
  }
  const state: Pro7ServerState = {
    tree,
    email: USERNAME,
    password: PASSWORD,
    accountId: 1,
    tokens: new Map(),
    authCookies: new Map(),
    collaboration: options.collaboration ?? true,
    filesEnabled: options.filesEnabled ?? true,
    quotaBytes: options.quotaBytes ?? 0,
    uploadMaxFileSize: options.uploadMaxFileSize ?? 0,
    publicUrl: options.publicUrl,
  };
  const listener = createPro7Listener(state);
  const sockets = new Set<Socket>();
  const server = createServer((req, res) => {
    void listener(req, res);
  });
  server.keepAliveTimeout = 30_000;
  allowCors(server, options.cors);
  server.on('connection', (socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, '127.0.0.1', () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  const url = `http://127.0.0.1:${port}`;
  return {
    provider: 'afterlogic-pro7',
    url,
    credentials: { username: USERNAME, password: PASSWORD, accountId: 1 },
    env: { PRO7_URL: url, PRO7_USERNAME: USERNAME, PRO7_PASSWORD: PASSWORD },
    expireSessions() {
      state.tokens.clear();
      state.authCookies.clear();
    },
    setQuota(bytes) {
      state.quotaBytes = bytes;
    },
    stop() {
      return new Promise<void>((resolve, reject) => {
        server.close((error) => (error ? reject(error) : resolve()));
        for (const socket of sockets) socket.destroy();
      });
    },
  };
}
