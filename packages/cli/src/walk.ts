import { createHash } from 'node:crypto';
import type { FileEntry, FileStore, HashAlgorithm } from '@fileclients/core';
import { streamChunks } from '@fileclients/core';
import { isPartial } from './send.js';

/** An entry under a walked folder, with its path relative to that folder ('a/b.txt'). */
export interface TreeEntry {
  readonly rel: string;
  readonly entry: FileEntry;
}

/**
 * Every entry under `path`, folders before their contents, depth first in the store's order. Partial files of
 * unfinished transfers are left out (they are not content); `partials` collects them when given.
 */
export async function* walk(
  store: FileStore,
  path: string,
  options: { signal?: AbortSignal; partials?: string[]; recursive?: boolean } = {},
): AsyncGenerator<TreeEntry> {
  const pending: { path: string; rel: string }[] = [{ path, rel: '' }];
  while (pending.length > 0) {
    const folder = pending.pop();
    if (folder === undefined) break;
    const subfolders: { path: string; rel: string }[] = [];
    for await (const entry of store.list(folder.path, options.signal ? { signal: options.signal } : {})) {
      if (entry.kind === 'file' && isPartial(entry.name)) {
        options.partials?.push(entry.path);
        continue;
      }
      const rel = folder.rel === '' ? entry.name : `${folder.rel}/${entry.name}`;
      yield { rel, entry };
      if (entry.kind === 'folder' && options.recursive !== false) subfolders.push({ path: entry.path, rel });
    }
    pending.push(...subfolders.reverse());
  }
}

/** The whole tree under `path` as a map from relative path; an absent folder is an empty tree. */
export async function readTree(
  store: FileStore,
  path: string,
  options: { signal?: AbortSignal; partials?: string[] } = {},
): Promise<Map<string, FileEntry>> {
  const tree = new Map<string, FileEntry>();
  for await (const { rel, entry } of walk(store, path, options)) tree.set(rel, entry);
  return tree;
}

export type Verdict = 'same' | 'differ';

export interface CompareOptions {
  /** Download and hash both sides when they share no reported hash. */
  readonly checksum?: boolean;
  readonly signal?: AbortSignal;
  /** Both stores, for --checksum. */
  readonly src?: FileStore;
  readonly dst?: FileStore;
}

/** Box and Carbonio keep whole seconds; a second of slack absorbs that without hiding a real change. */
const MTIME_SLACK_MS = 1000;

/**
 * Is `dst` already a copy of `src`? In order: sizes differ → differ. A hash of the same kind on both → equal
 * hashes. `--checksum` → download and hash both. Modification times on both → equal within a second, or the
 * destination newer (servers that cannot take the source's time stamp the upload time). Otherwise equal sizes.
 */
export async function compareFiles(src: FileEntry, dst: FileEntry, options: CompareOptions = {}): Promise<Verdict> {
  if (src.size !== undefined && dst.size !== undefined && src.size !== dst.size) return 'differ';
  const common = commonHash(src, dst);
  if (common !== undefined) return src.hashes?.[common] === dst.hashes?.[common] ? 'same' : 'differ';
  if (options.checksum && options.src && options.dst) {
    const [a, b] = await Promise.all([
      hashOf(options.src, src.path, options.signal),
      hashOf(options.dst, dst.path, options.signal),
    ]);
    return a === b ? 'same' : 'differ';
  }
  if (src.modified !== undefined && dst.modified !== undefined) {
    const delta = dst.modified.getTime() - src.modified.getTime();
    return delta >= -MTIME_SLACK_MS ? 'same' : 'differ';
  }
  return 'same';
}

function commonHash(a: FileEntry, b: FileEntry): HashAlgorithm | undefined {
  const kinds: HashAlgorithm[] = ['sha256', 'sha1', 'md5'];
  return kinds.find((k) => a.hashes?.[k] !== undefined && b.hashes?.[k] !== undefined);
}

/** sha1 of a file's content, streamed. */
export async function hashOf(store: FileStore, path: string, signal?: AbortSignal): Promise<string> {
  const hash = createHash('sha1');
  const stream = await store.download(path, signal ? { signal } : {});
  for await (const chunk of streamChunks(stream)) hash.update(chunk);
  return hash.digest('hex');
}
