import { randomUUID } from 'node:crypto';
import { createServer, type Server } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';
import { allowCors } from '../cors.js';
import type { Sandbox, SandboxOptions } from '../types.js';
import { buildPublicSchema } from './public-resolvers.js';
import { buildFilesSchema } from './resolvers.js';
import { CARBONIO_FILES_PUBLIC_SDL, CARBONIO_FILES_SDL } from './schema.js';
import { createRequestListener, type ServerDeps } from './server.js';
import { TokenStore } from './soap.js';
import { CarbonioTree, LOCAL_ROOT } from './tree.js';

export interface CarbonioSandboxAccount {
  readonly id: string;
  readonly email: string;
  readonly fullName: string;
}

/** What a client needs to log in, plus the other accounts it can share with. */
export interface CarbonioSandboxCredentials {
  readonly username: string;
  readonly password: string;
  readonly accountId: string;
  /** A second user with its own password, to test shares from the other side. */
  readonly otherUser: CarbonioSandboxAccount & { readonly password: string };
  /** A distribution list whose only member is `otherUser`. */
  readonly distributionList: { readonly id: string; readonly email: string; readonly name: string };
}

export interface CarbonioFilesSandboxOptions extends SandboxOptions {
  /** Lifetime of issued ZM_AUTH_TOKENs (default 12 h, the server default). */
  readonly tokenLifetimeMs?: number;
  /** HTTP status of SOAP faults: 422 (current mailbox, default) or 500 (older builds). */
  readonly faultStatus?: 422 | 500;
  /** Files to create in the logged-in user's LOCAL_ROOT before the server starts, by name. */
  readonly seedFiles?: Readonly<Record<string, string | Uint8Array>>;
  /** Receives errors the server turned into a bare 500 (a sandbox bug, or a request it cannot handle). */
  readonly onError?: (error: unknown) => void;
}

export interface CarbonioFilesSandbox extends Sandbox<CarbonioSandboxCredentials> {
  /** Invalidates every issued token, as an expiry or a logout elsewhere would: the next call gets 401. */
  expireSessions(): void;
}

/** Starts a Carbonio Files server (GraphQL, public GraphQL, REST, SOAP AuthRequest) on 127.0.0.1. */
export async function startCarbonioFilesSandbox(
  options: CarbonioFilesSandboxOptions = {},
): Promise<CarbonioFilesSandbox> {
  const tree = new CarbonioTree();
  const alice = {
    kind: 'user' as const,
    id: randomUUID(),
    email: 'alice@files.test',
    fullName: 'Alice Sandbox',
    password: 'alice-sandbox-password',
  };
  const bob = {
    kind: 'user' as const,
    id: randomUUID(),
    email: 'bob@files.test',
    fullName: 'Bob Sandbox',
    password: 'bob-sandbox-password',
  };
  const team = { kind: 'dl' as const, id: randomUUID(), email: 'team@files.test', name: 'Team', memberIds: [bob.id] };
  tree.addAccount(alice);
  tree.addAccount(bob);
  tree.addAccount(team);
  for (const [name, content] of Object.entries(options.seedFiles ?? {})) {
    const bytes = typeof content === 'string' ? new TextEncoder().encode(content) : content;
    tree.createFile(alice.id, tree.root(alice.id, LOCAL_ROOT), name, '', bytes);
  }

  const deps: ServerDeps = {
    tree,
    tokens: new TokenStore(options.tokenLifetimeMs ?? 12 * 60 * 60 * 1000),
    filesSchema: buildFilesSchema(CARBONIO_FILES_SDL),
    publicSchema: buildPublicSchema(CARBONIO_FILES_PUBLIC_SDL),
    faultStatus: options.faultStatus ?? 422,
    baseUrl: '',
  };
  const listener = createRequestListener(deps);
  const sockets = new Set<Socket>();
  const server: Server = createServer((req, res) => {
    listener(req, res).catch((e) => {
      options.onError?.(e);
      if (!res.headersSent) res.writeHead(500, { 'content-type': 'text/plain' });
      res.end('Internal Server Error');
    });
  });
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
  deps.baseUrl = url;

  return {
    provider: 'carbonio-files',
    url,
    credentials: {
      username: alice.email,
      password: alice.password,
      accountId: alice.id,
      otherUser: { id: bob.id, email: bob.email, fullName: bob.fullName, password: bob.password },
      distributionList: { id: team.id, email: team.email, name: team.name },
    },
    env: { CARBONIO_URL: url, CARBONIO_USERNAME: alice.email, CARBONIO_PASSWORD: alice.password },
    expireSessions: () => deps.tokens.revokeAll(),
    stop: () =>
      new Promise<void>((resolve, reject) => {
        server.close((error) => (error ? reject(error) : resolve()));
        for (const socket of sockets) socket.destroy();
      }),
  };
}
