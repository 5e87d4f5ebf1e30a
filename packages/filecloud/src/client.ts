import { NotFoundError, TransportError } from '@fileclients/core';
import type { ApiAnswer, ApiPath, CallArgs } from './api.js';
import { postTwoFactor, type TwoFactorOptions } from './auth.js';
import { Connection, type ConnectionOptions } from './connection.js';
import { PROVIDER } from './errors.js';
import type { components } from './generated/openapi.gen.js';
import {
  accessFlags,
  type FileCloudEntry,
  type FileCloudListPage,
  type FileCloudShare,
  type FileCloudVersion,
  type RawShare,
  type RawUsage,
  toBoolean,
  toEntry,
  toNumber,
  toShare,
  toShareUser,
  toVersion,
} from './normalize.js';
import type { DownloadOptions, UploadOptions, UploadSource } from './transfer.js';
import type {
  DoSearchOptions,
  FileCloudCreated,
  FileCloudShareUser,
  FileCloudUploaded,
  ListOptions,
  PublicAccess,
  SearchOptions,
  ShareChanges,
  ShareUserAccess,
} from './types.js';
import { asArray } from './xml.js';

export interface FileCloudClientOptions extends ConnectionOptions {
  readonly twoFactor?: TwoFactorOptions;
  /**
   * Where copy and move are sent. `core` (default): `/core/copyfile` and `/core/renameormove`, the paths FileCloud's
   * API documentation lists, which every server version we know of serves. `explorer`: `/app/explorer/copyfile` and
   * `/app/explorer/renameormove`, which current servers and FileCloud's own Python SDK use (same fields); choose it
   * where a server or proxy serves only those.
   */
  readonly copyMovePaths?: 'core' | 'explorer';
}

/** Asks FileCloud for the ETag of what createfolder and the last upload request make (ignored by older servers). */
const SEND_ETAG: Readonly<Record<string, string>> = { 'x-fc-send-etag': '1' };

function splitPath(path: string): { parent: string; name: string } {
  const clean = path.replace(/\/+$/, '');
  const at = clean.lastIndexOf('/');
  return { parent: at <= 0 ? '/' : clean.slice(0, at), name: clean.slice(at + 1) };
}

/**
 * A FileCloud user session. Every method logs in on first use; list/stat/… return normalised values (numbers,
 * booleans, dates) with the wire fields under `raw`; `call` sends any other call of the spec, typed from it (its
 * answers are decoded from XML and checked for `result` 0).
 *
 * Session expiry: FileCloud documents no expiry signal. When a call fails with anything but a not-found, conflict
 * or quota answer, the client asks /core/getauthenticationinfo; if that says `authenticated` is not "1" (or the
 * call failed with HTTP 401/403 or a "not logged in" message), it logs in again, once, and repeats the call.
 */
export class FileCloudClient {
  readonly #connection: Connection;
  readonly #copyMovePaths: 'core' | 'explorer';

  constructor(options: FileCloudClientOptions) {
    this.#connection = new Connection('user', options);
    this.#copyMovePaths = options.copyMovePaths ?? 'core';
  }

  /**
   * Any form-encoded call of the spec, typed from it: `call('/core/getfilelist', { path: '/alice' })` resolves to the
   * decoded XML answer (`{ meta, entry }`, leaves as strings, the spec's lists always arrays). Logs in first and
   * renews an expired session like the methods; a FileCloud failure (result 0) throws its typed error.
   */
  call<P extends ApiPath>(path: P, ...args: CallArgs<P>): Promise<ApiAnswer<P>> {
    return this.#connection.request(path, ...args);
  }

  /** @internal the shared session, for the FileStore adapter and transfers. */
  get connection(): Connection {
    return this.#connection;
  }

  get username(): string | undefined {
    return this.#connection.username;
  }

  /** My Files of the logged-in user: `/<username>`. */
  get home(): string {
    return `/${this.#connection.username ?? ''}`;
  }

  login(): Promise<void> {
    return this.#connection.login();
  }

  /** Finishes a login that threw TwoFactorRequiredError. */
  async completeTwoFactor(token: string, code: string): Promise<void> {
    const userid = this.#connection.username ?? '';
    await postTwoFactor(this.#connection, { userid, token, code });
    this.#connection.markLoggedIn();
  }

  async logout(): Promise<void> {
    await this.#connection.post('/core/locksession');
    this.#connection.markLoggedOut();
  }

  /** Session probe: true when the server still knows this session. */
  async isAuthenticated(): Promise<boolean> {
    const data = await this.#connection.post('/core/getauthenticationinfo');
    return toBoolean(data.info?.authenticated);
  }

  async whoami(): Promise<components['schemas']['AuthenticationInfoResponse']['info']> {
    const data = await this.#connection.request('/core/getauthenticationinfo');
    return data.info;
  }

  #call<T>(operation: string, fn: () => Promise<T>): Promise<T> {
    return this.#connection.call(operation, fn);
  }

  /** One page of a folder. An empty folder gives `entries: []`. */
  async list(path: string, options: ListOptions = {}): Promise<FileCloudListPage> {
    return this.#call('getfilelist', async () => {
      const data = await this.#connection.post('/core/getfilelist', {
        path,
        ...(options.start === undefined ? {} : { start: options.start }),
        ...(options.limit === undefined ? {} : { limit: options.limit }),
        ...(options.sortBy === undefined ? {} : { sortby: options.sortBy }),
        ...(options.sortDir === undefined ? {} : { sortdir: options.sortDir }),
      });
      return {
        entries: asArray(data.entry).map(toEntry),
        total: toNumber(data.meta?.total),
        raw: data.meta,
      };
    });
  }

  /** Every entry of a folder, fetched page by page (`pageSize` entries per call, default 100). */
  async *listAll(path: string, options: { pageSize?: number } = {}): AsyncGenerator<FileCloudEntry> {
    const limit = options.pageSize ?? 100;
    for (let start = 0; ; ) {
      const page = await this.list(path, { start, limit });
      yield* page.entries;
      start += page.entries.length;
      if (page.entries.length === 0 || (page.total !== undefined && start >= page.total)) return;
    }
  }

  /** One entry by full path; NotFoundError when the server answers without an entry. */
  async stat(path: string): Promise<FileCloudEntry> {
    return this.#call('fileinfo', async () => {
      const data = await this.#connection.post('/core/fileinfo', { file: path });
      const raw = data.entry;
      if (!raw || (raw.name === undefined && raw.path === undefined)) {
        throw new NotFoundError(`no file or folder at ${path}`, { provider: PROVIDER, operation: 'fileinfo' });
      }
      return toEntry(raw);
    });
  }

  /** Whether a path exists: `result` 1 (as FileCloud's own SDK reads it; result 0 here means "no", not a failure). */
  async exists(path: string, options: { caseInsensitive?: boolean } = {}): Promise<boolean> {
    return this.#call('fileexists', async () => {
      const data = await this.#connection.post('/core/fileexists', {
        file: path,
        ...(options.caseInsensitive ? { caseinsensitive: 1 as const } : {}),
      });
      const command = asArray(data.command)[0];
      return command?.result?.trim() === '1';
    });
  }

  async createFolder(parent: string, name: string): Promise<FileCloudCreated> {
    const { headers } = await this.#call('createfolder', () =>
      this.#connection.postWithHeaders('/core/createfolder', { path: parent, name }, undefined, SEND_ETAG),
    );
    const etag = headers.get('etag');
    const path = `${parent.replace(/\/+$/, '')}/${name}`;
    return etag === null ? { path } : { path, etag };
  }

  /** Renames `path` in place to `newName`. */
  async rename(path: string, newName: string): Promise<void> {
    const { parent, name } = splitPath(path);
    await this.#call('renamefile', () =>
      this.#connection.post('/core/renamefile', { path: parent, name, newname: newName }),
    );
  }

  async delete(path: string): Promise<void> {
    const { parent, name } = splitPath(path);
    await this.#call('deletefile', () => this.#connection.post('/core/deletefile', { path: parent, name }));
  }

  /** Copies `path` into the folder `toFolder`. */
  async copy(path: string, toFolder: string): Promise<void> {
    const { parent, name } = splitPath(path);
    const at = this.#copyMovePaths === 'explorer' ? '/app/explorer/copyfile' : '/core/copyfile';
    await this.#call('copyfile', () => this.#connection.post(at, { path: parent, name, copyto: toFolder }));
  }

  /** Moves (or renames) between two full paths. */
  async move(fromPath: string, toPath: string): Promise<void> {
    const at = this.#copyMovePaths === 'explorer' ? '/app/explorer/renameormove' : '/core/renameormove';
    await this.#call('renameormove', () => this.#connection.post(at, { fromname: fromPath, toname: toPath }));
  }

  /** Usage as FileCloud reports it (human-readable sizes); level 1 = summary. */
  async diskUsage(options: { username?: string; level?: 0 | 1 | 2 } = {}): Promise<RawUsage> {
    return this.#call('getdiskusagedetails', async () => {
      const data = await this.#connection.post('/core/getdiskusagedetails', {
        username: options.username ?? this.#connection.username ?? '',
        level: options.level ?? 2,
      });
      return data;
    });
  }

  async folderProperties(path: string): Promise<{ files?: number; folders?: number; raw: RawUsage }> {
    return this.#call('getfolderproperties', async () => {
      const data = await this.#connection.post('/core/getfolderproperties', { path });
      const usage = data.usage ?? {};
      return { files: toNumber(usage.totalfiles), folders: toNumber(usage.totalfolders), raw: usage };
    });
  }

  /** Synchronous search below `location`. */
  async search(location: string, keyword: string, options: SearchOptions = {}): Promise<FileCloudEntry[]> {
    const data = await this.#connection.request('/core/search', { keyword, location, ...options });
    return asArray(data.entry).map(toEntry);
  }

  /** Search with status and paging (`start`, `size`). */
  async doSearch(
    location: string,
    text: string,
    options: DoSearchOptions = {},
  ): Promise<{ entries: FileCloudEntry[]; total: number | undefined; status: string | undefined }> {
    return this.#call('dosearch', async () => {
      const data = await this.#connection.post('/core/dosearch', {
        searchstring: text,
        searchloc: location,
        ...options,
      });
      return {
        entries: asArray(data.entry).map(toEntry),
        total: toNumber(data.meta?.total),
        status: data.meta?.status,
      };
    });
  }

  /** Chunked upload of `source` to the full path `path`. */
  async upload(path: string, source: UploadSource, options: UploadOptions = {}): Promise<FileCloudUploaded> {
    const { parent, name } = splitPath(path);
    const { uploadFile } = await loadPart(() => import('./upload.js'), 'upload', 'upload');
    const { size, etag } = await uploadFile(this.#connection, parent, name, source, options);
    const full = `${parent.replace(/\/+$/, '')}/${name}`;
    return etag === undefined ? { path: full, size } : { path: full, size, etag };
  }

  /** A download; its module is loaded on the first one (docs/decisions/0017): an app that only lists skips it. */
  async #download(operation: string, path: string, query: Record<string, string>, options: DownloadOptions) {
    const { downloadStream } = await loadPart(() => import('./download.js'), 'download', operation);
    return downloadStream(this.#connection, operation, path, query, options);
  }

  /** Streams a file. */
  download(path: string, options: DownloadOptions = {}): Promise<ReadableStream<Uint8Array>> {
    const { name } = splitPath(path);
    return this.#download(
      'downloadfile',
      '/core/downloadfile',
      { filepath: path, filename: name, redirect: options.redirect ? '1' : '0' },
      options,
    );
  }

  /** A zip of several files of one folder. */
  downloadMany(
    folder: string,
    names: readonly string[],
    options: DownloadOptions = {},
  ): Promise<ReadableStream<Uint8Array>> {
    const query: Record<string, string> = { count: String(names.length), filepath: folder };
    names.forEach((n, i) => {
      query[`fn${i + 1}`] = n;
    });
    return this.#download('downloadfilemulti', '/core/downloadfilemulti', query, options);
  }

  async versions(path: string): Promise<FileCloudVersion[]> {
    const { parent, name } = splitPath(path);
    const data = await this.#connection.request('/core/getversions', { filepath: parent, filename: name });
    return asArray(data.version).map(toVersion);
  }

  downloadVersion(path: string, fileId: string, options: DownloadOptions = {}): Promise<ReadableStream<Uint8Array>> {
    const { name } = splitPath(path);
    return this.#download(
      'downloadversionedfile',
      '/core/downloadversionedfile',
      { filepath: path, filename: name, fileid: fileId },
      options,
    );
  }

  async deleteVersion(path: string, fileId: string): Promise<void> {
    const { parent, name } = splitPath(path);
    await this.#call('deleteversion', () =>
      this.#connection.post('/core/deleteversion', { filepath: parent, filename: name, fileid: fileId }),
    );
  }

  /** The public share link of a path (created when missing). */
  async quickShare(path: string): Promise<FileCloudShare> {
    const data = await this.#connection.request('/core/quickshare', { sharelocation: path });
    return this.#oneShare('quickshare', data.share, path);
  }

  /** Shares a path under a name (`/core/addshare`; default name: the item's). Answers the share. */
  async addShare(path: string, options: { name?: string } = {}): Promise<FileCloudShare> {
    return this.#call('addshare', async () => {
      const body = { sharelocation: path, ...(options.name === undefined ? {} : { sharename: options.name }) };
      const data = await this.#connection.post('/core/addshare', body);
      return this.#oneShare('addshare', data.share, path);
    });
  }

  /** The share of a path, or undefined when it has none. */
  async shareForPath(path: string): Promise<FileCloudShare | undefined> {
    return this.#call('getshareforpath', async () => {
      const data = await this.#connection.post('/core/getshareforpath', { path });
      const raw = asArray(data.share)[0];
      return raw?.shareid ? toShare(raw) : undefined;
    });
  }

  async shares(): Promise<FileCloudShare[]> {
    const data = await this.#connection.request('/core/getshares');
    return asArray(data.share).map(toShare);
  }

  async updateShare(shareId: string, changes: ShareChanges): Promise<FileCloudShare> {
    const data = await this.#connection.request('/core/updateshare', { shareid: shareId, ...changes });
    return this.#oneShare('updateshare', data.share, shareId);
  }

  async setPublicAccess(shareId: string, access: PublicAccess): Promise<void> {
    await this.#call('setallowpublicaccess', () =>
      this.#connection.post('/core/setallowpublicaccess', { shareid: shareId, ...access }),
    );
  }

  async deleteShare(shareId: string): Promise<void> {
    await this.#call('deleteshare', () => this.#connection.post('/core/deleteshare', { shareid: shareId }));
  }

  /** Gives a user (user id or email) access to a share: read and download, until setUserAccess says otherwise. */
  async addUserToShare(shareId: string, userId: string): Promise<void> {
    await this.#call('addusertoshare', () =>
      this.#connection.post('/core/addusertoshare', { shareid: shareId, userid: userId }),
    );
  }

  /** Takes a user's access to a share away. */
  async removeUserFromShare(shareId: string, userId: string): Promise<void> {
    await this.#call('deleteuserfromshare', () =>
      this.#connection.post('/core/deleteuserfromshare', { shareid: shareId, userid: userId }),
    );
  }

  /** The users a share is given to, with their permissions. */
  async shareUsers(shareId: string): Promise<FileCloudShareUser[]> {
    const data = await this.#connection.request('/core/getusersforshare', { shareid: shareId });
    return asArray(data.user).map(toShareUser);
  }

  /** Sets a user's permissions on a share; permissions left out stay as they are. */
  async setUserAccess(shareId: string, userId: string, access: ShareUserAccess): Promise<void> {
    const flags = accessFlags(access);
    await this.#call('setuseraccessforshare', () =>
      this.#connection.post('/core/setuseraccessforshare', { shareid: shareId, userid: userId, ...flags }),
    );
  }

  #oneShare(operation: string, list: RawShare[] | undefined, subject: string): FileCloudShare {
    const raw = asArray(list)[0];
    if (!raw?.shareid) throw new NotFoundError(`no share came back for ${subject}`, { provider: PROVIDER, operation });
    return toShare(raw);
  }
}

/** A user client; nothing is sent until the first call (or `login()`). */
export function createFileCloudClient(options: FileCloudClientOptions): FileCloudClient {
  return new FileCloudClient(options);
}

/**
 * Loads a module split off the main entry on first use (docs/decisions/0017). A failed load (a chunk missing from a
 * broken deploy, a CDN error in a browser) is a typed error for the operation, and nothing has been sent.
 */
function loadPart<T>(load: () => Promise<T>, part: string, operation: string): Promise<T> {
  return load().catch((cause: unknown) => {
    const message = `could not load the ${part} module of @fileclients/filecloud`;
    throw new TransportError(message, { provider: PROVIDER, operation, cause });
  });
}
