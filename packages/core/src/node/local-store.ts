import { constants, createReadStream, type Stats } from 'node:fs';
import { copyFile, cp, lstat, mkdir, readdir, realpath, rename, rm, rmdir, stat, utimes } from 'node:fs/promises';
import { dirname, join, resolve, sep } from 'node:path';
import { Readable } from 'node:stream';
import { checkedBody } from '../download.js';
import {
  AuthError,
  ConflictError,
  type ErrorKind,
  FileClientError,
  isFileClientError,
  NotFoundError,
  QuotaError,
} from '../errors.js';
import type { FileEntry, FileStore, StoreCapabilities } from '../store/file-store.js';
import { baseName, isSubPath, isValidName, joinPath, normalizePath, parentPath } from '../store/paths.js';
import { toByteStream } from '../transfer.js';
import { writeFileAtomic } from './download-to-file.js';
import { FILE_READ_BYTES } from './file-source.js';
import { isPartialName } from './partial.js';

export interface LocalStoreOptions {
  /** The folder on disk that is the store's '/'. It must exist. */
  readonly root: string;
}

/** A path that would leave the store's root folder ('..' above '/', or a symlink pointing outside). */
export class OutsideRootError extends ConflictError {
  static override readonly kind: ErrorKind = 'conflict';
  static override readonly errorName: string = 'OutsideRootError';
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
  // No hashes: computing one means reading the whole file, which a listing must not do behind the caller's back.
  hashes: [],
};

const provider = 'local';

/**
 * A FileStore over a folder on disk, with the semantics of `createMemoryStore`, plus:
 *
 * - Paths are relative to `root`. A path going above '/' with '..' is an OutsideRootError (not clamped as
 *   normalizePath would), and so is a path whose nearest existing ancestor resolves, through symlinks, outside root.
 *   Listings leave out symlinks that point outside root or nowhere, and anything that is neither file nor folder.
 * - upload writes a partial file next to the target (a name for which `isPartialName` is true) and renames it into
 *   place: a crash leaves at worst a partial file, never a short file under the final name. Listings never show
 *   partial files, and their names are refused as targets.
 * - upload({ modified }) and setModified set the file's mtime. No hashes are reported.
 * - rename, move and copy check that the target is free and then act: two processes racing for one name can both
 *   pass the check (the filesystem has no portable "rename unless exists" for folders).
 * - No ids: the path is the identity.
 */
export function createLocalStore(options: LocalStoreOptions): FileStore {
  const rootInput = resolve(options.root);
  let rootReal: string | undefined;

  async function root(operation: string): Promise<string> {
    if (rootReal !== undefined) return rootReal;
    try {
      rootReal = await realpath(rootInput);
    } catch (error) {
      throw fsError(error, operation, '/', `the root folder ${rootInput} is not readable`);
    }
    return rootReal;
  }

  /** The absolute path of a store path, after the escape checks. `target`: the last segment is about to be created. */
  async function locate(path: string, operation: string, target = false): Promise<string> {
    const segments: string[] = [];
    for (const segment of path.split('/')) {
      if (segment === '' || segment === '.') continue;
      if (segment === '..') {
        if (segments.length === 0) throw new OutsideRootError(`${path} is outside the root folder`, details(operation));
        segments.pop();
        continue;
      }
      if (segment.includes('\u0000') || (sep === '\\' && /[\\:]/.test(segment))) {
        throw new ConflictError(`invalid name: ${JSON.stringify(segment)}`, details(operation));
      }
      segments.push(segment);
    }
    const last = segments.length - 1;
    segments.forEach((segment, index) => {
      if (!isPartialName(segment)) return;
      if (target && index === last) {
        throw new ConflictError(`${segment} is reserved for partial transfers`, details(operation));
      }
      throw new NotFoundError(`${normalizePath(path)} does not exist`, details(operation));
    });
    const base = await root(operation);
    const absolute = join(base, ...segments);
    await contained(base, absolute, path, operation);
    return absolute;
  }

  async function contained(base: string, absolute: string, path: string, operation: string): Promise<void> {
    let probe = absolute;
    for (;;) {
      let real: string;
      try {
        real = await realpath(probe);
      } catch (error) {
        const code = errorCode(error);
        // Not there yet (or a dangling link): what matters is where its nearest existing ancestor is.
        if ((code === 'ENOENT' || code === 'ENOTDIR') && probe !== base) {
          probe = dirname(probe);
          continue;
        }
        throw fsError(error, operation, path);
      }
      if (real !== base && !real.startsWith(base.endsWith(sep) ? base : base + sep)) {
        throw new OutsideRootError(`${normalizePath(path)} leads outside the root folder`, details(operation));
      }
      return;
    }
  }

  async function info(absolute: string, path: string, operation: string): Promise<Stats> {
    try {
      return await stat(absolute);
    } catch (error) {
      throw fsError(error, operation, path);
    }
  }

  async function folderAt(path: string, operation: string): Promise<string> {
    const absolute = await locate(path, operation);
    const found = await info(absolute, path, operation);
    if (!found.isDirectory()) throw new ConflictError(`${normalizePath(path)} is not a folder`, details(operation));
    return absolute;
  }

  async function exists(absolute: string): Promise<boolean> {
    try {
      await lstat(absolute);
      return true;
    } catch (error) {
      if (errorCode(error) === 'ENOENT') return false;
      throw error;
    }
  }

  function notRoot(path: string, operation: string): void {
    if (normalizePath(path) === '/') throw new ConflictError('the root folder cannot be changed', details(operation));
  }

  async function visibleChildren(absolute: string): Promise<string[]> {
    return (await readdir(absolute)).filter((name) => !isPartialName(name));
  }

  async function entryAt(path: string, operation: string): Promise<FileEntry> {
    const absolute = await locate(path, operation);
    return toEntry(path, await info(absolute, path, operation));
  }

  async function guarded<T>(operation: string, path: string, run: () => Promise<T>): Promise<T> {
    try {
      return await run();
    } catch (error) {
      throw fsError(error, operation, path);
    }
  }

  const store: FileStore = {
    provider,
    capabilities: CAPABILITIES,

    async *list(path) {
      const absolute = await folderAt(path, 'list');
      const base = await root('list');
      const names = await guarded('list', path, () => visibleChildren(absolute));
      for (const name of names.sort()) {
        const child = join(absolute, name);
        const childPath = joinPath(path, name);
        let found: Stats;
        try {
          found = await lstat(child);
          if (found.isSymbolicLink()) {
            await contained(base, child, childPath, 'list');
            found = await stat(child);
          }
        } catch {
          // Gone meanwhile, dangling, or pointing outside root: not part of the store.
          continue;
        }
        if (found.isFile() || found.isDirectory()) yield toEntry(childPath, found);
      }
    },

    async stat(path) {
      return entryAt(path, 'stat');
    },

    async mkdir(path, opts = {}) {
      const absolute = await locate(path, 'mkdir', true);
      if (normalizePath(path) === '/') {
        if (opts.recursive) return entryAt('/', 'mkdir');
        throw new ConflictError('/ already exists', details('mkdir'));
      }
      try {
        await mkdir(absolute, { recursive: opts.recursive === true });
      } catch (error) {
        if (errorCode(error) === 'ENOTDIR') {
          throw new ConflictError(`a parent of ${normalizePath(path)} is a file`, details('mkdir', error));
        }
        throw fsError(error, 'mkdir', path);
      }
      const made = await info(absolute, path, 'mkdir');
      // mkdir -p succeeds on an existing folder only; an existing file is a conflict, as in the memory store.
      if (!made.isDirectory()) throw new ConflictError(`${normalizePath(path)} is a file`, details('mkdir'));
      return toEntry(path, made);
    },

    async rename(path, newName) {
      notRoot(path, 'rename');
      if (!isValidName(newName) || isPartialName(newName)) {
        throw new ConflictError(`invalid name: ${JSON.stringify(newName)}`, details('rename'));
      }
      const from = await locate(path, 'rename');
      await info(from, path, 'rename');
      const targetPath = joinPath(parentPath(path), newName);
      if (newName === baseName(path)) return entryAt(targetPath, 'rename');
      const to = await locate(targetPath, 'rename', true);
      if (await exists(to)) throw new ConflictError(`${targetPath} already exists`, details('rename'));
      await guarded('rename', path, () => rename(from, to));
      return entryAt(targetPath, 'rename');
    },

    async move(path, toFolder) {
      notRoot(path, 'move');
      const from = await locate(path, 'move');
      const found = await info(from, path, 'move');
      await folderAt(toFolder, 'move');
      const targetPath = joinPath(toFolder, baseName(path));
      if (normalizePath(parentPath(path)) === normalizePath(toFolder)) return entryAt(targetPath, 'move');
      if (found.isDirectory() && isSubPath(toFolder, path)) {
        throw new ConflictError(`cannot move ${normalizePath(path)} into itself`, details('move'));
      }
      const to = await locate(targetPath, 'move', true);
      if (await exists(to)) throw new ConflictError(`${targetPath} already exists`, details('move'));
      await guarded('move', path, () => rename(from, to));
      return entryAt(targetPath, 'move');
    },

    async copy(path, toFolder) {
      notRoot(path, 'copy');
      const from = await locate(path, 'copy');
      const found = await info(from, path, 'copy');
      await folderAt(toFolder, 'copy');
      const targetPath = joinPath(toFolder, baseName(path));
      if (found.isDirectory() && isSubPath(toFolder, path)) {
        throw new ConflictError(`cannot copy ${normalizePath(path)} into itself`, details('copy'));
      }
      const to = await locate(targetPath, 'copy', true);
      if (await exists(to)) throw new ConflictError(`${targetPath} already exists`, details('copy'));
      await guarded('copy', path, async () => {
        if (found.isDirectory()) {
          await cp(from, to, {
            recursive: true,
            errorOnExist: true,
            force: false,
            filter: (source) => !isPartialName(source),
          });
        } else {
          await copyFile(from, to, constants.COPYFILE_EXCL);
        }
      });
      return entryAt(targetPath, 'copy');
    },

    async delete(path, opts = {}) {
      notRoot(path, 'delete');
      const absolute = await locate(path, 'delete');
      const found = await guarded('delete', path, () => lstat(absolute));
      if (!found.isDirectory()) {
        // A file, or a symlink: the link goes, never what it points to.
        await guarded('delete', path, () => rm(absolute));
        return;
      }
      if (!opts.recursive && (await guarded('delete', path, () => visibleChildren(absolute))).length > 0) {
        throw new ConflictError(`${normalizePath(path)} is not empty`, details('delete'));
      }
      await guarded('delete', path, () =>
        opts.recursive ? rm(absolute, { recursive: true }) : rmEmptyFolder(absolute),
      );
    },

    async upload(path, body, opts = {}) {
      notRoot(path, 'upload');
      if (!isValidName(baseName(path))) {
        throw new ConflictError(`invalid name: ${JSON.stringify(baseName(path))}`, details('upload'));
      }
      // Located before the parent: parentPath would clamp a '..' above root instead of refusing it.
      const absolute = await locate(path, 'upload', true);
      await folderAt(parentPath(path), 'upload');
      const existing = await guarded('upload', path, async () => ((await exists(absolute)) ? stat(absolute) : null));
      if (existing?.isDirectory()) throw new ConflictError(`${normalizePath(path)} is a folder`, details('upload'));
      if (existing !== null && !opts.overwrite) {
        throw new ConflictError(`${normalizePath(path)} already exists`, details('upload'));
      }
      const context = details('upload');
      const stream = await guarded('upload', path, async () =>
        toByteStream(typeof body.source === 'function' ? await body.source() : body.source),
      );
      // checkedBody brings the declared-size check, abort and progress that a network upload has.
      const checked = checkedBody(new Response(stream), context, {
        idleTimeoutMs: 0,
        ...(body.size === undefined ? {} : { expectedSize: body.size }),
        ...(opts.signal === undefined ? {} : { signal: opts.signal }),
        ...(body.onProgress === undefined ? {} : { onProgress: body.onProgress }),
      });
      await writeFileAtomic(checked, absolute, {
        provider,
        operation: 'upload',
        overwrite: opts.overwrite === true,
        ...(opts.modified === undefined ? {} : { modified: opts.modified }),
      });
      return entryAt(path, 'upload');
    },

    async download(path, opts = {}) {
      const absolute = await locate(path, 'download');
      const found = await info(absolute, path, 'download');
      if (!found.isFile()) throw new ConflictError(`${normalizePath(path)} is a folder`, details('download'));
      const web = Readable.toWeb(createReadStream(absolute, { highWaterMark: FILE_READ_BYTES }));
      const response = new Response(web as ReadableStream<Uint8Array>);
      return checkedBody(response, details('download'), { expectedSize: found.size, ...opts });
    },

    async setModified(path, modified) {
      const absolute = await locate(path, 'setModified');
      const found = await info(absolute, path, 'setModified');
      if (!found.isFile()) throw new ConflictError(`${normalizePath(path)} is a folder`, details('setModified'));
      await guarded('setModified', path, () => utimes(absolute, modified, modified));
      return entryAt(path, 'setModified');
    },
  };
  return store;
}

async function rmEmptyFolder(absolute: string): Promise<void> {
  // Only partial files (abandoned transfers) can be left inside: they go with the folder.
  for (const name of await readdir(absolute)) if (isPartialName(name)) await rm(join(absolute, name), { force: true });
  await rmdir(absolute);
}

function toEntry(path: string, found: Stats): FileEntry {
  const normal = normalizePath(path);
  const name = baseName(normal);
  return found.isDirectory()
    ? { name, path: normal, kind: 'folder', modified: found.mtime }
    : { name, path: normal, kind: 'file', size: found.size, modified: found.mtime };
}

function details(operation: string, cause?: unknown): { provider: 'local'; operation: string; cause?: unknown } {
  return cause === undefined ? { provider, operation } : { provider, operation, cause };
}

function errorCode(error: unknown): string | undefined {
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === 'string' ? code : undefined;
}

/** Maps a node:fs error to core's classes; the message names the store path (not the absolute path on disk). */
function fsError(error: unknown, operation: string, path: string, message?: string): FileClientError {
  if (isFileClientError(error)) return error;
  const code = errorCode(error);
  const base = { provider, operation, cause: error, ...(code === undefined ? {} : { code }) };
  const at = normalizePath(path);
  switch (code) {
    case 'ENOENT':
    case 'ENOTDIR':
      return new NotFoundError(message ?? `${at} does not exist`, base);
    case 'EEXIST':
      return new ConflictError(message ?? `${at} already exists`, base);
    case 'ENOTEMPTY':
      return new ConflictError(message ?? `${at} is not empty`, base);
    case 'EISDIR':
      return new ConflictError(message ?? `${at} is a folder`, base);
    case 'ENOSPC':
    case 'EDQUOT':
      return new QuotaError(message ?? `no space left writing ${at}`, base);
    case 'EACCES':
    case 'EPERM':
      return new AuthError(message ?? `permission denied on ${at}`, base);
    default:
      return new FileClientError(message ?? `could not access ${at}${code ? ` (${code})` : ''}`, base);
  }
}
