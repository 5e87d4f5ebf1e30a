import {
  AuthError,
  type DownloadOptions,
  ProtocolError,
  type RetryOptions,
  registerSecret,
  Session,
} from '@fileclients/core';
import { login as authorize, type BoxnetSession, getAuthToken, getTicket, logout } from './auth.js';
import { buildEnvelope, type WireValue } from './envelope.js';
import type { BoxnetFriend } from './generated/friends.gen.js';
import type { BoxnetTag } from './generated/tags.gen.js';
import type { BoxnetTreeFolder } from './generated/tree.gen.js';
import type { BoxnetUpdate } from './generated/updates.gen.js';
import type { BoxnetUploadResponse } from './generated/upload.gen.js';
import { boxnetPortOperationTable, type SOAPUser } from './generated/wsdl.gen.js';
import { decodeFriends, decodeTags, decodeTree, decodeUpdates, type PayloadOptions } from './payloads.js';
import {
  type BoxnetArgs,
  type BoxnetOperation,
  type BoxnetOutcomeStatus,
  type BoxnetResult,
  type BoxnetSuccessStatus,
  type BoxnetWire,
  type CallOptions,
  createSoapCaller,
  DEFAULT_CALL_TIMEOUT_MS,
  type FetchLike,
  soapOperation,
} from './protocol.js';
import {
  downloadFile,
  type UploadedFile,
  type UploadFile,
  type UploadOptions,
  type UploadTarget,
  uploadFile,
  uploadFiles,
} from './transfer.js';

export type {
  BoxnetArgs,
  BoxnetOperation,
  BoxnetOutcomeStatus,
  BoxnetResult,
  BoxnetSuccessStatus,
  CallOptions,
  FetchLike,
};

export interface BoxnetClientOptions {
  /** Your application's API key. */
  readonly apiKey: string;
  /** A session token from an earlier login; set later by getAuthToken/login, or with setAuthToken. */
  readonly authToken?: string;
  /** Base URL of the API host (SOAP endpoint, auth page, downloads). Default `http://box.net`. */
  readonly baseUrl?: string;
  /** Path of the SOAP endpoint under baseUrl. Default `/api/1.0/soap`. */
  readonly soapPath?: string;
  /**
   * Base URL of the upload host. Default: derived from baseUrl. Box's own host (`box.net`, `www.box.net`) takes its
   * uploads at `upload.box.net` (same scheme); any other baseUrl (a sandbox, a proxy, a mirror) takes them itself,
   * so an upload never silently goes to another server than the one you pointed the client at.
   */
  readonly uploadUrl?: string;
  /** Base URL for downloads. Default: baseUrl. */
  readonly downloadUrl?: string;
  /** Injected fetch (tests, proxies). Default: globalThis.fetch. */
  readonly fetch?: FetchLike;
  /** Overall timeout per SOAP call (all attempts and reading the answer), in milliseconds. Default 60 000. */
  readonly timeoutMs?: number;
  /** Longest wait without progress (no response headers, no body bytes), in milliseconds. Default 60 000; 0 disables. */
  readonly idleTimeoutMs?: number;
  /**
   * Retries of read-only operations (get_account_tree, get_file_info, search...) on a connection failure, 408/425/
   * 429/500/502/503/504 (not a SOAP Fault), with core's backoff, full jitter and Retry-After. Mutations are never
   * repeated. `false` disables. Default: core's policy (3 retries).
   */
  readonly retry?: RetryOptions | false;
  /** Receives one redacted line per request, response and retry. */
  readonly logger?: (line: string) => void;
}

export interface TreeOptions extends PayloadOptions, CallOptions {
  /** Only the folder's own files and folders. */
  readonly onelevel?: boolean;
  /** Folders only. */
  readonly nofiles?: boolean;
  /** Ask for plain XML instead of a zip archive (decoding handles both). */
  readonly nozip?: boolean;
  /** The lighter attribute set old clients asked for. */
  readonly simple?: boolean;
}

export interface BoxnetClient extends BoxnetWire {
  readonly apiKey: string;
  readonly fetch: FetchLike;
  /** Any operation of the WSDL, typed from it. */
  call<Op extends BoxnetOperation>(
    operation: Op,
    args: BoxnetArgs<Op>,
    options?: CallOptions,
  ): Promise<BoxnetResult<Op>>;
  /** The same call with longs as bigint or decimal strings, for ids beyond 2^53. */
  callRaw(
    operation: BoxnetOperation,
    args: Readonly<Record<string, WireValue>>,
    options?: CallOptions,
  ): Promise<Record<string, unknown>>;
  /** get_ticket, plus the page to send the user to. */
  getTicket(options?: CallOptions): Promise<{ ticket: string; authUrl: string }>;
  /** get_auth_token: after the user approved the ticket; stores the token. */
  getAuthToken(ticket: string, options?: CallOptions): Promise<{ authToken: string; user: SOAPUser }>;
  /** authorization: direct login with a password; stores the token. */
  login(login: string, password: string, options?: CallOptions): Promise<{ authToken: string; user: SOAPUser }>;
  /** logout; forgets the token. */
  logout(options?: CallOptions): Promise<void>;
  getAccountTree(folderId?: number, options?: TreeOptions): Promise<BoxnetTreeFolder>;
  exportTags(options?: PayloadOptions & CallOptions): Promise<BoxnetTag[]>;
  getFriends(options?: PayloadOptions & CallOptions & { nozip?: boolean }): Promise<BoxnetFriend[]>;
  getUpdates(
    range: { begin: number; end: number },
    options?: PayloadOptions & CallOptions & { nozip?: boolean },
  ): Promise<BoxnetUpdate[]>;
  /** Multipart upload of several files; per-file results. */
  uploadFiles(
    target: UploadTarget,
    files: readonly UploadFile[],
    options?: UploadOptions,
  ): Promise<BoxnetUploadResponse>;
  /** Upload of one file; a per-file failure is thrown (QuotaError for size and space, AuthError for access). */
  uploadFile(target: UploadTarget, file: UploadFile, options?: UploadOptions): Promise<UploadedFile>;
  /** Streamed download with progress. */
  download(fileId: number, options?: DownloadOptions): Promise<ReadableStream<Uint8Array>>;
}

const OPERATION_NAMES = new Set<string>(Object.keys(boxnetPortOperationTable));

export function createBoxnetClient(options: BoxnetClientOptions): BoxnetClient {
  const baseUrl = (options.baseUrl ?? 'http://box.net').replace(/\/+$/, '');
  const soapUrl = baseUrl + (options.soapPath ?? '/api/1.0/soap');
  const fetchImpl: FetchLike = options.fetch ?? ((input, init) => globalThis.fetch(input, init));
  let authToken = options.authToken;
  registerSecret(options.apiKey);
  registerSecret(authToken);
  // Direct login keeps the credentials so an expired session can be renewed without the user (one single-flight
  // login for all the calls that failed with it, then each retries once). A ticket-flow session cannot be renewed:
  // the user has to approve a new ticket.
  let credentials: { readonly login: string; readonly password: string } | undefined;
  let lastLogin: BoxnetSession | undefined;
  let loginCall: CallOptions | undefined;
  const session = new Session({
    login: async () => {
      if (credentials === undefined) {
        throw new AuthError('the session expired and no credentials are kept to renew it', {
          provider: 'boxnet',
          operation: 'authorization',
        });
      }
      lastLogin = await authorize(client, credentials.login, credentials.password, loginCall);
    },
    cookies: false,
  });
  const caller = createSoapCaller({ ...options, fetch: options.fetch, session });

  function callRaw(
    operation: BoxnetOperation,
    args: Readonly<Record<string, WireValue>>,
    call: CallOptions = {},
  ): Promise<Record<string, unknown>> {
    const renewable =
      credentials !== undefined &&
      operation !== 'logout' &&
      OPERATION_NAMES.has(operation) &&
      boxnetPortOperationTable[operation].input.some((p) => p.name === 'auth_token');
    return callOnce(operation, args, call, renewable);
  }

  async function callOnce(
    operation: BoxnetOperation,
    args: Readonly<Record<string, WireValue>>,
    call: CallOptions,
    renewable: boolean,
  ): Promise<Record<string, unknown>> {
    if (!OPERATION_NAMES.has(operation)) {
      throw new ProtocolError(`${String(operation)} is not an operation of the Box.net 1.0 WSDL`, {
        provider: 'boxnet',
        operation: String(operation),
      });
    }
    const table = boxnetPortOperationTable[operation];
    const needs = (name: string) => table.input.some((p) => p.name === name);
    const withToken = needs('auth_token');
    if (withToken && authToken === undefined) {
      throw new AuthError('no auth_token yet: log in first (getTicket + getAuthToken, or login)', {
        provider: 'boxnet',
        operation,
      });
    }
    // The token is read when each attempt starts, so the resend after a re-login carries the new one.
    const envelope = () =>
      buildEnvelope(operation, { ...args, api_key: options.apiKey, ...(withToken ? { auth_token: authToken } : {}) });
    return caller.call(soapOperation(operation, soapUrl, envelope, renewable), {
      ...call,
      timeoutMs: call.timeoutMs ?? options.timeoutMs ?? DEFAULT_CALL_TIMEOUT_MS,
    });
  }

  const client: BoxnetClient = {
    apiKey: options.apiKey,
    baseUrl,
    uploadUrl: (options.uploadUrl ?? defaultUploadUrl(baseUrl)).replace(/\/+$/, ''),
    downloadUrl: (options.downloadUrl ?? baseUrl).replace(/\/+$/, ''),
    fetch: fetchImpl,
    caller,
    get authToken() {
      return authToken;
    },
    setAuthToken(token) {
      registerSecret(token);
      authToken = token;
    },
    call<Op extends BoxnetOperation>(operation: Op, args: BoxnetArgs<Op>, call?: CallOptions) {
      return callRaw(operation, args as Readonly<Record<string, WireValue>>, call) as Promise<BoxnetResult<Op>>;
    },
    callRaw,
    getTicket: (call) => getTicket(client, call),
    getAuthToken(ticket, call) {
      // A ticket-flow session replaces a direct login: it must not be "renewed" as the other user.
      credentials = undefined;
      session.invalidate();
      return getAuthToken(client, ticket, call);
    },
    async login(loginName, password, call) {
      registerSecret(password);
      const previous = credentials;
      credentials = { login: loginName, password };
      loginCall = call;
      try {
        // Through the session, so a later expiry knows this login can be repeated (and concurrent calls share it).
        await session.relogin();
      } catch (error) {
        credentials = previous;
        throw error;
      } finally {
        loginCall = undefined;
      }
      if (lastLogin === undefined) {
        throw new AuthError('the login did not complete', { provider: 'boxnet', operation: 'authorization' });
      }
      return lastLogin;
    },
    async logout(call) {
      credentials = undefined;
      session.invalidate();
      await logout(client, call);
    },
    async getAccountTree(folderId = 0, tree = {}) {
      const params = (['onelevel', 'nofiles', 'nozip', 'simple'] as const).filter((flag) => tree[flag] === true);
      const r = await client.call('get_account_tree', { folder_id: folderId, params }, tree);
      return decodeTree(r.tree, tree);
    },
    async exportTags(call = {}) {
      const r = await client.call('export_tags', {}, call);
      return decodeTags(r.tag_xml, call);
    },
    async getFriends(call = {}) {
      const r = await client.call('get_friends', { params: call.nozip ? ['nozip'] : [] }, call);
      return decodeFriends(r.friends, call);
    },
    async getUpdates(range, call = {}) {
      const args = { begin_timestamp: range.begin, end_timestamp: range.end, params: call.nozip ? ['nozip'] : [] };
      const r = await client.call('get_updates', args, call);
      return decodeUpdates(r.updates, call);
    },
    uploadFiles: (target, files, upload) => uploadFiles(client, target, files, upload),
    uploadFile: (target, file, upload) => uploadFile(client, target, file, upload),
    download: (fileId, download) => downloadFile(client, fileId, download),
  };
  return client;
}

/** Box's API host uploads at upload.box.net; any other host is its own upload host. */
function defaultUploadUrl(baseUrl: string): string {
  const url = new URL(baseUrl);
  if (url.hostname === 'box.net' || url.hostname === 'www.box.net') return `${url.protocol}//upload.box.net`;
  return baseUrl;
}
