import {
  ConflictError,
  type FileEntry,
  type FileStore,
  NotFoundError,
  type StoreCapabilities,
  type UploadBody,
} from '@fileclients/core';
import type { FileCloudClient } from './client.js';
import { PROVIDER } from './errors.js';
import type { FileCloudEntry } from './normalize.js';
import type { UploadSource } from './transfer.js';

const CAPABILITIES: StoreCapabilities = {
  copy: true,
  move: true,
  rename: true,
  overwrite: true,
  emptyFiles: true,
  recursiveDelete: true,
  // Every slice carries `filesize`, so a stream of unknown length cannot be uploaded.
  requiresUploadSize: true,
  modifiedTimes: true,
  // upload's `date` parameter (UTC "YYYY-MM-DD HH:MM:SS", whole seconds): documented by the vendor's Swagger and sent
  // by its Python SDK. There is no call that only changes a time, hence no setModified.
  uploadModified: true,
};

function toFileEntry(entry: FileCloudEntry): FileEntry {
  return {
    name: entry.name,
    path: entry.path,
    kind: entry.kind,
    ...(entry.size === undefined || entry.kind === 'folder' ? {} : { size: entry.size }),
    ...(entry.modified === undefined ? {} : { modified: entry.modified }),
    raw: entry.raw,
  };
}

function split(path: string): { parent: string; name: string } {
  const clean = path.replace(/\/+$/, '');
  const at = clean.lastIndexOf('/');
  return { parent: at <= 0 ? '/' : clean.slice(0, at), name: clean.slice(at + 1) };
}

async function statOrUndefined(client: FileCloudClient, path: string): Promise<FileCloudEntry | undefined> {
  try {
    return await client.stat(path);
  } catch (error) {
    if (error instanceof NotFoundError) return undefined;
    throw error;
  }
}

async function resolveSource(body: UploadBody): Promise<UploadSource> {
  const source = typeof body.source === 'function' ? await body.source() : body.source;
  return source instanceof ArrayBuffer ? new Uint8Array(source) : source;
}

/**
 * The cross-provider FileStore over a FileCloud user session. Paths are FileCloud paths (`/<user>/…`). FileCloud
 * answers "exists" and "kind" questions only through fileinfo, so the adapter stats where the interface promises a
 * ConflictError (uploading onto a folder, deleting a non-empty folder without `recursive`, listing a file).
 */
export function createFileCloudStore(client: FileCloudClient): FileStore {
  const conflict = (operation: string, message: string): ConflictError =>
    new ConflictError(message, { provider: PROVIDER, operation });
  return {
    provider: PROVIDER,
    capabilities: CAPABILITIES,
    async *list(path) {
      try {
        for await (const entry of client.listAll(path)) yield toFileEntry(entry);
      } catch (error) {
        if (error instanceof NotFoundError && (await statOrUndefined(client, path))?.kind === 'file') {
          throw conflict('getfilelist', `${path} is a file, not a folder`);
        }
        throw error;
      }
    },
    async stat(path) {
      return toFileEntry(await client.stat(path));
    },
    async mkdir(path, options = {}) {
      const existing = await statOrUndefined(client, path);
      if (existing) {
        if (options.recursive && existing.kind === 'folder') return toFileEntry(existing);
        throw conflict('createfolder', `${path} already exists`);
      }
      const { parent, name } = split(path);
      if (options.recursive && parent !== '/' && !(await statOrUndefined(client, parent))) {
        await this.mkdir(parent, { recursive: true });
      }
      await client.createFolder(parent, name);
      return toFileEntry(await client.stat(path));
    },
    async rename(path, newName) {
      await client.rename(path, newName);
      return toFileEntry(await client.stat(`${split(path).parent.replace(/\/$/, '')}/${newName}`));
    },
    async move(path, toFolder) {
      const target = `${toFolder.replace(/\/$/, '')}/${split(path).name}`;
      await client.move(path, target);
      return toFileEntry(await client.stat(target));
    },
    async copy(path, toFolder) {
      const target = `${toFolder.replace(/\/$/, '')}/${split(path).name}`;
      if (await statOrUndefined(client, target)) throw conflict('copyfile', `${target} already exists`);
      await client.copy(path, toFolder);
      return toFileEntry(await client.stat(target));
    },
    async delete(path, options = {}) {
      const entry = await client.stat(path);
      if (entry.kind === 'folder' && !options.recursive) {
        const page = await client.list(path, { limit: 1 });
        if (page.entries.length > 0) throw conflict('deletefile', `${path} is not empty; pass recursive: true`);
      }
      await client.delete(path);
    },
    async upload(path, body, options = {}) {
      const existing = await statOrUndefined(client, path);
      if (existing?.kind === 'folder') throw conflict('upload', `${path} is a folder`);
      if (existing && !options.overwrite) throw conflict('upload', `${path} already exists`);
      await client.upload(path, await resolveSource(body), {
        ...(body.size === undefined ? {} : { size: body.size }),
        ...(body.onProgress ? { onProgress: body.onProgress } : {}),
        ...(options.signal ? { signal: options.signal } : {}),
        ...(options.overwrite ? {} : { noOverwrite: true }),
        ...(options.modified ? { modified: options.modified } : {}),
      });
      return toFileEntry(await client.stat(path));
    },
    async download(path, options = {}) {
      return client.download(path, {
        ...(options.onProgress ? { onProgress: options.onProgress } : {}),
        ...(options.signal ? { signal: options.signal } : {}),
      });
    },
  };
}
