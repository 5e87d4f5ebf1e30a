import {
  AuthError,
  ConflictError,
  createCaller,
  type DownloadOptions,
  type FetchLike,
  type FileClientError,
  NotFoundError,
  ProtocolError,
  QuotaError,
  type RetryOptions,
  registerSecret,
  Session,
} from '@fileclients/core';
import { applyToken, type CarbonioCredentials, soapLogin } from './auth.js';
import { errorFromGraphql, isSessionExpired, PROVIDER, subjectOf } from './errors.js';
import * as G from './generated/graphql.gen.js';
import * as P from './generated/public-graphql.gen.js';
import {
  byteLength,
  CARBONIO_PROTOCOL,
  type CarbonioDocument,
  type DocumentPrinter,
  isQueryText,
  MAX_GRAPHQL_BODY_BYTES,
  queryTextOf,
  type RawResult,
  readGraphqlAnswer,
  toWireJson,
} from './protocol.js';
import {
  type CarbonioDownload,
  type CarbonioDownloadOptions,
  type CarbonioUploadOptions,
  type CarbonioUploadVersionOptions,
  downloadFile,
  downloadPublic,
  downloadResponse,
  type TargetModule,
  type TransferContext,
  uploadFile,
  uploadTo,
  uploadVersion,
} from './transfer.js';

export interface CarbonioFilesClientOptions extends CarbonioCredentials {
  /** Server origin, e.g. `https://mail.example.com` (paths such as /services/files/graphql are added). */
  readonly baseUrl: string;
  readonly fetch?: FetchLike;
  /** Retries of idempotent calls (queries, downloads); mutations and uploads are never repeated. */
  readonly retry?: RetryOptions | false;
  readonly timeoutMs?: number;
  /** Longest wait without progress (request bytes sent, response headers); core's default is 60 s, 0 disables. */
  readonly idleTimeoutMs?: number;
  /** One redacted line per request, response and retry. */
  readonly logger?: (line: string) => void;
  /**
   * graphql's `print`, for `request` with AST documents that carry no source text (codegen's default
   * documentNode mode). The client's own documents are strings: it needs no graphql runtime.
   */
  readonly print?: DocumentPrinter;
}

/** A node as the operations select it (NodeFields): a File or a Folder (roots are Folders with type ROOT). */
export type CarbonioNode = G.NodeFieldsFragment;
export type CarbonioFile = Extract<CarbonioNode, { __typename: 'File' }>;
export type CarbonioFolder = Extract<CarbonioNode, { __typename: 'Folder' }>;
export type PublicNode = P.PublicNodeFieldsFragment;

/** What a bulk mutation did: the ids (or nodes) that went through, and one error per node that did not. */
export interface BulkResult<T> {
  readonly succeeded: T[];
  readonly failed: Array<{ readonly id: string | undefined; readonly error: FileClientError }>;
}

export interface ChildrenOptions {
  readonly sort?: G.NodeSort;
  /** Page size, at most 50 (the server refuses more). Default 50. */
  readonly pageSize?: number;
}

export type FindNodesFilters = Omit<G.FindNodesQueryVariables, 'page_token' | 'limit'> & { readonly pageSize?: number };

type VariablesArg<V> = Record<string, never> extends V ? [variables?: V] : [variables: V];

const GRAPHQL_PATH = '/services/files/graphql';
const PUBLIC_GRAPHQL_PATH = '/services/files/public/graphql';
const MAX_PAGE = 50;

function clampPage(size: number | undefined): number {
  if (size === undefined || !Number.isFinite(size)) return MAX_PAGE;
  return Math.min(MAX_PAGE, Math.max(1, Math.floor(size)));
}

/** Reads `exp` from a ZM_AUTH_TOKEN (`0_<mac>_<hex of "id=..;exp=13:<ms>;...">`), when it has the usual layout. */
export function tokenExpiry(token: string): number | undefined {
  const hex = token.split('_')[2];
  if (!hex || !/^(?:[0-9a-f]{2})+$/i.test(hex)) return undefined;
  let text = '';
  for (let i = 0; i < hex.length; i += 2) text += String.fromCharCode(Number.parseInt(hex.slice(i, i + 2), 16));
  const match = /(?:^|;)exp=\d+:(\d+)/.exec(text);
  return match?.[1] ? Number(match[1]) : undefined;
}

export function createCarbonioFilesClient(options: CarbonioFilesClientOptions) {
  const baseUrl = options.baseUrl.replace(/\/+$/, '');
  registerSecret(options.password);
  registerSecret(options.token);
  let pendingToken = options.token;

  const session = new Session({
    isExpired: isSessionExpired,
    login: async (s) => {
      if (pendingToken !== undefined) {
        const token = pendingToken;
        pendingToken = undefined;
        const exp = tokenExpiry(token);
        applyToken(s, baseUrl, exp === undefined ? { token } : { token, lifetimeMs: exp - Date.now() });
        return;
      }
      if (options.username === undefined || options.password === undefined) {
        throw new AuthError('the session expired and no username and password were given to log in again', {
          provider: PROVIDER,
          operation: 'login',
          code: 'NO_CREDENTIALS',
        });
      }
      applyToken(s, baseUrl, await soapLogin(http, baseUrl, options.username, options.password));
    },
  });

  const caller = createCaller({
    protocol: CARBONIO_PROTOCOL,
    session,
    fetch: options.fetch,
    retry: options.retry,
    timeoutMs: options.timeoutMs,
    idleTimeoutMs: options.idleTimeoutMs,
    logger: options.logger,
  });
  const http = caller.http;

  const authed = <T>(fn: () => Promise<T>, replayable: boolean): Promise<T> =>
    replayable ? session.withRelogin(fn, isSessionExpired) : session.ensureFresh().then(fn);

  const transfer: TransferContext = { http, baseUrl, authed };

  function post<R, V>(
    path: string,
    query: string,
    variables: V | undefined,
    operation: string,
    mutation: boolean,
    anonymous: boolean,
  ): Promise<RawResult<R>> {
    const body = toWireJson({ query, variables: variables ?? {} });
    // A string's UTF-8 length is at most 3 bytes per UTF-16 unit: most bodies are sized without encoding them.
    const size = body.length * 3 <= MAX_GRAPHQL_BODY_BYTES ? 0 : byteLength(body);
    if (size > MAX_GRAPHQL_BODY_BYTES) {
      throw new QuotaError(
        `the request is ${size} bytes; the server accepts at most ${MAX_GRAPHQL_BODY_BYTES} (256 KiB) per GraphQL ` +
          'request: split it (e.g. fewer node ids per bulk call)',
        { provider: PROVIDER, operation, code: 'BODY_TOO_LARGE' },
      );
    }
    return caller.call({
      name: operation,
      // Transport retries (5xx, resets) are for queries only: a mutation may have been applied before the failure.
      safe: !mutation,
      // A 401/307 means the server did nothing, so even a mutation is safe to resend after logging in again.
      relogin: !anonymous,
      anonymous,
      url: `${baseUrl}${path}`,
      headers: { 'content-type': 'application/json', accept: 'application/json' },
      body,
      decode: (answer) => readGraphqlAnswer<R>(operation, answer),
    });
  }

  /** Runs an authenticated operation; queries are retried after a re-login, mutations too (nothing was applied). */
  function execute<R, V>(document: CarbonioDocument<R, V>, variables: V | undefined, operation: string) {
    const query = queryTextOf(document, options.print, operation);
    return post<R, V>(GRAPHQL_PATH, query, variables, operation, !isQueryText(query), false);
  }

  function single<R, V, K extends keyof R & string>(document: CarbonioDocument<R, V>, field: K) {
    return async (...args: VariablesArg<V>): Promise<R[K]> => {
      const { data, errors } = await execute(document, args[0], field);
      const first = errors[0];
      if (first) throw errorFromGraphql(first, field);
      if (!data) throw new ProtocolError('no data', { provider: PROVIDER, operation: field });
      return data[field];
    };
  }

  function bulk<R, V, K extends keyof R & string>(document: CarbonioDocument<R, V>, field: K) {
    type Item = NonNullable<R[K]> extends ReadonlyArray<infer I> ? NonNullable<I> : never;
    return async (...args: VariablesArg<V>): Promise<BulkResult<Item>> => {
      const { data, errors } = await execute(document, args[0], field);
      const value: unknown = data?.[field];
      if (!Array.isArray(value)) {
        // The whole operation failed (e.g. the destination is not writable): nothing to report per node.
        const first = errors[0];
        if (first) throw errorFromGraphql(first, field);
        return { succeeded: [], failed: [] };
      }
      return {
        succeeded: value.filter((v): v is Item => v !== null && v !== undefined),
        failed: errors.map((entry) => ({ id: subjectOf(entry), error: errorFromGraphql(entry, field) })),
      };
    };
  }

  const getChildrenPage = single(G.GetChildrenDocument, 'getNode');
  const findNodesPage = single(G.FindNodesDocument, 'findNodes');

  async function* children(folderId: string, opts: ChildrenOptions = {}): AsyncGenerator<CarbonioNode> {
    const limit = clampPage(opts.pageSize);
    const sort = opts.sort ?? 'NAME_ASC';
    let pageToken: string | null = null;
    do {
      const node: G.GetChildrenQuery['getNode'] = await getChildrenPage({
        node_id: folderId,
        limit,
        sort,
        page_token: pageToken,
      });
      if (!node)
        throw new NotFoundError(`folder ${folderId} does not exist`, { provider: PROVIDER, operation: 'children' });
      if (node.__typename !== 'Folder') {
        throw new ConflictError(`node ${folderId} is a file, not a folder`, {
          provider: PROVIDER,
          operation: 'children',
        });
      }
      for (const child of node.children.nodes) if (child) yield child;
      pageToken = node.children.page_token;
    } while (pageToken !== null);
  }

  async function* findNodes(filters: FindNodesFilters = {}): AsyncGenerator<CarbonioNode> {
    const { pageSize, ...rest } = filters;
    let pageToken: string | null = null;
    do {
      // With a page_token the server reads every other argument from it.
      const page: G.FindNodesQuery['findNodes'] = await findNodesPage(
        pageToken === null ? { ...rest, limit: clampPage(pageSize) } : { page_token: pageToken },
      );
      if (!page) return;
      for (const node of page.nodes) if (node) yield node;
      pageToken = page.page_token;
    } while (pageToken !== null);
  }

  function publicSingle<R, V, K extends keyof R & string>(document: CarbonioDocument<R, V>, field: K) {
    return async (...args: VariablesArg<V>): Promise<R[K]> => {
      const query = queryTextOf(document, options.print, field);
      const { data, errors } = await post<R, V>(PUBLIC_GRAPHQL_PATH, query, args[0], field, false, true);
      const first = errors[0];
      if (first) throw errorFromGraphql(first, field);
      if (!data) throw new ProtocolError('no data', { provider: PROVIDER, operation: field });
      return data[field];
    };
  }
  const publicFindPage = publicSingle(P.PublicFindNodesDocument, 'findNodes');

  const updateNode = single(G.UpdateNodeDocument, 'updateNode');

  return {
    baseUrl,
    /** Logs in now (SOAP AuthRequest, or the token given in the options). Calls log in lazily anyway. */
    async login(): Promise<{ token: string | undefined; expiresAt: number | undefined }> {
      await session.relogin();
      return { token: session.token, expiresAt: session.expiresAt };
    },
    /** The current ZM_AUTH_TOKEN (to store and pass as `token` later), once logged in. */
    get authToken(): string | undefined {
      return session.token;
    },
    /** Epoch ms when the token stops working (from the AuthResponse lifetime or the token itself). */
    get expiresAt(): number | undefined {
      return session.expiresAt;
    },
    /** Forgets the session locally; the next call logs in again. */
    logout(): void {
      session.invalidate();
      session.jar.clear();
    },
    /** Any operation document (e.g. your own), with the same transport rules, re-login and error mapping. */
    async request<R, V>(document: CarbonioDocument<R, V>, ...args: VariablesArg<V>): Promise<R> {
      const { data, errors } = await execute(document, args[0], 'request');
      const first = errors[0];
      if (first) throw errorFromGraphql(first, 'request');
      if (!data) throw new ProtocolError('no data', { provider: PROVIDER, operation: 'request' });
      return data;
    },

    // Queries
    getNode: single(G.GetNodeDocument, 'getNode'),
    getChildren: getChildrenPage,
    findNodesPage,
    getVersions: single(G.GetVersionsDocument, 'getVersions'),
    getPath: single(G.GetPathDocument, 'getPath'),
    getUserById: single(G.GetUserByIdDocument, 'getUserById'),
    getAccountByEmail: single(G.GetAccountByEmailDocument, 'getAccountByEmail'),
    getAccountsByEmail: single(G.GetAccountsByEmailDocument, 'getAccountsByEmail'),
    getShare: single(G.GetShareDocument, 'getShare'),
    getLinks: single(G.GetLinksDocument, 'getLinks'),
    getCollaborationLinks: single(G.GetCollaborationLinksDocument, 'getCollaborationLinks'),
    getRootsList: single(G.GetRootsListDocument, 'getRootsList'),
    getConfigs: single(G.GetConfigsDocument, 'getConfigs'),
    /** Every child of a folder, page after page (page_token until null, at most 50 per page). */
    children,
    /** Every search hit, page after page. */
    findNodes,

    // Mutations on single nodes
    createFolder: single(G.CreateFolderDocument, 'createFolder'),
    updateNode,
    cloneVersion: single(G.CloneVersionDocument, 'cloneVersion'),
    deleteVersions: single(G.DeleteVersionsDocument, 'deleteVersions'),
    keepVersions: single(G.KeepVersionsDocument, 'keepVersions'),
    createShare: single(G.CreateShareDocument, 'createShare'),
    updateShare: single(G.UpdateShareDocument, 'updateShare'),
    deleteShare: single(G.DeleteShareDocument, 'deleteShare'),
    createLink: single(G.CreateLinkDocument, 'createLink'),
    updateLink: single(G.UpdateLinkDocument, 'updateLink'),
    createCollaborationLink: single(G.CreateCollaborationLinkDocument, 'createCollaborationLink'),

    // Bulk mutations: per-node results
    flagNodes: bulk(G.FlagNodesDocument, 'flagNodes'),
    trashNodes: bulk(G.TrashNodesDocument, 'trashNodes'),
    restoreNodes: bulk(G.RestoreNodesDocument, 'restoreNodes'),
    moveNodes: bulk(G.MoveNodesDocument, 'moveNodes'),
    copyNodes: bulk(G.CopyNodesDocument, 'copyNodes'),
    deleteNodes: bulk(G.DeleteNodesDocument, 'deleteNodes'),
    deleteLinks: bulk(G.DeleteLinksDocument, 'deleteLinks'),
    deleteCollaborationLinks: bulk(G.DeleteCollaborationLinksDocument, 'deleteCollaborationLinks'),

    // REST transfers
    /** Uploads a new file; returns its id. A description the header cannot carry is set with updateNode. */
    async upload(opts: CarbonioUploadOptions): Promise<{ nodeId: string }> {
      const { nodeId, descriptionPending } = await uploadFile(transfer, opts);
      if (descriptionPending && opts.description !== undefined) {
        await updateNode({ node_id: nodeId, description: opts.description });
      }
      return { nodeId };
    },
    uploadVersion: (opts: CarbonioUploadVersionOptions) => uploadVersion(transfer, opts),
    uploadTo: (nodeId: string, targetModule: TargetModule) => uploadTo(transfer, nodeId, targetModule),
    download: (nodeId: string, opts?: CarbonioDownloadOptions): Promise<CarbonioDownload> =>
      downloadFile(transfer, nodeId, opts),
    /** The checked Response of a download, e.g. for `downloadToFile(() => client.downloadResponse(id), path, ...)`. */
    downloadResponse: (nodeId: string, opts?: CarbonioDownloadOptions) => downloadResponse(transfer, nodeId, opts),

    /** The public API: no login. */
    public: {
      getPublicNode: publicSingle(P.PublicGetNodeDocument, 'getPublicNode'),
      findNodesPage: publicFindPage,
      async *findNodes(folderId: string, opts: { pageSize?: number } = {}): AsyncGenerator<PublicNode> {
        let pageToken: string | null = null;
        do {
          const page: P.PublicFindNodesQuery['findNodes'] = await publicFindPage(
            pageToken === null
              ? { folder_id: folderId, limit: clampPage(opts.pageSize) }
              : { folder_id: folderId, page_token: pageToken },
          );
          if (!page) return;
          for (const node of page.nodes) if (node) yield node;
          pageToken = page.page_token;
        } while (pageToken !== null);
      },
      downloadLink: (linkId: string, opts?: DownloadOptions) => downloadPublic(http, baseUrl, { linkId }, opts),
      downloadNode: (nodeId: string, opts?: DownloadOptions) => downloadPublic(http, baseUrl, { nodeId }, opts),
    },
  };
}

export type CarbonioFilesClient = ReturnType<typeof createCarbonioFilesClient>;
