import { randomBytes } from 'node:crypto';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';

export interface ReferenceServer {
  readonly url: string;
  readonly username: string;
  readonly password: string;
  /** Tokens handed out so far (secrets for the scan). */
  readonly tokens: ReadonlySet<string>;
  stop(): Promise<void>;
}

/**
 * A tiny file server with a token login, for proving the fault harness on core's own HTTP client before (and
 * independently of) the providers: POST /login, GET /api/list, GET/PUT/DELETE /api/files?path=, POST /api/rename?path=&to= (flat: folders are name prefixes).
 */
export async function startReferenceServer(): Promise<ReferenceServer> {
  const username = 'reliability-user';
  const password = `pw-${randomBytes(12).toString('hex')}`;
  const tokens = new Set<string>();
  const files = new Map<string, Buffer>();
  const sockets = new Set<Socket>();

  const server = createServer((req, res) => {
    route(req, res).catch(() => {
      if (!res.headersSent) res.writeHead(500);
      res.end();
    });
  });
  server.on('connection', (socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });

  async function route(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    const body = await read(req);
    if (req.method === 'POST' && url.pathname === '/login') {
      const given: unknown = JSON.parse(body.toString('utf8') || '{}');
      const ok =
        typeof given === 'object' &&
        given !== null &&
        'username' in given &&
        'password' in given &&
        given.username === username &&
        given.password === password;
      if (!ok) return json(res, 401, { error: 'bad credentials' });
      const token = `tok-${randomBytes(16).toString('hex')}`;
      tokens.add(token);
      return json(res, 200, { token });
    }
    const auth = req.headers.authorization ?? '';
    if (!tokens.has(auth.replace(/^Bearer /, ''))) return json(res, 401, { error: 'session expired' });
    const path = url.searchParams.get('path') ?? '/';
    if (req.method === 'GET' && url.pathname === '/api/list') {
      const prefix = path === '/' ? '/' : `${path}/`;
      const children = [...files].filter(
        ([name]) => name.startsWith(prefix) && !name.slice(prefix.length).includes('/'),
      );
      return json(
        res,
        200,
        children.map(([name, data]) => ({ name: name.slice(prefix.length), size: data.byteLength })),
      );
    }
    if (req.method === 'POST' && url.pathname === '/api/rename') {
      const to = url.searchParams.get('to') ?? '';
      const data = files.get(path);
      if (data === undefined) return json(res, 404, { error: 'no such file' });
      if (files.has(to)) return json(res, 409, { error: 'exists' });
      files.delete(path);
      files.set(to, data);
      return json(res, 200, { name: to, size: data.byteLength });
    }
    if (url.pathname === '/api/files' && req.method === 'DELETE') {
      // The server is flat: deleting a "folder" removes every file under it.
      let removed = files.delete(path) ? 1 : 0;
      for (const name of [...files.keys()]) {
        if (name.startsWith(`${path}/`)) removed += files.delete(name) ? 1 : 0;
      }
      return removed > 0 ? json(res, 200, { removed }) : json(res, 404, { error: 'no such file' });
    }
    if (url.pathname === '/api/files' && req.method === 'PUT') {
      files.set(path, body);
      return json(res, 201, { name: path, size: body.byteLength });
    }
    if (url.pathname === '/api/files' && req.method === 'GET') {
      const data = files.get(path);
      if (data === undefined) return json(res, 404, { error: 'no such file' });
      res.writeHead(200, { 'content-type': 'application/octet-stream', 'content-length': String(data.byteLength) });
      res.end(data);
      return;
    }
    json(res, 404, { error: 'no such route' });
  }

  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    username,
    password,
    tokens,
    stop: () =>
      new Promise<void>((resolve) => {
        for (const socket of sockets) socket.destroy();
        server.close(() => resolve());
      }),
  };
}

function json(res: ServerResponse, status: number, value: unknown): void {
  const text = Buffer.from(JSON.stringify(value));
  res.writeHead(status, { 'content-type': 'application/json', 'content-length': String(text.byteLength) });
  res.end(text);
}

async function read(req: IncomingMessage): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}
