import type { IncomingMessage, ServerResponse } from 'node:http';
import { type DocumentNode, execute, GraphQLError, type GraphQLSchema, parse, specifiedRules, validate } from 'graphql';
import type { ResponseInit } from 'graphql-http';
import { createHandler } from 'graphql-http';
import { activeLink, isPublic } from './public-resolvers.js';
import { DOWNLOAD_ROUTE, download, fileBody, type RestReply, upload, uploadTo, uploadVersion } from './rest.js';
import { handleSoap, type TokenStore } from './soap.js';
import type { CarbonioTree } from './tree.js';
import { pathValidationRule } from './validation.js';

/** Upstream's HttpObjectAggregator cap on a GraphQL request body. */
export const MAX_GRAPHQL_BODY = 256 * 1024;

const OPERATION_FIRST = /^\s*(query|mutation|subscription)/;

export interface ServerDeps {
  readonly tree: CarbonioTree;
  readonly tokens: TokenStore;
  readonly filesSchema: GraphQLSchema;
  readonly publicSchema: GraphQLSchema;
  readonly faultStatus: number;
  baseUrl: string;
}

class BodyTooLarge extends Error {}

async function readBody(req: IncomingMessage, limit = Number.POSITIVE_INFINITY): Promise<Buffer> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    const buffer = Buffer.isBuffer(chunk) ? chunk : Buffer.from(String(chunk));
    size += buffer.byteLength;
    if (size > limit) throw new BodyTooLarge();
    chunks.push(buffer);
  }
  return Buffer.concat(chunks);
}

function send(res: ServerResponse, reply: RestReply): void {
  res.writeHead(reply.status, reply.headers);
  res.end(reply.body);
}

function plain(res: ServerResponse, status: number, body: string): void {
  send(res, { status, headers: { 'content-type': 'text/plain; charset=utf-8' }, body });
}

function cookieToken(req: IncomingMessage): string | undefined {
  const header = req.headers.cookie;
  if (!header) return undefined;
  for (const part of header.split(';')) {
    const [name, ...value] = part.trim().split('=');
    if (name === 'ZM_AUTH_TOKEN') return value.join('=');
  }
  return undefined;
}

/** What the GraphQL parser upstream does to the raw JSON before parsing it. */
export function upstreamStrip(raw: string): string {
  return raw.replaceAll('\\n', '').replaceAll('\\r', '');
}

const SOMETHING_WENT_WRONG = '{"error_message" : "Something went wrong"}';

type AnyContext = Record<string, unknown>;

function errorsResponse(errors: readonly GraphQLError[]): readonly [string, ResponseInit] {
  // graphql-java answers syntax and validation failures with 200, errors only, no data.
  const body = JSON.stringify({ errors: errors.map((e) => e.toJSON()) });
  return [body, { status: 200, statusText: 'OK', headers: { 'content-type': 'application/json; charset=utf-8' } }];
}

function graphqlHandler(schema: GraphQLSchema, makeContext: () => AnyContext) {
  return createHandler<IncomingMessage, { parsed: Record<string, unknown> }, AnyContext>({
    schema,
    // Parsing and validation happen here, not inside graphql-http: it may load the CommonJS build of graphql
    // while this file gets the ESM one (vitest does), and its `instanceof GraphQLError` checks then fail.
    // Handing it our own execute keeps schema, AST and errors in one realm.
    onSubscribe: (_req, params) => {
      let document: DocumentNode;
      try {
        document = parse(params.query);
      } catch (error) {
        if (error instanceof GraphQLError) return errorsResponse([error]);
        throw error;
      }
      const variables = (params.variables ?? {}) as Record<string, unknown>;
      const rules = [...specifiedRules, pathValidationRule(variables, params.operationName)];
      const errors = validate(schema, document, rules);
      if (errors.length > 0) return errorsResponse(errors);
      return {
        schema,
        document,
        variableValues: variables,
        operationName: params.operationName ?? null,
        contextValue: makeContext(),
      };
    },
    execute,
    onOperation: (_req, args, result) => {
      const side = args.contextValue?.sideErrors;
      const extra = Array.isArray(side) ? (side as GraphQLError[]) : [];
      if (extra.length === 0 || !('data' in result)) return undefined;
      return { ...result, errors: [...(result.errors ?? []), ...extra] };
    },
  });
}

/**
 * Runs one GraphQL request the way the Files service does: POST only, no query string, body at most 256 KiB,
 * `\n`/`\r` escapes deleted from the raw JSON, operation first, then graphql-http for the rest.
 */
async function serveGraphql(
  req: IncomingMessage,
  res: ServerResponse,
  handler: ReturnType<typeof graphqlHandler>,
): Promise<void> {
  if (req.method !== 'POST' || (req.url ?? '').includes('?')) return plain(res, 404, 'Not Found');
  let raw: Buffer;
  try {
    raw = await readBody(req, MAX_GRAPHQL_BODY);
  } catch (error) {
    if (error instanceof BodyTooLarge) return plain(res, 413, 'Request Entity Too Large');
    throw error;
  }
  let payload: unknown;
  try {
    payload = JSON.parse(upstreamStrip(raw.toString('utf8')));
  } catch {
    return send(res, { status: 400, headers: { 'content-type': 'application/json' }, body: SOMETHING_WENT_WRONG });
  }
  const query = typeof payload === 'object' && payload !== null && 'query' in payload ? payload.query : undefined;
  if (typeof query !== 'string' || !OPERATION_FIRST.test(query)) {
    return send(res, { status: 400, headers: { 'content-type': 'application/json' }, body: SOMETHING_WENT_WRONG });
  }
  const parsed = payload as Record<string, unknown>;
  const [body, init] = await handler({
    method: 'POST',
    url: req.url ?? '/',
    headers: {
      get: (key: string) => {
        const value = req.headers[key.toLowerCase()];
        if (key.toLowerCase() === 'content-type') return 'application/json';
        return Array.isArray(value) ? value.join(', ') : (value ?? null);
      },
    },
    body: () => parsed,
    raw: req,
    context: { parsed },
  });
  res.writeHead(init.status, init.headers ?? {});
  res.end(body ?? undefined);
}

export function createRequestListener(deps: ServerDeps) {
  const filesHandlerFor = (userId: string) =>
    graphqlHandler(deps.filesSchema, () => ({
      tree: deps.tree,
      userId,
      baseUrl: deps.baseUrl,
      sideErrors: [],
    }));
  const publicHandler = graphqlHandler(deps.publicSchema, () => ({ tree: deps.tree }));

  return async (req: IncomingMessage, res: ServerResponse): Promise<void> => {
    const url = new URL(req.url ?? '/', 'http://sandbox.invalid');
    const path = url.pathname;

    if (path === '/service/soap' || path.startsWith('/service/soap/')) {
      if (req.method !== 'POST') return plain(res, 405, 'Method Not Allowed');
      const reply = handleSoap((await readBody(req)).toString('utf8'), deps);
      return send(res, reply);
    }
    if (path === '/static/login/' || path === '/static/login') {
      return send(res, {
        status: 200,
        headers: { 'content-type': 'text/html; charset=utf-8' },
        body: '<!doctype html><html><head><title>Carbonio login</title></head><body>Log in</body></html>',
      });
    }

    // Public routes pass nginx without a cookie.
    if (path === '/services/files/public/graphql') return serveGraphql(req, res, publicHandler);
    const linkDownload = /^\/services\/files\/(?:public\/link\/download|link)\/(\w{8}|\w{32})\/?$/.exec(path);
    if (linkDownload?.[1] && req.method === 'GET') {
      const link = activeLink(deps.tree, linkDownload[1]);
      const node = link ? deps.tree.nodes.get(link.nodeId) : undefined;
      const reply = node?.kind === 'file' ? fileBody(deps.tree, node) : undefined;
      return reply ? send(res, reply) : plain(res, 404, 'Not Found');
    }
    const publicDownload = /^\/services\/files\/public\/download\/([a-f\d-]+)\/?$/.exec(path);
    if (publicDownload?.[1] && req.method === 'GET') {
      const node = deps.tree.nodes.get(publicDownload[1]);
      const reply = node?.kind === 'file' && isPublic(deps.tree, node) ? fileBody(deps.tree, node) : undefined;
      return reply ? send(res, reply) : plain(res, 404, 'Not Found');
    }

    if (!path.startsWith('/services/files/')) return plain(res, 404, 'Not Found');

    // nginx: no cookie at all -> redirect to the login page before the service sees the request.
    const token = cookieToken(req);
    if (token === undefined) {
      res.writeHead(307, { location: '/static/login/', 'content-type': 'text/html' });
      return void res.end('<html><body>307 Temporary Redirect</body></html>');
    }
    const session = deps.tokens.verify(token);
    if (!session) {
      await readBody(req).catch(() => undefined);
      return plain(
        res,
        401,
        `Failed to authenticate request ${path.slice('/services/files'.length)}: Invalid ZM_AUTH_TOKEN`,
      );
    }
    const userId = session.userId;

    if (path === '/services/files/graphql') return serveGraphql(req, res, filesHandlerFor(userId));

    const invite = /^\/services\/files\/invite\/(\w{8})\/?$/.exec(path);
    if (invite?.[1] && req.method === 'GET') {
      // A collaboration link shares the node with whoever opens it (with the link's permission), then redirects to
      // the node in the web app. The target URL is inferred; upstream routes it through the UI.
      const link = deps.tree.collaborationLinks.get(invite[1]);
      const node = link ? deps.tree.nodes.get(link.nodeId) : undefined;
      if (!link || !node) return plain(res, 404, 'Not Found');
      if (node.ownerId !== userId) {
        const existing = deps.tree.shares.find((s) => s.nodeId === node.id && s.targetId === userId);
        if (existing) existing.permission = link.permission;
        else {
          deps.tree.shares.push({
            nodeId: node.id,
            targetId: userId,
            permission: link.permission,
            createdAt: deps.tree.now(),
            expiresAt: null,
          });
        }
      }
      res.writeHead(307, { location: `/carbonio/files/?node=${node.id}` });
      return void res.end();
    }
    if (req.method === 'POST' && ['/services/files/upload', '/services/files/upload-version'].includes(path)) {
      // Upstream parses Content-Length itself: a chunked (unsized) body fails with 400.
      if (req.headers['content-length'] === undefined) {
        await readBody(req).catch(() => undefined);
        return plain(res, 400, 'Bad Request');
      }
      const body = new Uint8Array(await readBody(req));
      const request = { headers: req.headers, body };
      return send(
        res,
        path.endsWith('/upload') ? upload(deps.tree, userId, request) : uploadVersion(deps.tree, userId, request),
      );
    }
    if (req.method === 'POST' && path === '/services/files/upload-to') {
      return send(res, uploadTo(deps.tree, userId, new Uint8Array(await readBody(req))));
    }
    const downloadMatch = DOWNLOAD_ROUTE.exec(path);
    if (downloadMatch && req.method === 'GET') {
      const version = downloadMatch[2] === undefined ? undefined : Number(downloadMatch[2]);
      return send(res, download(deps.tree, userId, downloadMatch[1] ?? '', version));
    }
    return plain(res, 404, 'Not Found');
  };
}
