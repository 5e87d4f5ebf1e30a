import {
  baseName,
  ConflictError,
  type DeleteOptions,
  type DownloadOptions,
  FileClientError,
  type FileEntry,
  type FileStore,
  isNotFoundError,
  joinPath,
  type ListOptions,
  type MkdirOptions,
  NotFoundError,
  normalizePath,
  parentPath,
  type StoreCapabilities,
  type StoreUploadOptions,
  type UploadBody,
} from '@fileclients/core';
import type { BulkResult, CarbonioFilesClient, CarbonioNode } from './client.js';
import { PROVIDER } from './errors.js';
import { fullName, splitName } from './names.js';

const ROOT_ID = 'LOCAL_ROOT';

interface Known {
  readonly id: string;
  readonly kind: 'file' | 'folder';
}

export interface CarbonioStoreOptions {
  /** How many path -> id resolutions to remember (default 1000). Every mutation through the store updates it. */
  readonly cacheSize?: number;
  /**
   * Remember which names a fully listed (or newly made) folder holds, so that looking up a name it does not hold
   * needs no call (default false). Changes made through the store keep it right; a name someone else adds to such a
   * folder meanwhile is not seen: for one run of a tool that owns the folders it writes (the CLI), not for a
   * long-lived store. `cacheSize` bounds the folders it remembers.
   */
  readonly rememberListings?: boolean;
}

/**
 * The FileStore adapter: paths on top of Carbonio's node ids. `/` is the user's LOCAL_ROOT; a path segment is a
 * node's full name (name plus extension). Lookups page through `children` and remember what they saw.
 */
export function createCarbonioStore(client: CarbonioFilesClient, options: CarbonioStoreOptions = {}): FileStore {
  const limit = options.cacheSize ?? 1000;
  const cache = new Map<string, Known>();

  const remember = (path: string, known: Known) => {
    cache.delete(path);
    cache.set(path, known);
    while (cache.size > limit) {
      const oldest = cache.keys().next().value;
      if (oldest === undefined) break;
      cache.delete(oldest);
    }
  };
  // Folder path -> the full names of all its children, for folders listed to the end (or made) by this store.
  const listed = new Map<string, Set<string>>();
  // Bumped by every change made through the store: a listing that saw one happen meanwhile is not complete.
  let version = 0;
  const completeListing = (folder: string, names: Set<string>, since: number) => {
    if (!options.rememberListings || since !== version) return;
    listed.delete(folder);
    listed.set(folder, names);
    while (listed.size > limit) {
      const oldest = listed.keys().next().value;
      if (oldest === undefined) break;
      listed.delete(oldest);
    }
  };
  /** `path` was made (or renamed or moved there) through the store. */
  const added = (path: string) => {
    version++;
    listed.get(parentPath(path))?.add(baseName(path));
  };
  /** The answer without a call when `path`'s folder was listed: known absent (false), or undefined (look it up). */
  const absent = (path: string): boolean => listed.get(parentPath(path))?.has(baseName(path)) === false;

  const forget = (path: string) => {
    version++;
    for (const key of [...cache.keys()]) if (key === path || key.startsWith(`${path}/`)) cache.delete(key);
    for (const key of [...listed.keys()]) if (key === path || key.startsWith(`${path}/`)) listed.delete(key);
    if (path !== '/') listed.get(parentPath(path))?.delete(baseName(path));
  };

  const fail = (operation: string, message: string): never => {
    throw new NotFoundError(message, { provider: PROVIDER, operation });
  };

  const entry = (node: CarbonioNode, folderPath: string): FileEntry => {
    const name = fullName(node.__typename === 'File' ? node : { name: node.name });
    const path = joinPath(folderPath, name);
    const kind = node.__typename === 'File' ? 'file' : 'folder';
    remember(path, { id: node.id, kind });
    return {
      name,
      path,
      id: node.id,
      kind,
      ...(node.__typename === 'File' ? { size: node.size } : {}),
      modified: new Date(node.updated_at),
      raw: node,
    };
  };

  async function findChild(folderId: string, folderPath: string, name: string): Promise<FileEntry | undefined> {
    const since = version;
    const names = new Set<string>();
    for await (const child of client.children(folderId)) {
      const e = entry(child, folderPath);
      if (e.name === name) return e;
      names.add(e.name);
    }
    completeListing(folderPath, names, since);
    return undefined;
  }

  async function resolve(path: string, operation: string): Promise<Known> {
    const normal = normalizePath(path);
    if (normal === '/') return { id: ROOT_ID, kind: 'folder' };
    const cached = cache.get(normal);
    if (cached) return cached;
    if (absent(normal)) return fail(operation, `${normal} does not exist`);
    const parent = await resolve(parentPath(normal), operation);
    if (parent.kind !== 'folder') fail(operation, `${parentPath(normal)} is a file, not a folder`);
    const found = await findChild(parent.id, parentPath(normal), baseName(normal));
    if (!found?.id) return fail(operation, `${normal} does not exist`);
    return { id: found.id, kind: found.kind };
  }

  async function statEntry(path: string, operation: string): Promise<FileEntry> {
    const normal = normalizePath(path);
    const known = await resolve(normal, operation);
    const node = await client.getNode({ node_id: known.id }).catch((error: unknown) => {
      // A cached id can be stale when someone else changed the tree: look the path up again once.
      if (isNotFoundError(error)) forget(normal);
      throw error;
    });
    if (!node) return fail(operation, `${normal} does not exist`);
    if (normal === '/') return { name: '', path: '/', id: node.id, kind: 'folder', raw: node };
    return entry(node, parentPath(normal));
  }

  async function exists(path: string, operation: string): Promise<Known | undefined> {
    try {
      return await resolve(path, operation);
    } catch (error) {
      if (isNotFoundError(error)) return undefined;
      throw error;
    }
  }

  function only<T>(result: BulkResult<T>, operation: string, path: string): T {
    const first = result.succeeded[0];
    if (first !== undefined) return first;
    const failure = result.failed[0]?.error;
    if (failure) throw failure;
    throw new FileClientError(`${path}: the server reported neither success nor failure`, {
      provider: PROVIDER,
      operation,
    });
  }

  async function folderOf(path: string, operation: string): Promise<Known> {
    const known = await resolve(path, operation);
    if (known.kind !== 'folder') {
      throw new ConflictError(`${normalizePath(path)} is a file, not a folder`, { provider: PROVIDER, operation });
    }
    return known;
  }

  async function refuseExisting(path: string, operation: string): Promise<void> {
    if (await exists(path, operation)) {
      throw new ConflictError(`${path} already exists`, { provider: PROVIDER, operation });
    }
  }

  const capabilities: StoreCapabilities = {
    copy: true,
    move: true,
    rename: true,
    overwrite: true,
    emptyFiles: true,
    recursiveDelete: true,
    requiresUploadSize: true,
    modifiedTimes: true,
  };

  const store: FileStore = {
    provider: PROVIDER,
    capabilities,

    async *list(path: string, _options?: ListOptions) {
      const normal = normalizePath(path);
      const folder = await folderOf(normal, 'list');
      const since = version;
      const names = new Set<string>();
      for await (const child of client.children(folder.id)) {
        const e = entry(child, normal);
        names.add(e.name);
        yield e;
      }
      completeListing(normal, names, since);
    },

    stat: (path) => statEntry(path, 'stat'),

    async mkdir(path: string, opts: MkdirOptions = {}) {
      const normal = normalizePath(path);
      if (normal === '/') return statEntry('/', 'mkdir');
      const existing = await exists(normal, 'mkdir');
      if (existing) {
        if (opts.recursive && existing.kind === 'folder') return statEntry(normal, 'mkdir');
        throw new ConflictError(`${normal} already exists`, { provider: PROVIDER, operation: 'mkdir' });
      }
      const parent = parentPath(normal);
      if (opts.recursive && !(await exists(parent, 'mkdir'))) await store.mkdir(parent, { recursive: true });
      const folder = await folderOf(parent, 'mkdir');
      const created = await client.createFolder({ destination_id: folder.id, name: baseName(normal) });
      added(normal);
      completeListing(normal, new Set(), version);
      return entry(created, parent);
    },

    async rename(path: string, newName: string) {
      const normal = normalizePath(path);
      const known = await resolve(normal, 'rename');
      const target = joinPath(parentPath(normal), newName);
      await refuseExisting(target, 'rename');
      let name = newName;
      if (known.kind === 'file') {
        // updateNode keeps a file's extension; only the part before it can change.
        const current = splitName(baseName(normal));
        const wanted = splitName(newName);
        if (current.extension !== wanted.extension) {
          throw new FileClientError(
            `Carbonio keeps a file's extension on rename: ${baseName(normal)} cannot become ${newName}`,
            { provider: PROVIDER, operation: 'rename' },
          );
        }
        name = wanted.base;
      }
      const node = await client.updateNode({ node_id: known.id, name });
      forget(normal);
      added(target);
      return entry(node, parentPath(normal));
    },

    async move(path: string, toFolder: string) {
      const normal = normalizePath(path);
      const known = await resolve(normal, 'move');
      const folder = await folderOf(toFolder, 'move');
      // The server would rename on a clash (`name (1)`); a FileStore reports it instead.
      await refuseExisting(joinPath(normalizePath(toFolder), baseName(normal)), 'move');
      const moved = only(await client.moveNodes({ node_ids: [known.id], destination_id: folder.id }), 'move', normal);
      forget(normal);
      added(joinPath(normalizePath(toFolder), baseName(normal)));
      return entry(moved, normalizePath(toFolder));
    },

    async copy(path: string, toFolder: string) {
      const normal = normalizePath(path);
      const known = await resolve(normal, 'copy');
      const folder = await folderOf(toFolder, 'copy');
      await refuseExisting(joinPath(normalizePath(toFolder), baseName(normal)), 'copy');
      const copied = only(await client.copyNodes({ node_ids: [known.id], destination_id: folder.id }), 'copy', normal);
      added(joinPath(normalizePath(toFolder), baseName(normal)));
      return entry(copied, normalizePath(toFolder));
    },

    async delete(path: string, opts: DeleteOptions = {}) {
      const normal = normalizePath(path);
      if (normal === '/') {
        throw new ConflictError('the root cannot be deleted', { provider: PROVIDER, operation: 'delete' });
      }
      const known = await resolve(normal, 'delete');
      if (known.kind === 'folder' && !opts.recursive) {
        for await (const _child of client.children(known.id, { pageSize: 1 })) {
          throw new ConflictError(`${normal} is not empty`, { provider: PROVIDER, operation: 'delete' });
        }
      }
      only(await client.deleteNodes({ node_ids: [known.id] }), 'delete', normal);
      forget(normal);
    },

    async upload(path: string, body: UploadBody, opts: StoreUploadOptions = {}) {
      const normal = normalizePath(path);
      const parent = parentPath(normal);
      const existing = await exists(normal, 'upload');
      const transfer = {
        name: baseName(normal),
        source: body.source,
        ...(body.size === undefined ? {} : { size: body.size }),
        ...(body.onProgress ? { onProgress: body.onProgress } : {}),
        ...(opts.signal ? { signal: opts.signal } : {}),
      };
      let nodeId: string;
      if (existing) {
        if (existing.kind === 'folder') {
          throw new ConflictError(`${normal} is a folder`, { provider: PROVIDER, operation: 'upload' });
        }
        if (!opts.overwrite) {
          throw new ConflictError(`${normal} already exists`, { provider: PROVIDER, operation: 'upload' });
        }
        // A new version keeps the node (id, shares, links) and the history.
        nodeId = (await client.uploadVersion({ ...transfer, nodeId: existing.id })).nodeId;
      } else {
        const folder = await folderOf(parent, 'upload');
        nodeId = (await client.upload({ ...transfer, parentId: folder.id })).nodeId;
      }
      added(normal);
      const node = await client.getNode({ node_id: nodeId });
      if (!node) return fail('upload', `${normal} vanished after the upload`);
      return entry(node, parent);
    },

    async download(path: string, opts: DownloadOptions = {}) {
      const normal = normalizePath(path);
      const known = await resolve(normal, 'download');
      if (known.kind !== 'file') {
        throw new ConflictError(`${normal} is a folder`, { provider: PROVIDER, operation: 'download' });
      }
      return (await client.download(known.id, opts)).body;
    },
  };
  return store;
}
