import { randomBytes } from 'node:crypto';
import { type FileEntry, isFileClientError, joinPath, parentPath } from '@fileclients/core';
import { isPartialName, PARTIAL_SUFFIX } from '@fileclients/core/node';
import type { Location } from './connect.js';
import { isRetryable } from './errors.js';

export interface SendOptions {
  readonly signal?: AbortSignal;
  /** Attempts per file (default 3). */
  readonly retries?: number;
  readonly onProgress?: (bytes: number) => void;
  /** Pause between attempts; tests make it 0. */
  readonly backoffMs?: number;
}

/**
 * Copies one file from `src` (a file entry in `from`) to `dstPath` in `to.store`, losslessly: the data goes to a
 * partial name next to the target and is renamed into place once complete, so a kill at any moment leaves no short
 * file under the final name. The local store does that itself on upload. `existed` says a file is already at
 * `dstPath` (it is replaced). Streams end to end; a failed attempt is retried with a fresh download.
 */
export async function sendFile(
  from: Location,
  src: FileEntry,
  to: Location,
  dstPath: string,
  existed: boolean,
  options: SendOptions = {},
): Promise<void> {
  const attempts = Math.max(1, options.retries ?? 3);
  for (let attempt = 1; ; attempt++) {
    try {
      await sendOnce(from, src, to, dstPath, existed, options);
      return;
    } catch (error) {
      if (options.signal?.aborted || attempt >= attempts || !isRetryable(error)) throw error;
      // The failed attempt may have replaced the target already; the next one overwrites whatever is there.
      existed = true;
      const pause = (options.backoffMs ?? 500) * 2 ** (attempt - 1) * (0.5 + Math.random() / 2);
      await new Promise((resolve) => setTimeout(resolve, pause));
    }
  }
}

async function sendOnce(
  from: Location,
  src: FileEntry,
  to: Location,
  dstPath: string,
  existed: boolean,
  options: SendOptions,
): Promise<void> {
  const signal = options.signal;
  const body = {
    source: () => from.store.download(src.path, signal ? { signal } : {}),
    ...(src.size === undefined ? {} : { size: src.size }),
    ...(options.onProgress ? { onProgress: (p: { bytes: number }) => options.onProgress?.(p.bytes) } : {}),
  };
  const uploadOptions = {
    ...(src.modified ? { modified: src.modified } : {}),
    ...(signal ? { signal } : {}),
  };
  if (to.store.provider === 'local') {
    await to.store.upload(dstPath, body, { ...uploadOptions, overwrite: true });
    return;
  }
  const name = dstPath.slice(dstPath.lastIndexOf('/') + 1);
  const partial = joinPath(parentPath(dstPath), partialName(name));
  try {
    await to.store.upload(partial, body, { ...uploadOptions, overwrite: false });
    if (existed) await deleteIfThere(to, dstPath);
    await to.store.rename(partial, name);
  } catch (error) {
    await to.store.delete(partial).catch(() => undefined);
    throw error;
  }
}

/**
 * `.a.txt.<random>.fileclients-partial.txt`: hidden, unique per attempt, and ending in the target's extension
 * because Carbonio keeps a file's extension on rename (the rename into place would otherwise be refused).
 */
export function partialName(name: string): string {
  const dot = name.lastIndexOf('.');
  const extension = dot > 0 ? name.slice(dot) : '';
  return `.${name}.${randomBytes(6).toString('hex')}${PARTIAL_SUFFIX}${extension}`;
}

/** A partial file of an unfinished transfer (ours, or the local store's own): core's one test for both shapes. */
export const isPartial = isPartialName;

async function deleteIfThere(to: Location, path: string): Promise<void> {
  try {
    await to.store.delete(path);
  } catch (error) {
    if (!(isFileClientError(error) && error.kind === 'not-found')) throw error;
  }
}
