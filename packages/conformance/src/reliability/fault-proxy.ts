import { createServer, type IncomingHttpHeaders, type IncomingMessage, request, type ServerResponse } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';

/** A canned answer (an HTML login page, a provider's "session expired" reply). */
export interface CannedResponse {
  readonly status: number;
  readonly headers?: Readonly<Record<string, string>>;
  readonly body: string;
}

/** What the proxy does to one request instead of forwarding it faithfully. */
export type Fault =
  | { readonly kind: 'reset-before-body' }
  | { readonly kind: 'reset-mid-body' }
  | { readonly kind: 'status'; readonly status: number; readonly retryAfter?: string }
  | { readonly kind: 'stall' }
  | { readonly kind: 'truncate' }
  | { readonly kind: 'canned'; readonly response: CannedResponse };

export interface ArmOptions {
  /** How many matching requests get the fault (Infinity: all of them). */
  readonly times: number;
  /** Which requests qualify; default every request. */
  readonly match?: (request: { method: string; url: string; headers: IncomingHttpHeaders }) => boolean;
}

export interface FaultProxy {
  /** Base URL to give the client: `http://127.0.0.1:<port>`. */
  readonly url: string;
  arm(fault: Fault, options: ArmOptions): void;
  disarm(): void;
  /** How many requests the armed fault hit (since the last arm). */
  readonly hits: number;
  /** Requests seen since the last arm. */
  readonly requests: number;
  /** Cookie values and Authorization credentials seen on the wire: secrets the scan looks for. */
  readonly observedSecrets: ReadonlySet<string>;
  close(): Promise<void>;
}

const HOP_BY_HOP = new Set(['connection', 'keep-alive', 'transfer-encoding', 'upgrade', 'proxy-connection', 'te']);

/**
 * An HTTP proxy on 127.0.0.1:0 in front of one upstream server that injects one kind of fault into matching
 * requests: a reset before or in the middle of the body, an error status, a stalled or truncated body, or a canned
 * answer. Everything else is forwarded byte for byte (Location headers are rewritten to keep the client on the proxy).
 */
export async function startFaultProxy(upstream: string): Promise<FaultProxy> {
  const target = new URL(upstream);
  const sockets = new Set<Socket>();
  const observed = new Set<string>();
  let armed: { fault: Fault; left: number; match: ArmOptions['match'] } | undefined;
  let hits = 0;
  let requests = 0;

  const server = createServer((req, res) => {
    requests++;
    observe(req.headers, observed);
    const method = req.method ?? 'GET';
    const url = req.url ?? '/';
    const fault =
      armed !== undefined && armed.left > 0 && (armed.match?.({ method, url, headers: req.headers }) ?? true)
        ? armed.fault
        : undefined;
    if (fault !== undefined && armed !== undefined) {
      armed.left--;
      hits++;
    }
    handle(req, res, fault).catch(() => {
      res.socket?.destroy();
    });
  });
  server.on('connection', (socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });
  // A client that drops a connection mid-request is part of the game, not an error of the proxy.
  server.on('clientError', (_error, socket) => socket.destroy());

  async function handle(req: IncomingMessage, res: ServerResponse, fault: Fault | undefined): Promise<void> {
    const body = await readBody(req);
    if (fault?.kind === 'reset-before-body') {
      req.socket.destroy();
      return;
    }
    if (fault?.kind === 'status') {
      const headers: Record<string, string> = { 'content-type': 'text/plain', connection: 'close' };
      if (fault.retryAfter !== undefined) headers['retry-after'] = fault.retryAfter;
      res.writeHead(fault.status, headers);
      res.end(`injected HTTP ${fault.status}`);
      return;
    }
    if (fault?.kind === 'canned') {
      const text = Buffer.from(fault.response.body);
      res.writeHead(fault.response.status, {
        'content-type': 'text/html; charset=utf-8',
        ...fault.response.headers,
        'content-length': String(text.byteLength),
        connection: 'close',
      });
      res.end(text);
      return;
    }
    const upstreamResponse = await forward(req, body);
    const headers = responseHeaders(upstreamResponse.headers);
    if (fault === undefined) {
      res.writeHead(upstreamResponse.status, headers);
      res.end(upstreamResponse.body);
      return;
    }
    // Body faults: announce the full length, send half, then break (reset), close (truncate) or go quiet (stall).
    const full = upstreamResponse.body;
    const half = full.subarray(0, Math.floor(full.byteLength / 2));
    res.writeHead(upstreamResponse.status, { ...headers, 'content-length': String(full.byteLength) });
    res.flushHeaders();
    if (half.byteLength > 0) res.write(half);
    if (fault.kind === 'reset-mid-body') {
      setTimeout(() => req.socket.resetAndDestroy(), 20);
    } else if (fault.kind === 'truncate') {
      setTimeout(() => req.socket.end(), 20);
    }
    // stall: nothing more; the socket stays open until the client gives up or the proxy closes.
  }

  async function forward(
    req: IncomingMessage,
    body: Buffer,
  ): Promise<{ status: number; headers: IncomingHttpHeaders; body: Buffer }> {
    const headers: Record<string, string | string[]> = {};
    for (const [name, value] of Object.entries(req.headers)) {
      if (value === undefined || HOP_BY_HOP.has(name)) continue;
      headers[name] = value;
    }
    headers.host = target.host;
    if (body.byteLength > 0 || req.headers['content-length'] !== undefined) {
      headers['content-length'] = String(body.byteLength);
    }
    return new Promise((resolve, reject) => {
      const out = request(
        { host: target.hostname, port: target.port, method: req.method, path: req.url, headers },
        (response) => {
          const chunks: Buffer[] = [];
          response.on('data', (chunk: Buffer) => chunks.push(chunk));
          response.on('end', () =>
            resolve({ status: response.statusCode ?? 502, headers: response.headers, body: Buffer.concat(chunks) }),
          );
          response.on('error', reject);
        },
      );
      out.on('error', reject);
      out.end(body);
    });
  }

  function responseHeaders(headers: IncomingHttpHeaders): Record<string, string | string[]> {
    const out: Record<string, string | string[]> = {};
    for (const [name, value] of Object.entries(headers)) {
      if (value === undefined || HOP_BY_HOP.has(name) || name === 'content-length') continue;
      if (name === 'set-cookie' && Array.isArray(value)) {
        for (const line of value) observeCookieLine(line, observed);
      }
      out[name] = name === 'location' && typeof value === 'string' ? rewriteLocation(value) : value;
    }
    return out;
  }

  function rewriteLocation(location: string): string {
    try {
      const next = new URL(location, target);
      if (next.origin !== target.origin) return location;
      return `${proxyUrl}${next.pathname}${next.search}`;
    } catch {
      return location;
    }
  }

  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  const proxyUrl = `http://127.0.0.1:${port}`;

  return {
    url: proxyUrl,
    arm(fault, options) {
      armed = { fault, left: options.times, match: options.match };
      hits = 0;
      requests = 0;
    },
    disarm() {
      armed = undefined;
    },
    get hits() {
      return hits;
    },
    get requests() {
      return requests;
    },
    observedSecrets: observed,
    close: () =>
      new Promise<void>((resolve) => {
        for (const socket of sockets) socket.destroy();
        server.close(() => resolve());
      }),
  };
}

async function readBody(req: IncomingMessage): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

/** Records credential material from request headers, so the scan knows the tokens the client really used. */
function observe(headers: IncomingHttpHeaders, into: Set<string>): void {
  const auth = headers.authorization;
  if (typeof auth === 'string') {
    const credential = auth.replace(/^\S+\s+/, '');
    if (credential.length >= 8) into.add(credential);
  }
  const cookie = headers.cookie;
  if (typeof cookie === 'string') {
    for (const pair of cookie.split(';')) {
      const value = pair.slice(pair.indexOf('=') + 1).trim();
      if (value.length >= 8) into.add(value);
    }
  }
  for (const name of ['x-auth-token', 'authtoken', 'x-csrf-token']) {
    const value = headers[name];
    if (typeof value === 'string' && value.length >= 8) into.add(value);
  }
}

function observeCookieLine(line: string, into: Set<string>): void {
  const first = line.split(';')[0] ?? '';
  const value = first.slice(first.indexOf('=') + 1).trim();
  if (value.length >= 8 && value !== 'deleted') into.add(value);
}
