import { toClientError } from '@fileclients/core';
import { PROVIDER } from './errors.js';

export interface CommandLike {
  readonly result?: string;
  readonly message?: string;
}

/** 20 MiB, the slice size of FileCloud's own SDK. */
export const DEFAULT_CHUNK_SIZE = 20 * 1024 * 1024;

export type UploadSource = Blob | Uint8Array | string | ReadableStream<Uint8Array> | AsyncIterable<Uint8Array>;

export interface TransferProgress {
  readonly bytes: number;
  readonly total?: number | undefined;
}

export interface UploadOptions {
  /** Total bytes; required for streams and iterables (FileCloud wants `filesize` on every slice). */
  readonly size?: number;
  /** Slice size in bytes (default 20 MiB). Slices are sent one after another. */
  readonly chunkSize?: number;
  /** Fail with ConflictError instead of replacing an existing file (`nofileoverwrite=1`). */
  readonly noOverwrite?: boolean;
  /** Replace only if the server copy still has this modification time (`iflastmodified`, passed through as given). */
  readonly ifLastModified?: string;
  /** Modification time to record (`date`, UTC "YYYY-MM-DD HH:MM:SS"); a Date is formatted for you. */
  readonly modified?: Date | string;
  /** Called after each slice the server accepted. */
  readonly onProgress?: (progress: TransferProgress) => void;
  readonly signal?: AbortSignal;
}

export interface DownloadOptions {
  /** Ask an object-storage backed server for a direct link (`redirect=1`); followed here without cookies. Default false. */
  readonly redirect?: boolean;
  readonly onProgress?: (progress: TransferProgress) => void;
  readonly signal?: AbortSignal;
}

/** A view Blob and streams accept (TS types a SharedArrayBuffer-backed view differently). */
export function own(bytes: Uint8Array): Uint8Array<ArrayBuffer> {
  return bytes.buffer instanceof ArrayBuffer ? (bytes as Uint8Array<ArrayBuffer>) : new Uint8Array(bytes);
}

export function failure(operation: string, error: unknown) {
  return toClientError(error, undefined, { provider: PROVIDER, operation });
}
