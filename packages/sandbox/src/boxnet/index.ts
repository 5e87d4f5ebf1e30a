import { readFileSync } from 'node:fs';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { Readable } from 'node:stream';
import { listen } from 'soap';
import { allowCors } from '../cors.js';
import type { Sandbox } from '../types.js';
import { xsiType } from './args.js';
import { createHandlers } from './service.js';
import { type BoxnetSandboxOptions, BoxState } from './state.js';

export type { BoxnetSandboxOptions } from './state.js';

export interface BoxnetSandboxCredentials {
  readonly apiKey: string;
  readonly login: string;
  readonly password: string;
}

/** The Box.net sandbox: a running server plus the hooks tests need. */
export interface BoxnetSandbox extends Sandbox<BoxnetSandboxCredentials> {
  /**
   * Invalidates every auth_token issued so far, as a server-side session timeout would: the next SOAP call with one
   * answers `not_logged_in` (or `not_logged_id` where Box used that typo), uploads answer `not_logged_id`, downloads 404.
   */
  expireSessions(): void;
}

/**
 * The WSDL the sandbox serves: a copy of specs/boxnet/boxnet.wsdl kept beside this file so it ships with the package
 * (`files` includes src/); test/boxnet.test.ts fails when the copy drifts from the spec.
 */
function loadWsdl(): string {
  const candidates = [
    new URL('./boxnet.wsdl', import.meta.url), // source (src/boxnet/)
    new URL('../src/boxnet/boxnet.wsdl', import.meta.url), // built (dist/)
  ];
  for (const url of candidates) {
    try {
      return readFileSync(url, 'utf8');
    } catch {
      // try the next location
    }
  }
  throw new Error('boxnet sandbox: boxnet.wsdl not found beside the sandbox sources');
}

const SOAP_PATH = '/api/1.0/soap';

/**
 * Starts a Box.net 1.0 server on 127.0.0.1: the SOAP endpoint (soap.listen, our WSDL, answers typed and encoded in
 * Box's style), `?wsdl`, the auth page (`/api/1.0/auth/<ticket>` approves the ticket), upload
 * (`/api/1.0/upload|overwrite|new_copy/<token>/<id>`) and download (`/api/1.0/download/<token>/<file_id>`).
 * Requests with parts the WSDL does not have, missing parts, or values without xsi:type get a SOAP Client fault.
 */
export async function startBoxnetSandbox(options: BoxnetSandboxOptions = {}): Promise<BoxnetSandbox> {
  const state = new BoxState(options);
  const server = createServer((req, res) => {
    handleRest(state, req, res).catch((error: unknown) => {
      if (!res.headersSent) res.writeHead(500, { 'content-type': 'text/plain' });
      res.end(String(error));
    });
  });
  await new Promise<void>((resolve) => server.listen(options.port ?? 0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  const url = `http://127.0.0.1:${port}`;
  const wsdl = loadWsdl().replace(/<soap:address location="[^"]*"\/>/, `<soap:address location="${url}${SOAP_PATH}"/>`);
  const handlers = createHandlers(state);
  const parts = partsByOperation(wsdl);
  let envelopeHook = (): void => {};
  const port_: Record<string, (args: Record<string, unknown>) => { $xml: string }> = {};
  for (const [name, handler] of Object.entries(handlers)) {
    port_[name] = (args) => {
      envelopeHook();
      checkArgs(name, args ?? {}, parts.get(name) ?? []);
      return { $xml: handler(args ?? {}) };
    };
  }
  const soapServer = listen(server, { path: SOAP_PATH, services: { boxnetService: { boxnetPort: port_ } }, xml: wsdl });
  allowCors(server, options.cors);
  // Box's envelope: xsd/xsi/SOAP-ENC declared, encodingStyle on the Envelope (soap writes neither by itself).
  // `wsdl` is private in soap's typings and its namespace map is rebuilt when the WSDL finishes loading, so the
  // addition is made (once) when the first request arrives.
  const served = soapServer as unknown as { wsdl?: { xmlnsInEnvelope?: string } };
  const ENVELOPE_EXTRA =
    ' xmlns:xsd="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"' +
    ' xmlns:SOAP-ENC="http://schemas.xmlsoap.org/soap/encoding/"' +
    ' soap:encodingStyle="http://schemas.xmlsoap.org/soap/encoding/"';
  const boxEnvelope = (): void => {
    const target = served.wsdl;
    if (target && !target.xmlnsInEnvelope?.includes('xmlns:xsi=')) {
      target.xmlnsInEnvelope = (target.xmlnsInEnvelope ?? '') + ENVELOPE_EXTRA;
    }
  };
  envelopeHook = boxEnvelope;
  const sockets = new Set<import('node:net').Socket>();
  server.on('connection', (socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });
  const credentials = { apiKey: state.apiKey, login: state.login, password: state.password };
  return {
    provider: 'boxnet',
    url,
    credentials,
    env: {
      BOXNET_URL: url,
      BOXNET_UPLOAD_URL: url,
      BOXNET_DOWNLOAD_URL: url,
      BOXNET_API_KEY: credentials.apiKey,
      BOXNET_USERNAME: credentials.login,
      BOXNET_PASSWORD: credentials.password,
    },
    expireSessions: () => state.tokens.clear(),
    stop: () =>
      new Promise<void>((resolve, reject) => {
        for (const socket of sockets) socket.destroy();
        server.close((error) => (error ? reject(error) : resolve()));
      }),
  };
}

function partsByOperation(wsdl: string): Map<string, string[]> {
  const messages = new Map<string, string[]>();
  for (const m of wsdl.matchAll(/<message name="(\w+)Request">([\s\S]*?)<\/message>/g)) {
    const [, op, body] = m;
    if (op && body)
      messages.set(
        op,
        [...body.matchAll(/<part name="(\w+)"/g)].map((p) => p[1] ?? ''),
      );
  }
  return messages;
}

function fault(message: string): { Fault: { faultcode: string; faultstring: string; statusCode: number } } {
  return { Fault: { faultcode: 'soap:Client', faultstring: message, statusCode: 500 } };
}

/**
 * The spec's rules for a request: exactly the WSDL's parts, each scalar typed with xsi:type (rpc/encoded). A spec
 * check, not a Box answer: Box's own server would have ignored an extra part (docs/sandbox-fidelity/boxnet.md, C).
 */
function checkArgs(operation: string, args: Record<string, unknown>, parts: readonly string[]): void {
  for (const key of Object.keys(args)) {
    if (!parts.includes(key)) throw fault(`${operation}: "${key}" is not a part of ${operation}Request`);
  }
  for (const part of parts) {
    if (!(part in args)) throw fault(`${operation}: the part ${part} is missing`);
    if (xsiType(args[part]) === undefined) throw fault(`${operation}: ${part} has no xsi:type (rpc/encoded)`);
  }
}

function xmlResponse(res: ServerResponse, status: string, files = ''): void {
  res.writeHead(200, { 'content-type': 'text/xml; charset=utf-8' });
  res.end(
    `<?xml version='1.0' encoding='UTF-8' ?><response><status>${status}</status><files>${files}</files></response>`,
  );
}

const escapeAttr = (value: string): string => value.replace(/[&<>"]/g, (c) => `&#${c.charCodeAt(0)};`);

async function handleRest(state: BoxState, req: IncomingMessage, res: ServerResponse): Promise<void> {
  const path = new URL(req.url ?? '/', 'http://sandbox').pathname;
  const auth = path.match(/^\/api\/1\.0\/auth\/([^/]+)$/);
  if (auth?.[1] && req.method === 'GET') {
    // The page a user would log in on. The sandbox approves the ticket for its one account.
    const known = state.tickets.has(auth[1]);
    if (known) state.tickets.set(auth[1], true);
    res.writeHead(known ? 200 : 404, { 'content-type': 'text/html' });
    res.end(known ? '<html><body>Ticket approved. Return to the application.</body></html>' : 'unknown ticket');
    return;
  }
  const download = path.match(/^\/api\/1\.0\/download\/([^/]+)\/(\d+)$/);
  if (download && req.method === 'GET') {
    const file = state.files.get(Number(download[2]));
    if (!state.tokens.has(download[1] ?? '') || !file) {
      res.writeHead(404, { 'content-type': 'text/plain' });
      res.end('not found');
      return;
    }
    res.writeHead(200, { 'content-type': 'application/octet-stream', 'content-length': file.content.byteLength });
    res.end(file.content);
    return;
  }
  const upload = path.match(/^\/api\/1\.0\/(upload|overwrite|new_copy)\/([^/]+)\/(\d+)$/);
  if (upload && req.method === 'POST') {
    await handleUpload(state, req, res, upload[1] ?? '', upload[2] ?? '', Number(upload[3]));
    return;
  }
  res.writeHead(404, { 'content-type': 'text/plain' });
  res.end('not found');
}

async function handleUpload(
  state: BoxState,
  req: IncomingMessage,
  res: ServerResponse,
  mode: string,
  authToken: string,
  id: number,
): Promise<void> {
  const form = await new Request('http://sandbox/upload', {
    method: 'POST',
    headers: { 'content-type': req.headers['content-type'] ?? '' },
    body: Readable.toWeb(req) as ReadableStream<Uint8Array>,
    duplex: 'half',
  } as RequestInit & { duplex: 'half' })
    .formData()
    .catch(() => undefined);
  if (!state.tokens.has(authToken)) return xmlResponse(res, 'not_logged_id');
  if (!form) return xmlResponse(res, 'upload_some_files_failed');
  const target = mode === 'upload' ? undefined : state.files.get(id);
  const folderId = mode === 'upload' ? id : target?.folderId;
  const results: string[] = [];
  let failed = 0;
  for (const [, value] of form) {
    if (typeof value === 'string') continue; // share, message, emails[]
    const name = value.name || 'upload.bin';
    const fail = (error: string) => {
      failed += 1;
      results.push(`<file file_name="${escapeAttr(name)}" error="${error}"/>`);
    };
    if (folderId === undefined || !state.folders.has(folderId)) {
      fail('access_denied');
      continue;
    }
    if (value.size > state.maxUploadBytes) {
      fail('filesize_limit_exceeded');
      continue;
    }
    if (state.spaceUsed() + value.size > state.spaceAmount) {
      fail('not_enough_free_space');
      continue;
    }
    const bytes = new Uint8Array(await value.arrayBuffer());
    const existing = state.childFiles(folderId).find((f) => f.name === name);
    const replace = mode === 'overwrite' ? target : mode === 'upload' ? existing : undefined;
    const file = state.putFile(folderId, name, bytes, replace);
    results.push(
      `<file file_name="${escapeAttr(file.name)}" id="${file.id}" folder_id="${file.folderId}" shared="${file.shared ? 1 : 0}" public_name="${file.publicName}"/>`,
    );
  }
  xmlResponse(res, failed > 0 ? 'upload_some_files_failed' : 'upload_ok', results.join(''));
}
