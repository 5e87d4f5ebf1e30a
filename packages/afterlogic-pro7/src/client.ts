import {
  type FileClientError,
  isFileClientError,
  type RetryOptions,
  TransportError,
  type UploadBody,
} from '@fileclients/core';
import { getAppData, type LoginOptions, login, logout, type Pro7Session } from './auth.js';
import { readItem, readListing, readQuota } from './envelope.js';
import { PROVIDER, protocolError } from './errors.js';
import { findFinalName, protectFromServerDecode, splitPath, toServerPath } from './names.js';
import {
  type CallOptions,
  type ContextOptions,
  createContext,
  type FetchLike,
  type Pro7AuthMode,
  type Pro7Credentials,
} from './protocol.js';
import {
  type DownloadOptions,
  download,
  downloadPublic,
  type LinkOptions,
  type RawAction,
  rawUrl,
} from './transfer.js';
import type {
  AjaxPath,
  AppData,
  FileListing,
  FileStorageItem,
  ParamsOf,
  Quota,
  ResultOf,
  StorageType,
} from './types.js';
import type { UploadOptions, UploadResult } from './upload.js';

export interface Pro7ClientOptions {
  /** The WebMail / MailSuite installation URL, e.g. `https://mail.example.com/webmail/` (a trailing `?` is fine). */
  readonly baseUrl: string;
  /** Your fetch (tests, proxies); the global one by default. */
  readonly fetch?: FetchLike;
  /** `token` (default): cookie-less, AuthToken in every request. `cookie`: session cookie plus CSRF Token. */
  readonly auth?: Pro7AuthMode;
  /** An AuthToken from an earlier SystemLogin, to resume a session without logging in. */
  readonly authToken?: string;
  /** The AccountID that goes with `authToken` (needed for logout and Raw links). */
  readonly accountId?: number;
  /** Kept in memory: `login()` uses them, and an expired session (ErrorCode 102) triggers one re-login. */
  readonly credentials?: Pro7Credentials;
  /** Extra headers for every request. */
  readonly headers?: Readonly<Record<string, string>>;
  /**
   * Retries of the calls that only read (SystemGetAppData, Files, FileInfo, FilesQuota, FilesPub, Raw and public
   * downloads) after a 5xx, 429 (Retry-After honoured) or connection reset: exponential backoff with jitter, 3
   * retries by default; `false` disables. Mutations, logins and uploads are never sent twice.
   */
  readonly retry?: RetryOptions | false;
  /** Overall deadline of one call in milliseconds (all its attempts, and reading the answer); none by default. */
  readonly timeoutMs?: number;
  /**
   * Longest wait without progress (request bytes sent, response headers, answer or download bytes) before a
   * TimeoutError. Default 60 000; 0 disables.
   */
  readonly idleTimeoutMs?: number;
  /** Receives one redacted line per request, response and retry. */
  readonly logger?: (line: string) => void;
}

export interface ListOptions extends CallOptions {
  readonly type?: StorageType;
  /** A recursive name search below the folder. */
  readonly pattern?: string;
}

export interface TypeOptions extends CallOptions {
  readonly type?: StorageType;
}

export interface TransferOptions extends CallOptions {
  readonly type?: StorageType;
  /** The storage type of the target folder; `type` by default. */
  readonly toType?: StorageType;
}

export interface ListResult {
  readonly items: FileStorageItem[];
  readonly quota: Quota;
}

/** Outcome of one item of a delete: the server is not atomic, so each item is reported on its own. */
export type DeleteReport =
  | { readonly path: string; readonly ok: true }
  | { readonly path: string; readonly ok: false; readonly error: FileClientError };

/** Outcome of one item of a copy or move; `to` is the final path (the server renames clashes silently). */
export type TransferReport =
  | { readonly from: string; readonly ok: true; readonly to: string; readonly renamed: boolean }
  | { readonly from: string; readonly ok: false; readonly error: FileClientError };

export interface RenameResult {
  /** The name the item has now: the server suffixes `_0`, `_1`... on a clash without saying so. */
  readonly name: string;
  readonly path: string;
  readonly renamed: boolean;
}

export interface PublicLink {
  readonly url: string;
  /** The public hash: `?/Min/Share/{hash}` for files, `?files-pub={hash}` for folders. */
  readonly hash: string;
  readonly kind: 'file' | 'folder';
}

export interface Pro7Client {
  readonly authMode: Pro7AuthMode;
  /** The current AuthToken and AccountID, once logged in (or given in the options). */
  readonly session: Partial<Pro7Session>;
  /** Any Ajax action, typed by its path: Action, AuthToken and Token are added for you. */
  call<P extends AjaxPath>(path: P, params: ParamsOf<P>, options?: CallOptions): Promise<ResultOf<P>>;
  appData(options?: CallOptions): Promise<AppData>;
  login(credentials?: Pro7Credentials, options?: LoginOptions): Promise<Pro7Session>;
  logout(options?: CallOptions): Promise<void>;
  /** Lists a folder (`""` or `/` for the root). */
  list(path?: string, options?: ListOptions): Promise<ListResult>;
  info(path: string, options?: TypeOptions): Promise<FileStorageItem>;
  quota(options?: CallOptions): Promise<Quota>;
  createFolder(path: string, options?: TypeOptions): Promise<void>;
  rename(path: string, newName: string, options?: TypeOptions & { readonly isLink?: boolean }): Promise<RenameResult>;
  delete(paths: string | readonly string[], options?: TypeOptions): Promise<DeleteReport[]>;
  copy(paths: string | readonly string[], toFolder: string, options?: TransferOptions): Promise<TransferReport[]>;
  move(paths: string | readonly string[], toFolder: string, options?: TransferOptions): Promise<TransferReport[]>;
  createPublicLink(path: string, options?: TypeOptions): Promise<PublicLink>;
  deletePublicLink(path: string, options?: TypeOptions): Promise<void>;
  /** Lists a public folder link (no login needed): its hash and a sub path below it. */
  listPublic(hash: string, subPath?: string, options?: CallOptions): Promise<ListResult>;
  /** Creates an internet shortcut `{name}.url` in a folder; returns its path. */
  createLink(folder: string, name: string, link: string, options?: TypeOptions): Promise<string>;
  upload(path: string, body: UploadBody, options?: UploadOptions): Promise<UploadResult>;
  download(pathOrItem: string | FileStorageItem, options?: DownloadOptions): Promise<ReadableStream<Uint8Array>>;
  /** Downloads a file through its public link (`?/Min/Share/{hash}` URL or the hash), without auth. */
  downloadPublic(urlOrHash: string, options?: DownloadOptions): Promise<ReadableStream<Uint8Array>>;
  /** A Raw URL for a file Hash: `token` form carries the AuthToken (keep it secret), `cookie` form needs the session cookie. */
  linkFor(hash: string, options?: LinkOptions & { readonly action?: RawAction }): string;
}

const normalizeMany = (paths: string | readonly string[]): readonly string[] =>
  typeof paths === 'string' ? [paths] : paths;

function asError(error: unknown, operation: string): FileClientError {
  if (isFileClientError(error)) return error;
  return protocolError(operation, error instanceof Error ? error.message : 'unexpected failure', { cause: error });
}

export function createPro7Client(options: Pro7ClientOptions): Pro7Client {
  const contextOptions: ContextOptions = options;
  const context = createContext(contextOptions);
  // Only kept credentials allow a silent re-login; without them a 102 reaches the caller as it is.
  if (options.credentials) {
    context.relogin = async () => {
      await login(context, undefined);
    };
  }

  const call = async <P extends AjaxPath>(path: P, params: ParamsOf<P>, callOptions?: CallOptions) =>
    (await context.call(path, params, callOptions)).result;

  const list = async (path = '', listOptions: ListOptions = {}): Promise<ListResult> => {
    const params: ParamsOf<'/Ajax/Files'> = { Type: listOptions.type ?? 'personal', Path: toServerPath(path) };
    if (listOptions.pattern !== undefined) params.Pattern = listOptions.pattern;
    const listing: FileListing = readListing('Files', await call('/Ajax/Files', params, listOptions));
    return { items: listing.Items, quota: listing.Quota };
  };

  const namesIn = async (folder: string, type: StorageType, callOptions: CallOptions): Promise<Set<string>> =>
    new Set((await list(folder, { ...callOptions, type })).items.map((item) => item.Name));

  const joinPath = (folder: string, name: string): string => `${toServerPath(folder)}/${name}`;

  const transfer = async (
    operation: '/Ajax/FilesCopy' | '/Ajax/FilesMove',
    paths: string | readonly string[],
    toFolder: string,
    transferOptions: TransferOptions,
  ): Promise<TransferReport[]> => {
    const fromType = transferOptions.type ?? 'personal';
    const toType = transferOptions.toType ?? fromType;
    const reports: TransferReport[] = [];
    const listings = new Map<string, Map<string, FileStorageItem>>();
    let target = await namesIn(toFolder, toType, transferOptions);
    for (const from of normalizeMany(paths)) {
      try {
        const { folder, name } = splitPath(from, operation.slice(6));
        // IsFolder and Size are required by the server (Size feeds its quota check), so read them from a listing.
        let items = listings.get(folder);
        if (!items) {
          items = new Map((await list(folder, { ...transferOptions, type: fromType })).items.map((i) => [i.Name, i]));
          listings.set(folder, items);
        }
        const item = items.get(name);
        if (!item) throw protocolError(operation.slice(6), `"${from}" does not exist`);
        await call(
          operation,
          {
            FromType: fromType,
            ToType: toType,
            FromPath: folder,
            ToPath: toServerPath(toFolder),
            Files: JSON.stringify([{ Name: name, IsFolder: item.IsFolder, Size: item.Size }]),
          },
          transferOptions,
        );
        const after = await namesIn(toFolder, toType, transferOptions);
        const finalName = findFinalName(name, target, after);
        target = after;
        reports.push({ from, ok: true, to: joinPath(toFolder, finalName), renamed: finalName !== name });
      } catch (error) {
        reports.push({ from, ok: false, error: asError(error, operation.slice(6)) });
      }
    }
    return reports;
  };

  const client: Pro7Client = {
    authMode: context.mode,
    get session() {
      const { authToken, accountId } = context.state;
      return { ...(authToken === undefined ? {} : { authToken }), ...(accountId === undefined ? {} : { accountId }) };
    },
    call,
    appData: (callOptions) => getAppData(context, callOptions),
    login: (credentials, loginOptions) => login(context, credentials, loginOptions),
    logout: (callOptions) => logout(context, callOptions),
    list,
    async info(path, typeOptions = {}) {
      const { folder, name } = splitPath(path, 'FileInfo');
      const result = await call(
        '/Ajax/FileInfo',
        { Type: typeOptions.type ?? 'personal', Path: folder, Name: name },
        typeOptions,
      );
      return readItem('FileInfo', result);
    },
    async quota(callOptions) {
      return readQuota('FilesQuota', (await call('/Ajax/FilesQuota', {}, callOptions)).Quota);
    },
    async createFolder(path, typeOptions = {}) {
      const { folder, name } = splitPath(path, 'FilesFolderCreate');
      await call(
        '/Ajax/FilesFolderCreate',
        {
          Type: typeOptions.type ?? 'personal',
          Path: protectFromServerDecode(folder),
          FolderName: protectFromServerDecode(name),
        },
        typeOptions,
      );
    },
    async rename(path, newName, renameOptions = {}) {
      const type = renameOptions.type ?? 'personal';
      const { folder, name } = splitPath(path, 'FilesRename');
      const before = await namesIn(folder, type, renameOptions);
      const params: ParamsOf<'/Ajax/FilesRename'> = {
        Type: type,
        Path: protectFromServerDecode(folder),
        Name: protectFromServerDecode(name),
        NewName: protectFromServerDecode(newName),
      };
      if (renameOptions.isLink !== undefined) params.IsLink = renameOptions.isLink ? '1' : '0';
      await call('/Ajax/FilesRename', params, renameOptions);
      before.delete(name);
      const after = await namesIn(folder, type, renameOptions);
      const finalName = findFinalName(newName, before, after);
      return { name: finalName, path: joinPath(folder, finalName), renamed: finalName !== newName };
    },
    async delete(paths, typeOptions = {}) {
      const reports: DeleteReport[] = [];
      // One item per call: a failing item then fails alone, and every report is exact.
      for (const path of normalizeMany(paths)) {
        try {
          const { folder, name } = splitPath(path, 'FilesDelete');
          const items = JSON.stringify([
            { Path: protectFromServerDecode(folder), Name: protectFromServerDecode(name) },
          ]);
          await call('/Ajax/FilesDelete', { Type: typeOptions.type ?? 'personal', Items: items }, typeOptions);
          reports.push({ path, ok: true });
        } catch (error) {
          reports.push({ path, ok: false, error: asError(error, 'FilesDelete') });
        }
      }
      return reports;
    },
    copy: (paths, toFolder, transferOptions = {}) => transfer('/Ajax/FilesCopy', paths, toFolder, transferOptions),
    move: (paths, toFolder, transferOptions = {}) => transfer('/Ajax/FilesMove', paths, toFolder, transferOptions),
    async createPublicLink(path, typeOptions = {}) {
      const type = typeOptions.type ?? 'personal';
      const { folder, name } = splitPath(path, 'FilesCreatePublicLink');
      const item = (await list(folder, { ...typeOptions, type })).items.find((i) => i.Name === name);
      if (!item) throw protocolError('FilesCreatePublicLink', `"${path}" does not exist`);
      const url = await call(
        '/Ajax/FilesCreatePublicLink',
        { Type: type, Path: folder, Name: name, Size: item.Size, IsFolder: item.IsFolder ? '1' : '0' },
        typeOptions,
      );
      return parsePublicLink(url);
    },
    async deletePublicLink(path, typeOptions = {}) {
      const { folder, name } = splitPath(path, 'FilesPublicLinkDelete');
      await call(
        '/Ajax/FilesPublicLinkDelete',
        { Type: typeOptions.type ?? 'personal', Path: folder, Name: name },
        typeOptions,
      );
    },
    async listPublic(hash, subPath = '', callOptions) {
      const listing = readListing(
        'FilesPub',
        await call('/Ajax/FilesPub', { Hash: hash, Path: toServerPath(subPath) }, callOptions),
      );
      return { items: listing.Items, quota: listing.Quota };
    },
    async createLink(folder, name, link, typeOptions = {}) {
      await call(
        '/Ajax/FilesLinkCreate',
        { Type: typeOptions.type ?? 'personal', Path: toServerPath(folder), Link: link, Name: name },
        typeOptions,
      );
      return joinPath(folder, `${name}.url`);
    },
    async upload(path, body, uploadOptions = {}) {
      // Loaded on the first upload: with a splitting bundler, an app that never uploads does not ship the multipart
      // encoder and the upload body code (docs/decisions/0007-lazy-upload-module.md).
      const { upload } = await loadUploadModule();
      return upload(context, path, body, uploadOptions, namesIn);
    },
    async download(pathOrItem, downloadOptions = {}) {
      const item = typeof pathOrItem === 'string' ? await client.info(pathOrItem, downloadOptions) : pathOrItem;
      return download(context, item, downloadOptions);
    },
    downloadPublic: (urlOrHash, downloadOptions = {}) => downloadPublic(context, urlOrHash, downloadOptions),
    linkFor: (hash, linkOptions = {}) => rawUrl(context, linkOptions.action ?? 'FilesDownload', hash, linkOptions),
  };
  return client;
}

function loadUploadModule(): Promise<typeof import('./upload.js')> {
  return import('./upload.js').catch((cause: unknown) => {
    throw new TransportError('could not load the upload module of @fileclients/afterlogic-pro7', {
      provider: PROVIDER,
      operation: 'UploadFile',
      cause,
    });
  });
}

/** `{AppUrl}?/Min/Share/{hash}` (file) or `{AppUrl}?files-pub={hash}` (folder). */
export function parsePublicLink(url: string): PublicLink {
  const file = /\?\/Min\/Share\/([^/?&#]+)$/.exec(url);
  if (file?.[1]) return { url, hash: file[1], kind: 'file' };
  const folder = /[?&]files-pub=([^&#]+)$/.exec(url);
  if (folder?.[1]) return { url, hash: folder[1], kind: 'folder' };
  throw protocolError('FilesCreatePublicLink', 'the public link has an unknown form');
}
