import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { allowCors } from '../cors.js';
import type { Sandbox, SandboxOptions } from '../types.js';
import type { Urls } from './context.js';
import { handle } from './routes.js';
import { FileCloudState, type UserRecord } from './state.js';

export interface FileCloudSandboxCredentials {
  readonly username: string;
  readonly password: string;
  /** A user whose login answers result 3; complete it with `twoFactorCode`. */
  readonly twoFactorUsername: string;
  readonly twoFactorPassword: string;
  readonly twoFactorCode: string;
  readonly adminUsername: string;
  readonly adminPassword: string;
}

export interface FileCloudSandbox extends Sandbox<FileCloudSandboxCredentials> {
  /** Base URL of the separate "storage host" that redirect=1 downloads go to. */
  readonly storageUrl: string;
  /** Every request the storage host received, with whether it carried a Cookie or X-XSRF-TOKEN header. */
  readonly storageRequests: readonly { readonly path: string; readonly cookie: boolean; readonly xsrf: boolean }[];
  /** Every upload slice accepted: path, offset, bytes, complete. */
  readonly uploadSlices: readonly {
    readonly path: string;
    readonly offset: number;
    readonly bytes: number;
    readonly complete: boolean;
  }[];
  /** Every contract path that has been requested (valid or not), for coverage checks. */
  readonly requestedPaths: ReadonlySet<string>;
  /** Forgets every session, as a server restart or timeout would. */
  expireSessions(): void;
}

/**
 * A stateful FileCloud on 127.0.0.1: XML answers with `result` codes (HTTP 200 on failure, as FileCloud does),
 * session cookies with an X-XSRF-TOKEN check, a 2FA user, an admin, chunked uploads assembled by offset, downloads
 * (redirect=1 goes to a second "storage host" server that records whether cookies reached it), versions, shares.
 * A path the spec does not have gets HTTP 404; a known path called outside the spec (method, body, fields) gets
 * HTTP 400, a spec check of the sandbox's own that a real server never sends (docs/sandbox-fidelity/filecloud.md).
 */
export interface FileCloudSandboxOptions extends SandboxOptions {
  /**
   * The CSRF check on browser User-Agents (default true). false stands for `define("TONIDOCLOUD_CSRF_CHECK", 0)`:
   * a page on another origin cannot read the X-XSRF-TOKEN cookie it would have to echo.
   */
  readonly csrfCheck?: boolean;
}

export async function startFileCloudSandbox(options: FileCloudSandboxOptions = {}): Promise<FileCloudSandbox> {
  const credentials: FileCloudSandboxCredentials = {
    username: 'alice',
    password: 'alice-password',
    twoFactorUsername: 'carol',
    twoFactorPassword: 'carol-password',
    twoFactorCode: '246810',
    adminUsername: 'admin',
    adminPassword: 'admin-password',
  };
  const users = new Map<string, UserRecord>([
    [
      'alice',
      { password: credentials.password, email: 'alice@example.com', displayname: 'Alice', status: '1', admin: false },
    ],
    [
      'carol',
      {
        password: credentials.twoFactorPassword,
        email: 'carol@example.com',
        displayname: 'Carol',
        status: '1',
        admin: false,
        twoFactorCode: credentials.twoFactorCode,
      },
    ],
    [
      'admin',
      {
        password: credentials.adminPassword,
        email: 'admin@example.com',
        displayname: 'Admin',
        status: '1',
        admin: true,
      },
    ],
  ]);
  const state = new FileCloudState(users);
  state.csrfCheck = options.csrfCheck ?? true;
  const urls: Urls = { sandbox: '', storage: '' };

  const storage = createServer((req, res) => {
    state.storageRequests.push({
      path: req.url ?? '',
      cookie: req.headers.cookie !== undefined,
      xsrf: req.headers['x-xsrf-token'] !== undefined,
    });
    const data = state.blobs.get((req.url ?? '').replace(/^\/blob\//, ''));
    if (!data) {
      res.writeHead(404).end();
      return;
    }
    res.writeHead(200, { 'content-type': 'application/octet-stream', 'content-length': data.length }).end(data);
  });

  const server: Server = createServer((req, res) => {
    handle(state, urls, req, res).catch((error: unknown) => {
      if (!res.headersSent) res.writeHead(500, { 'content-type': 'text/plain' });
      res.end(String(error));
    });
  });

  const listen = (s: Server, port: number): Promise<number> =>
    new Promise((resolve, reject) => {
      s.once('error', reject);
      s.listen(port, '127.0.0.1', () => resolve((s.address() as AddressInfo).port));
    });
  allowCors(server, options.cors);
  allowCors(storage, options.cors);
  const port = await listen(server, options.port ?? 0);
  const storagePort = await listen(storage, 0);
  const sandboxUrl = `http://127.0.0.1:${port}`;
  const storageUrl = `http://127.0.0.1:${storagePort}`;
  urls.sandbox = sandboxUrl;
  urls.storage = storageUrl;
  const close = (s: Server): Promise<void> =>
    new Promise((resolve) => {
      s.closeAllConnections();
      s.close(() => resolve());
    });
  return {
    provider: 'filecloud',
    url: sandboxUrl,
    storageUrl,
    credentials,
    env: {
      FILECLOUD_URL: sandboxUrl,
      FILECLOUD_USERNAME: credentials.username,
      FILECLOUD_PASSWORD: credentials.password,
      FILECLOUD_ADMIN_USERNAME: credentials.adminUsername,
      FILECLOUD_ADMIN_PASSWORD: credentials.adminPassword,
    },
    storageRequests: state.storageRequests,
    uploadSlices: state.uploadSlices,
    requestedPaths: state.requestedPaths,
    expireSessions: () => state.sessions.clear(),
    stop: async () => {
      await Promise.all([close(server), close(storage)]);
    },
  };
}
