import { type FileHandle, link, open, rename, unlink } from 'node:fs/promises';
import { dirname } from 'node:path';
import { checkedBody, type DownloadOptions } from '../download.js';
import {
  ConflictError,
  errorFromStatus,
  FileClientError,
  isFileClientError,
  NotFoundError,
  type ProviderId,
  QuotaError,
} from '../errors.js';
import { partialPath } from './partial.js';

export interface DownloadToFileOptions extends DownloadOptions {
  readonly provider: ProviderId;
  readonly operation: string;
  /** Replace an existing file (default true). With false an existing target is a ConflictError and is kept. */
  readonly overwrite?: boolean;
  /** File mode of the new file. Default 0o644 (minus umask). */
  readonly mode?: number;
  /** Modification (and access) time to give the file, set before it appears under its final name. */
  readonly modified?: Date;
}

export interface DownloadResult {
  readonly path: string;
  readonly bytes: number;
}

/**
 * Writes a download to `path` atomically: into a temp file in the same folder (so the final rename never crosses a
 * filesystem), fsync, then rename. On any failure (network, truncation, timeout, abort, disk) the temp file is
 * removed and an existing target is left untouched: a partial file never appears under `path`.
 */
export async function downloadToFile(
  source: Response | (() => Promise<Response>),
  path: string,
  options: DownloadToFileOptions,
): Promise<DownloadResult> {
  const context = { provider: options.provider, operation: options.operation };
  let body: ReadableStream<Uint8Array>;
  try {
    const response = typeof source === 'function' ? await source() : source;
    if (!response.ok) {
      // An error page must not become the file.
      await response.body?.cancel().catch(() => undefined);
      throw errorFromStatus(response.status, context);
    }
    body = checkedBody(response, context, options);
  } catch (error) {
    throw toFileError(error, context, path);
  }
  return writeFileAtomic(body, path, options);
}

/**
 * The write half of downloadToFile, shared with the local store's upload: streams `body` into a partial file next to
 * `path` (see isPartialName), fsyncs, optionally sets its times, then publishes it under `path` with one rename (or
 * link, when `overwrite` is false). On any failure the partial file is removed and an existing target is untouched.
 */
export async function writeFileAtomic(
  body: ReadableStream<Uint8Array>,
  path: string,
  options: Omit<DownloadToFileOptions, keyof DownloadOptions>,
): Promise<DownloadResult> {
  const context = { provider: options.provider, operation: options.operation };
  const temp = partialPath(path);
  let handle: FileHandle | undefined;
  let created = false;
  const reader = body.getReader();
  try {
    // 'wx': never follow or reuse something already at the temp name.
    handle = await open(temp, 'wx', options.mode ?? 0o644);
    created = true;
    const bytes = await writeChunks(reader, handle);
    await handle.sync();
    if (options.modified !== undefined) await handle.utimes(options.modified, options.modified);
    await handle.close();
    handle = undefined;
    if (options.overwrite === false) {
      // link() fails with EEXIST instead of replacing: the no-overwrite check and the publish are one atomic step.
      await link(temp, path);
      await unlink(temp);
    } else {
      await rename(temp, path);
    }
    created = false;
    await syncDirectory(dirname(path));
    return { path, bytes };
  } catch (error) {
    await reader.cancel(error).catch(() => undefined);
    await handle?.close().catch(() => undefined);
    if (created) await unlink(temp).catch(() => undefined);
    throw toFileError(error, context, path);
  }
}

/** What writeChunks needs of a file: FileHandle's writev. */
export interface ChunkSink {
  writev(chunks: Uint8Array[]): Promise<{ bytesWritten: number }>;
}

/**
 * Bytes gathered into one writev while the previous write is in flight. 256-512 KiB measured best; 1 MiB writes are
 * slower in the kernel here (docs/decisions/0016-node-transfers.md).
 */
export const WRITE_GATHER_BYTES = 512 * 1024;

/**
 * Copies a body into a file with one write in flight while the next chunks are read: what arrives meanwhile is
 * gathered, up to WRITE_GATHER_BYTES, and written with one writev when the write before it is done. Reading and
 * writing overlap (the write runs on libuv's thread pool), and at most two batches are held, so memory stays bounded.
 * A failed write is the error and stops the copy; a short write is an error, never a silently shorter file.
 */
export async function writeChunks(reader: ReadableStreamDefaultReader<Uint8Array>, sink: ChunkSink): Promise<number> {
  let written = 0;
  let batch: Uint8Array[] = [];
  let batchBytes = 0;
  let inFlight: Promise<void> | undefined;
  let failure: { error: unknown } | undefined;
  const write = (): void => {
    const chunks = batch;
    const expected = batchBytes;
    batch = [];
    batchBytes = 0;
    // Settles to undefined either way, so a failure that lands while a read waits is never an unhandled rejection.
    inFlight = sink.writev(chunks).then(
      ({ bytesWritten }) => {
        inFlight = undefined;
        if (bytesWritten === expected) written += bytesWritten;
        else failure = { error: new Error(`short write: ${bytesWritten} of ${expected} bytes`) };
      },
      (error: unknown) => {
        inFlight = undefined;
        failure = { error };
      },
    );
  };
  const settled = async (): Promise<void> => {
    await inFlight;
    if (failure !== undefined) throw failure.error;
  };
  for (;;) {
    let next: ReadableStreamReadResult<Uint8Array>;
    try {
      next = await reader.read();
    } catch (error) {
      // A write that failed while the read waited is the cause; the read's error (say, the idle timeout) is not.
      throw failure === undefined ? error : failure.error;
    }
    if (failure !== undefined) throw failure.error;
    if (next.done) break;
    batch.push(next.value);
    batchBytes += next.value.byteLength;
    if (inFlight === undefined) write();
    else if (batchBytes >= WRITE_GATHER_BYTES) {
      await settled();
      write();
    }
  }
  await settled();
  if (batchBytes > 0) {
    write();
    await settled();
  }
  return written;
}

async function syncDirectory(folder: string): Promise<void> {
  // Makes the rename itself durable; not supported everywhere (Windows), hence best effort.
  let dir: FileHandle | undefined;
  try {
    dir = await open(folder, 'r');
    await dir.sync();
  } catch {
    // best effort
  } finally {
    await dir?.close().catch(() => undefined);
  }
}

function toFileError(error: unknown, context: { provider: ProviderId; operation: string }, path: string): unknown {
  if (isFileClientError(error)) return error;
  const code = (error as { code?: unknown } | null)?.code;
  const details = { ...context, cause: error, ...(typeof code === 'string' ? { code } : {}) };
  if (code === 'EEXIST') return new ConflictError(`${path} already exists`, details);
  if (code === 'EISDIR') return new ConflictError(`${path} is a folder`, details);
  if (code === 'ENOENT') return new NotFoundError(`target folder of ${path} does not exist`, details);
  if (code === 'ENOSPC' || code === 'EDQUOT') return new QuotaError(`no space left writing ${path}`, details);
  return new FileClientError(`could not write ${path}`, details);
}
