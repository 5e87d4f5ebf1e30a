import {
  baseName,
  ConflictError,
  type DeleteOptions,
  type DownloadOptions,
  type FileEntry,
  type FileStore,
  isNotFoundError,
  type MkdirOptions,
  NotFoundError,
  normalizePath,
  parentPath,
  type StoreCapabilities,
  type StoreUploadOptions,
  type UploadBody,
} from '@fileclients/core';
import type { Pro7Client } from './client.js';
import { PROVIDER } from './errors.js';
import type { FileStorageItem, StorageType } from './types.js';

export interface Pro7StoreOptions {
  /** Which storage the store works on: `personal` (default), or `corporate` where the server has collaboration. */
  readonly type?: StorageType;
}

const CAPABILITIES: StoreCapabilities = {
  copy: true,
  move: true,
  rename: true,
  overwrite: true,
  emptyFiles: true,
  recursiveDelete: true,
  requiresUploadSize: false,
  modifiedTimes: true,
};

export function toFileEntry(item: FileStorageItem): FileEntry {
  const entry: { -readonly [K in keyof FileEntry]: FileEntry[K] } = {
    name: item.Name,
    path: normalizePath(item.FullPath),
    kind: item.IsFolder ? 'folder' : 'file',
    raw: item,
  };
  if (!item.IsFolder) entry.size = item.Size;
  if (item.LastModified > 0) entry.modified = new Date(item.LastModified * 1000);
  return entry;
}

const ROOT: FileEntry = { name: '', path: '/', kind: 'folder' };

/**
 * The FileStore adapter over a logged-in Pro7Client. The server renames silently on clashes and answers `true`
 * for a folder that exists, so the adapter checks the target first and reports FileStore's ConflictError instead.
 */
export function createPro7Store(client: Pro7Client, options: Pro7StoreOptions = {}): FileStore {
  const type = options.type ?? 'personal';
  const details = (operation: string) => ({ provider: PROVIDER, operation });

  const children = async (folder: string, signal?: AbortSignal): Promise<FileStorageItem[]> =>
    (await client.list(folder, { type, ...(signal ? { signal } : {}) })).items;

  const find = async (path: string, signal?: AbortSignal): Promise<FileEntry | undefined> => {
    const normal = normalizePath(path);
    if (normal === '/') return ROOT;
    let items: FileStorageItem[];
    try {
      items = await children(parentPath(normal), signal);
    } catch (error) {
      if (isNotFoundError(error)) return undefined;
      throw error;
    }
    const item = items.find((candidate) => candidate.Name === baseName(normal));
    return item ? toFileEntry(item) : undefined;
  };

  const stat = async (path: string, operation: string, signal?: AbortSignal): Promise<FileEntry> => {
    const entry = await find(path, signal);
    if (!entry) throw new NotFoundError(`"${normalizePath(path)}" does not exist`, details(operation));
    return entry;
  };

  const folderOf = async (path: string, operation: string, signal?: AbortSignal): Promise<FileEntry> => {
    const entry = await stat(path, operation, signal);
    if (entry.kind !== 'folder') throw new ConflictError(`"${entry.path}" is a file, not a folder`, details(operation));
    return entry;
  };

  const placeFree = async (folder: string, name: string, operation: string, signal?: AbortSignal): Promise<void> => {
    const target = `${folder === '/' ? '' : folder}/${name}`;
    if (await find(target, signal)) throw new ConflictError(`"${target}" already exists`, details(operation));
  };

  const store: FileStore = {
    provider: PROVIDER,
    capabilities: CAPABILITIES,
    async *list(path, listOptions) {
      await folderOf(path, 'list', listOptions?.signal);
      for (const item of await children(normalizePath(path), listOptions?.signal)) yield toFileEntry(item);
    },
    stat: (path, statOptions) => stat(path, 'stat', statOptions?.signal),
    async mkdir(path, mkdirOptions: MkdirOptions = {}) {
      const normal = normalizePath(path);
      const existing = await find(normal, mkdirOptions.signal);
      if (existing) {
        if (existing.kind === 'folder' && mkdirOptions.recursive) return existing;
        throw new ConflictError(`"${normal}" already exists`, details('mkdir'));
      }
      const parent = parentPath(normal);
      if (!(await find(parent, mkdirOptions.signal))) {
        if (!mkdirOptions.recursive) throw new NotFoundError(`"${parent}" does not exist`, details('mkdir'));
        await store.mkdir(parent, mkdirOptions);
      } else {
        await folderOf(parent, 'mkdir', mkdirOptions.signal);
      }
      await client.createFolder(normal, { type });
      return stat(normal, 'mkdir', mkdirOptions.signal);
    },
    async rename(path, newName, renameOptions) {
      const entry = await stat(path, 'rename', renameOptions?.signal);
      if (entry.path === '/') throw new ConflictError('the root cannot be renamed', details('rename'));
      if (newName === entry.name) return entry;
      await placeFree(parentPath(entry.path), newName, 'rename', renameOptions?.signal);
      const result = await client.rename(entry.path, newName, { type, isLink: false });
      return stat(result.path, 'rename', renameOptions?.signal);
    },
    async move(path, toFolder, moveOptions) {
      return transfer('move', path, toFolder, moveOptions?.signal);
    },
    async copy(path, toFolder, copyOptions) {
      return transfer('copy', path, toFolder, copyOptions?.signal);
    },
    async delete(path, deleteOptions: DeleteOptions = {}) {
      const entry = await stat(path, 'delete', deleteOptions.signal);
      if (entry.path === '/') throw new ConflictError('the root cannot be deleted', details('delete'));
      if (
        entry.kind === 'folder' &&
        !deleteOptions.recursive &&
        (await children(entry.path, deleteOptions.signal)).length > 0
      ) {
        throw new ConflictError(`"${entry.path}" is not empty; pass { recursive: true }`, details('delete'));
      }
      const [report] = await client.delete(entry.path, { type });
      if (report && !report.ok) throw report.error;
    },
    async upload(path, body: UploadBody, uploadOptions: StoreUploadOptions = {}) {
      const normal = normalizePath(path);
      await folderOf(parentPath(normal), 'upload', uploadOptions.signal);
      const existing = await find(normal, uploadOptions.signal);
      if (existing?.kind === 'folder') throw new ConflictError(`"${normal}" is a folder`, details('upload'));
      if (existing && !uploadOptions.overwrite)
        throw new ConflictError(`"${normal}" already exists`, details('upload'));
      const result = await client.upload(normal, body, {
        type,
        overwrite: uploadOptions.overwrite === true,
        ...(uploadOptions.signal ? { signal: uploadOptions.signal } : {}),
      });
      return stat(result.path, 'upload', uploadOptions.signal);
    },
    async download(path, downloadOptions: DownloadOptions = {}) {
      const entry = await stat(path, 'download', downloadOptions.signal);
      if (entry.kind !== 'file') throw new ConflictError(`"${entry.path}" is a folder`, details('download'));
      return client.download(entry.raw as FileStorageItem, {
        type,
        ...(downloadOptions.signal ? { signal: downloadOptions.signal } : {}),
        ...(downloadOptions.timeoutMs !== undefined ? { timeoutMs: downloadOptions.timeoutMs } : {}),
        ...(downloadOptions.onProgress ? { onProgress: downloadOptions.onProgress } : {}),
      });
    },
  };

  const transfer = async (
    operation: 'move' | 'copy',
    path: string,
    toFolder: string,
    signal: AbortSignal | undefined,
  ): Promise<FileEntry> => {
    const entry = await stat(path, operation, signal);
    const target = await folderOf(toFolder, operation, signal);
    if (entry.path === '/') throw new ConflictError(`the root cannot be ${operation}d`, details(operation));
    if (target.path === entry.path || target.path.startsWith(`${entry.path}/`)) {
      throw new ConflictError(`"${entry.path}" cannot go into itself`, details(operation));
    }
    await placeFree(target.path, entry.name, operation, signal);
    const [report] = await (operation === 'move' ? client.move : client.copy)(entry.path, target.path, { type });
    if (!report) throw new NotFoundError(`"${entry.path}" was not ${operation}d`, details(operation));
    if (!report.ok) throw report.error;
    return stat(report.to, operation, signal);
  };

  return store;
}
