import { readAll } from '../download.js';
import { ConflictError, type ErrorDetails, NotFoundError, ProtocolError } from '../errors.js';
import { toByteStream, type UploadBody } from '../transfer.js';
import type { FileEntry, FileStore, StoreCapabilities } from './file-store.js';
import { baseName, isSubPath, isValidName, joinPath, normalizePath, parentPath, splitPath } from './paths.js';

interface FileNode {
  readonly kind: 'file';
  data: Uint8Array;
  modified: Date;
  readonly id: string;
}
interface FolderNode {
  readonly kind: 'folder';
  readonly children: Map<string, Node>;
  modified: Date;
  readonly id: string;
}
type Node = FileNode | FolderNode;

export interface MemoryStoreOptions {
  /** Clock for modification times (tests). */
  readonly now?: () => Date;
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
  uploadModified: true,
  setModified: true,
};

/**
 * The reference FileStore: the semantics every provider adapter is held to by the conformance suite.
 *
 * - Paths are normalized ('/a//b/' is '/a/b'); the root '/' always exists and cannot be renamed, moved or deleted.
 * - A missing path (or missing parent) is NotFoundError. An existing target name is ConflictError, as is using a file
 *   where a folder is needed and vice versa, and deleting a non-empty folder without `recursive`.
 * - mkdir: ConflictError if the path exists, unless `recursive` and it is a folder (then returns it); `recursive`
 *   also creates missing parents.
 * - rename(path, newName): same folder, new name; renaming to the same name returns the entry unchanged.
 * - move(path, toFolder) and copy(path, toFolder): into an existing folder, same name; a folder cannot go into
 *   itself or a descendant (ConflictError); moving into its current folder returns it unchanged. Copy of a folder is
 *   deep; copies get new ids.
 * - delete: files always; folders when empty or with `recursive` (whole subtree).
 * - upload(path, body, { overwrite }): parent must exist; an existing file is replaced only with `overwrite`; an
 *   existing folder is always a ConflictError. The whole body is read before the tree changes (a failed upload
 *   leaves nothing). Size, when declared, must match.
 * - upload({ modified }) and setModified(path, date) set a file's modification time (files only).
 * - list yields children sorted by name (folders and files together); listing a file is ConflictError.
 * - Ids are stable across rename and move.
 */
export function createMemoryStore(options: MemoryStoreOptions = {}): FileStore {
  const now = options.now ?? (() => new Date());
  let nextId = 1;
  const newId = (): string => String(nextId++);
  const root: FolderNode = { kind: 'folder', children: new Map(), modified: now(), id: newId() };
  const provider = 'memory';
  const details = (operation: string): ErrorDetails => ({ provider, operation });

  function find(path: string, operation: string): Node {
    let node: Node = root;
    for (const segment of splitPath(path)) {
      if (node.kind !== 'folder') throw new NotFoundError(`${normalizePath(path)} does not exist`, details(operation));
      const child: Node | undefined = node.children.get(segment);
      if (child === undefined) throw new NotFoundError(`${normalizePath(path)} does not exist`, details(operation));
      node = child;
    }
    return node;
  }

  function folder(path: string, operation: string): FolderNode {
    const node = find(path, operation);
    if (node.kind !== 'folder') throw new ConflictError(`${normalizePath(path)} is not a folder`, details(operation));
    return node;
  }

  function entry(path: string, node: Node): FileEntry {
    const normal = normalizePath(path);
    return node.kind === 'file'
      ? {
          name: baseName(normal),
          path: normal,
          id: node.id,
          kind: 'file',
          size: node.data.byteLength,
          modified: node.modified,
        }
      : { name: baseName(normal), path: normal, id: node.id, kind: 'folder', modified: node.modified };
  }

  function notRoot(path: string, operation: string): void {
    if (normalizePath(path) === '/') throw new ConflictError('the root folder cannot be changed', details(operation));
  }

  function clone(node: Node): Node {
    if (node.kind === 'file') return { kind: 'file', data: node.data.slice(), modified: now(), id: newId() };
    const children = new Map<string, Node>();
    for (const [name, child] of node.children) children.set(name, clone(child));
    return { kind: 'folder', children, modified: now(), id: newId() };
  }

  const store: FileStore = {
    provider,
    capabilities: CAPABILITIES,

    async *list(path) {
      const node = folder(path, 'list');
      const names = [...node.children.keys()].sort();
      for (const name of names) {
        const child = node.children.get(name);
        if (child !== undefined) yield entry(joinPath(path, name), child);
      }
    },

    async stat(path) {
      return entry(path, find(path, 'stat'));
    },

    async mkdir(path, opts = {}) {
      const normal = normalizePath(path);
      if (normal === '/') {
        if (opts.recursive) return entry('/', root);
        throw new ConflictError('/ already exists', details('mkdir'));
      }
      let parent: FolderNode = root;
      const segments = splitPath(normal);
      for (const [index, segment] of segments.entries()) {
        const last = index === segments.length - 1;
        const existing = parent.children.get(segment);
        const here = `/${segments.slice(0, index + 1).join('/')}`;
        if (existing !== undefined) {
          if (existing.kind !== 'folder') throw new ConflictError(`${here} is a file`, details('mkdir'));
          if (last) {
            if (opts.recursive) return entry(normal, existing);
            throw new ConflictError(`${normal} already exists`, details('mkdir'));
          }
          parent = existing;
          continue;
        }
        if (!last && !opts.recursive) throw new NotFoundError(`${here} does not exist`, details('mkdir'));
        const created: FolderNode = { kind: 'folder', children: new Map(), modified: now(), id: newId() };
        parent.children.set(segment, created);
        parent.modified = now();
        parent = created;
      }
      return entry(normal, parent);
    },

    async rename(path, newName) {
      notRoot(path, 'rename');
      if (!isValidName(newName)) throw new ConflictError(`invalid name: ${JSON.stringify(newName)}`, details('rename'));
      const node = find(path, 'rename');
      const parent = folder(parentPath(path), 'rename');
      const oldName = baseName(path);
      const target = joinPath(parentPath(path), newName);
      if (newName === oldName) return entry(target, node);
      if (parent.children.has(newName)) throw new ConflictError(`${target} already exists`, details('rename'));
      parent.children.delete(oldName);
      parent.children.set(newName, node);
      parent.modified = now();
      return entry(target, node);
    },

    async move(path, toFolder) {
      notRoot(path, 'move');
      const node = find(path, 'move');
      const target = folder(toFolder, 'move');
      const name = baseName(path);
      const destination = joinPath(toFolder, name);
      if (normalizePath(parentPath(path)) === normalizePath(toFolder)) return entry(destination, node);
      if (node.kind === 'folder' && isSubPath(toFolder, path)) {
        throw new ConflictError(`cannot move ${normalizePath(path)} into itself`, details('move'));
      }
      if (target.children.has(name)) throw new ConflictError(`${destination} already exists`, details('move'));
      const parent = folder(parentPath(path), 'move');
      parent.children.delete(name);
      target.children.set(name, node);
      parent.modified = now();
      target.modified = now();
      return entry(destination, node);
    },

    async copy(path, toFolder) {
      notRoot(path, 'copy');
      const node = find(path, 'copy');
      const target = folder(toFolder, 'copy');
      const name = baseName(path);
      const destination = joinPath(toFolder, name);
      if (node.kind === 'folder' && isSubPath(toFolder, path)) {
        throw new ConflictError(`cannot copy ${normalizePath(path)} into itself`, details('copy'));
      }
      if (target.children.has(name)) throw new ConflictError(`${destination} already exists`, details('copy'));
      const copied = clone(node);
      target.children.set(name, copied);
      target.modified = now();
      return entry(destination, copied);
    },

    async delete(path, opts = {}) {
      notRoot(path, 'delete');
      const node = find(path, 'delete');
      if (node.kind === 'folder' && node.children.size > 0 && !opts.recursive) {
        throw new ConflictError(`${normalizePath(path)} is not empty`, details('delete'));
      }
      const parent = folder(parentPath(path), 'delete');
      parent.children.delete(baseName(path));
      parent.modified = now();
    },

    async upload(path, body, opts = {}) {
      notRoot(path, 'upload');
      const name = baseName(path);
      const parent = folder(parentPath(path), 'upload');
      const existing = parent.children.get(name);
      if (existing?.kind === 'folder') throw new ConflictError(`${normalizePath(path)} is a folder`, details('upload'));
      if (existing !== undefined && !opts.overwrite) {
        throw new ConflictError(`${normalizePath(path)} already exists`, details('upload'));
      }
      const data = await readBody(body);
      if (body.size !== undefined && data.byteLength !== body.size) {
        throw new ProtocolError(`upload yielded ${data.byteLength} bytes, declared ${body.size}`, details('upload'));
      }
      // Re-check after the await: a concurrent upload may have created the name meanwhile.
      const raced = parent.children.get(name);
      if (raced !== undefined && (raced.kind === 'folder' || !opts.overwrite)) {
        throw new ConflictError(`${normalizePath(path)} already exists`, details('upload'));
      }
      const node: FileNode =
        raced?.kind === 'file'
          ? Object.assign(raced, { data, modified: opts.modified ?? now() })
          : { kind: 'file', data, modified: opts.modified ?? now(), id: newId() };
      parent.children.set(name, node);
      parent.modified = now();
      return entry(path, node);
    },

    async setModified(path, modified) {
      const node = find(path, 'setModified');
      if (node.kind !== 'file') throw new ConflictError(`${normalizePath(path)} is a folder`, details('setModified'));
      node.modified = new Date(modified.getTime());
      return entry(path, node);
    },

    async download(path, opts = {}) {
      const node = find(path, 'download');
      if (node.kind !== 'file') throw new ConflictError(`${normalizePath(path)} is a folder`, details('download'));
      const data = node.data.slice();
      let sent = false;
      return new ReadableStream<Uint8Array>({
        pull(controller) {
          if (opts.signal?.aborted) {
            controller.error(opts.signal.reason);
            return;
          }
          if (!sent && data.byteLength > 0) controller.enqueue(data);
          sent = true;
          opts.onProgress?.({ bytes: data.byteLength, total: data.byteLength });
          controller.close();
        },
      });
    },
  };
  return store;
}

async function readBody(body: UploadBody): Promise<Uint8Array> {
  const source = typeof body.source === 'function' ? await body.source() : body.source;
  const data = await readAll(toByteStream(source));
  body.onProgress?.({ bytes: data.byteLength, total: data.byteLength });
  return data;
}
