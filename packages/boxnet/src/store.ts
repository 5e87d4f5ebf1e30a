import {
  ConflictError,
  type DeleteOptions,
  type DownloadOptions,
  type FileEntry,
  type FileStore,
  isNotFoundError,
  isProtocolError,
  joinPath,
  type ListOptions,
  type MkdirOptions,
  NotFoundError,
  normalizePath,
  type StoreCapabilities,
  type StoreUploadOptions,
  splitPath,
  type UploadBody,
} from '@fileclients/core';
import type { BoxnetClient } from './client.js';
import type { BoxnetTreeFolder, File as TreeFile } from './generated/tree.gen.js';
import { SIZE_MISMATCH } from './transfer.js';

/**
 * The tree's `sha1` attribute as FileEntry.hashes. The seed's tree sample has no sha1; BoxSync's fixtures and the
 * seed's get_file_info sample carry 40 lowercase hex digits. Anything else (absent, empty, malformed) is left out
 * rather than reported as a hash.
 */
function hashesOf(sha1: string | null | undefined): Pick<FileEntry, 'hashes'> {
  return sha1 != null && /^[0-9a-fA-F]{40}$/.test(sha1) ? { hashes: { sha1: sha1.toLowerCase() } } : {};
}

export interface BoxnetStoreOptions {
  /**
   * How many path -> id resolutions to remember (default 0: none, every lookup walks from the root). Changes made
   * through the store update them, and an id someone else deleted is noticed (not-found) and looked up again; but a
   * file or folder someone else moved keeps its id, so the old path would still reach it. For one run of a tool over
   * folders it owns (the CLI), not for a long-lived store over folders others reorganise.
   */
  readonly cacheSize?: number;
}

/** What a path resolved to: a folder's id, or a file's id and size (what a download needs). */
type Known =
  | { readonly kind: 'folder'; readonly id: number }
  | { readonly kind: 'file'; readonly id: number; readonly size: number };

/**
 * core's FileStore over Box.net's ids. Box addresses everything by id; paths are resolved one folder level at a time
 * with get_account_tree(onelevel, nozip), so a deep path costs one call per level. With `cacheSize`, the store
 * remembers the ids it has seen (listings, lookups, its own mkdirs): a lookup starts at the deepest folder it knows
 * and a listed file downloads without another lookup.
 */
export function createBoxnetStore(client: BoxnetClient, options: BoxnetStoreOptions = {}): FileStore {
  const limit = options.cacheSize ?? 0;
  const cache = new Map<string, Known>();
  const remember = (path: string, known: Known): void => {
    if (limit <= 0) return;
    cache.delete(path);
    cache.set(path, known);
    while (cache.size > limit) {
      const oldest = cache.keys().next().value;
      if (oldest === undefined) break;
      cache.delete(oldest);
    }
  };
  /** `path` and everything under it: it was deleted, renamed or moved (or its id turned out stale). */
  const forget = (path: string): void => {
    const normal = normalizePath(path);
    for (const key of [...cache.keys()]) if (key === normal || key.startsWith(`${normal}/`)) cache.delete(key);
  };

  const capabilities: StoreCapabilities = {
    copy: true,
    move: true,
    rename: true,
    overwrite: true,
    emptyFiles: true,
    recursiveDelete: true,
    requiresUploadSize: false,
    modifiedTimes: true,
  };
  const details = (operation: string) => ({ provider: 'boxnet', operation }) as const;

  const level = (folderId: number) => client.getAccountTree(folderId, { onelevel: true, nozip: true });

  type Node = { kind: 'folder'; id: number; folder: BoxnetTreeFolder } | { kind: 'file'; id: number; file: TreeFile };

  const folderEntry = (path: string, folder: BoxnetTreeFolder): FileEntry => ({
    name: path === '/' ? '' : (splitPath(path).at(-1) ?? ''),
    path,
    id: String(folder.id),
    kind: 'folder',
    raw: folder,
  });
  const fileEntry = (path: string, file: TreeFile): FileEntry => ({
    name: file.file_name,
    path,
    id: String(file.id),
    kind: 'file',
    size: file.size,
    modified: new Date(file.updated * 1000),
    ...hashesOf(file.sha1),
    raw: file,
  });
  const entryOf = (path: string, node: Node): FileEntry =>
    node.kind === 'folder' ? folderEntry(path, node.folder) : fileEntry(path, node.file);

  async function find(path: string, operation: string): Promise<Node | undefined> {
    const segments = splitPath(normalizePath(path));
    if (segments.length === 0) return { kind: 'folder', id: 0, folder: await level(0) };
    // Start at the deepest folder on the way whose id is known (the root's is 0).
    let depth = segments.length - 1;
    let startId = 0;
    for (; depth > 0; depth--) {
      const known = cache.get(joinPath('/', ...segments.slice(0, depth)));
      if (known?.kind === 'folder') {
        startId = known.id;
        break;
      }
    }
    let folder: BoxnetTreeFolder;
    try {
      folder = await level(startId);
    } catch (error) {
      if (startId === 0 || !isNotFoundError(error)) throw error;
      // Deleted by someone else since: forget it and look the path up from the root.
      forget(joinPath('/', ...segments.slice(0, depth)));
      return find(path, operation);
    }
    for (let index = depth; index < segments.length; index++) {
      const name = segments[index] ?? '';
      const here = joinPath('/', ...segments.slice(0, index + 1));
      const last = index === segments.length - 1;
      const sub = folder.folders.find((f) => f.name === name);
      if (sub) remember(here, { kind: 'folder', id: sub.id });
      if (last) {
        if (sub) return { kind: 'folder', id: sub.id, folder: sub };
        const file = folder.files.find((f) => f.file_name === name);
        if (file) remember(here, { kind: 'file', id: file.id, size: file.size });
        return file ? { kind: 'file', id: file.id, file } : undefined;
      }
      if (!sub) {
        if (folder.files.some((f) => f.file_name === name)) {
          throw new ConflictError(`${here} is a file, not a folder`, details(operation));
        }
        return undefined;
      }
      folder = await level(sub.id);
    }
    return undefined;
  }

  async function resolve(path: string, operation: string): Promise<Node> {
    const node = await find(path, operation);
    if (!node) throw new NotFoundError(`${normalizePath(path)} does not exist`, details(operation));
    return node;
  }

  async function resolveFolder(path: string, operation: string): Promise<BoxnetTreeFolder> {
    const known = cache.get(normalizePath(path));
    if (known?.kind === 'folder') {
      try {
        return await level(known.id);
      } catch (error) {
        if (!isNotFoundError(error)) throw error;
        forget(path);
      }
    }
    const node = await resolve(path, operation);
    if (node.kind !== 'folder')
      throw new ConflictError(`${normalizePath(path)} is a file, not a folder`, details(operation));
    return node.id === 0 ? node.folder : level(node.id);
  }

  async function ensureFree(folder: BoxnetTreeFolder, name: string, target: string, operation: string): Promise<void> {
    if (folder.folders.some((f) => f.name === name) || folder.files.some((f) => f.file_name === name)) {
      throw new ConflictError(`${target} already exists`, details(operation));
    }
  }

  const parentOf = (path: string) => {
    const segments = splitPath(normalizePath(path));
    return { parent: joinPath('/', ...segments.slice(0, -1)), name: segments.at(-1) ?? '' };
  };

  const store: FileStore = {
    provider: 'boxnet',
    capabilities,
    async *list(path: string, _options?: ListOptions) {
      const folder = await resolveFolder(path, 'list');
      const base = normalizePath(path);
      for (const sub of folder.folders) remember(joinPath(base, sub.name), { kind: 'folder', id: sub.id });
      for (const file of folder.files)
        remember(joinPath(base, file.file_name), { kind: 'file', id: file.id, size: file.size });
      for (const sub of folder.folders) yield folderEntry(joinPath(base, sub.name), sub);
      for (const file of folder.files) yield fileEntry(joinPath(base, file.file_name), file);
    },
    async stat(path) {
      return entryOf(normalizePath(path), await resolve(path, 'stat'));
    },
    async mkdir(path, options: MkdirOptions = {}) {
      const target = normalizePath(path);
      const existing = await find(target, 'mkdir');
      if (existing) {
        if (existing.kind === 'folder' && options.recursive) return entryOf(target, existing);
        throw new ConflictError(`${target} already exists`, details('mkdir'));
      }
      const { parent, name } = parentOf(target);
      let parentNode = await find(parent, 'mkdir');
      if (!parentNode) {
        if (!options.recursive) throw new NotFoundError(`${parent} does not exist`, details('mkdir'));
        await store.mkdir(parent, { recursive: true });
        parentNode = await resolve(parent, 'mkdir');
      }
      if (parentNode.kind !== 'folder') throw new ConflictError(`${parent} is a file`, details('mkdir'));
      const r = await client.call('create_folder', { parent_id: parentNode.id, name, share: 0 });
      if (r.folder?.folder_id !== undefined) remember(target, { kind: 'folder', id: r.folder.folder_id });
      return { ...folderEntry(target, { ...emptyFolder, id: r.folder?.folder_id ?? 0, name }), raw: r.folder };
    },
    async rename(path, newName) {
      const node = await resolve(path, 'rename');
      const { parent } = parentOf(path);
      const target = joinPath(parent, newName);
      await ensureFree(await resolveFolder(parent, 'rename'), newName, target, 'rename');
      await client.call('rename', { target: node.kind, target_id: node.id, new_name: newName });
      forget(path);
      return store.stat(target);
    },
    async move(path, toFolder) {
      const node = await resolve(path, 'move');
      const dest = await resolve(toFolder, 'move');
      if (dest.kind !== 'folder') throw new ConflictError(`${normalizePath(toFolder)} is a file`, details('move'));
      const { name } = parentOf(path);
      const target = joinPath(normalizePath(toFolder), name);
      await ensureFree(dest.id === 0 ? dest.folder : await level(dest.id), name, target, 'move');
      await client.call('move', { target: node.kind, target_id: node.id, destination_id: dest.id });
      forget(path);
      return store.stat(target);
    },
    async copy(path, toFolder) {
      const node = await resolve(path, 'copy');
      const dest = await resolve(toFolder, 'copy');
      if (dest.kind !== 'folder') throw new ConflictError(`${normalizePath(toFolder)} is a file`, details('copy'));
      const { name } = parentOf(path);
      const target = joinPath(normalizePath(toFolder), name);
      await ensureFree(dest.id === 0 ? dest.folder : await level(dest.id), name, target, 'copy');
      if (node.kind === 'file') {
        await client.call('copy', { target: 'file', target_id: node.id, destination_id: dest.id });
      } else {
        // Box's copy is documented for files; a folder is copied level by level.
        await store.mkdir(target);
        for await (const child of store.list(normalizePath(path))) await store.copy(child.path, target);
      }
      return store.stat(target);
    },
    async delete(path, options: DeleteOptions = {}) {
      const node = await resolve(path, 'delete');
      if (node.kind === 'folder') {
        if (node.id === 0) throw new ConflictError('the root folder cannot be deleted', details('delete'));
        const content = await level(node.id);
        if (!options.recursive && (content.files.length > 0 || content.folders.length > 0)) {
          throw new ConflictError(`${normalizePath(path)} is not empty`, details('delete'));
        }
      }
      await client.call('delete', { target: node.kind, target_id: node.id });
      forget(path);
    },
    async upload(path, body: UploadBody, options: StoreUploadOptions = {}) {
      const target = normalizePath(path);
      const { parent, name } = parentOf(target);
      const folder = await resolve(parent, 'upload');
      if (folder.kind !== 'folder') throw new ConflictError(`${parent} is a file`, details('upload'));
      const siblings = folder.id === 0 ? folder.folder : await level(folder.id);
      if (siblings.folders.some((f) => f.name === name))
        throw new ConflictError(`${target} is a folder`, details('upload'));
      const existing = siblings.files.find((f) => f.file_name === name);
      if (existing && !options.overwrite) throw new ConflictError(`${target} already exists`, details('upload'));
      const uploadTarget = existing ? { overwrite: existing.id } : { folderId: folder.id };
      await client.uploadFile(uploadTarget, { name, body }, options.signal ? { signal: options.signal } : {});
      forget(target);
      return store.stat(target);
    },
    async download(path, options: DownloadOptions = {}) {
      const known = cache.get(normalizePath(path));
      if (known?.kind === 'file') {
        try {
          return await client.download(known.id, { expectedSize: known.size, ...options });
        } catch (error) {
          // Deleted or changed by someone else since it was listed (or not the file at all): look it up again.
          if (!isNotFoundError(error) && !(isProtocolError(error) && error.code === SIZE_MISMATCH)) throw error;
          forget(path);
        }
      }
      const node = await resolve(path, 'download');
      if (node.kind !== 'file') throw new ConflictError(`${normalizePath(path)} is a folder`, details('download'));
      return client.download(node.id, { expectedSize: node.file.size, ...options });
    },
  };
  return store;
}

const emptyFolder: BoxnetTreeFolder = {
  id: 0,
  name: '',
  shared: false,
  shared_link: null,
  description: null,
  tags: [],
  files: [],
  folders: [],
};
