import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import type { ProgressListener, UploadBody } from '../transfer.js';

export interface FileSourceOptions {
  readonly contentType?: string;
  readonly onProgress?: ProgressListener;
  /** Read size per chunk. Default 256 KiB: fewer, larger chunks move bulk data faster at the same bounded memory. */
  readonly chunkBytes?: number;
}

/**
 * An upload body that streams a file from disk. Its size is known (Content-Length is sent) and its source is a
 * factory, so a retry reopens the file instead of replaying a consumed stream.
 */
export async function fileSource(path: string, options: FileSourceOptions = {}): Promise<UploadBody> {
  const info = await stat(path);
  if (!info.isFile()) throw new Error(`not a regular file: ${path}`);
  const highWaterMark = options.chunkBytes ?? 256 * 1024;
  return {
    source: () => createReadStream(path, { highWaterMark }),
    size: info.size,
    ...(options.contentType === undefined ? {} : { contentType: options.contentType }),
    ...(options.onProgress === undefined ? {} : { onProgress: options.onProgress }),
  };
}
