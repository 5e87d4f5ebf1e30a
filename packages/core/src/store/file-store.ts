import type { DownloadOptions } from '../download.js';
import type { ProviderId } from '../errors.js';
import type { UploadBody } from '../transfer.js';

/** Content hash algorithms a provider may report. */
export type HashAlgorithm = 'sha1' | 'md5' | 'sha256';

/** One file or folder as every provider reports it. Paths are '/'-rooted, without trailing slash. */
export interface FileEntry {
  readonly name: string;
  readonly path: string;
  /** The provider's own id, for id-based providers (Carbonio node id, Box file/folder id). */
  readonly id?: string;
  readonly kind: 'file' | 'folder';
  /** Bytes; absent for folders when the provider does not report it. */
  readonly size?: number;
  readonly modified?: Date;
  /**
   * Content hashes the provider reported on the wire for this file, lowercase hex; absent when it reports none.
   * Never computed by an adapter behind the caller's back (see each package README for which it reports).
   */
  readonly hashes?: Partial<Record<HashAlgorithm, string>>;
  /** The provider's record, untouched, for fields the common shape lacks. */
  readonly raw?: unknown;
}

/**
 * What a provider can do; the conformance suite skips, with a reason, what a store declares it cannot.
 * Flags are conservative: true means the provider does it natively and the adapter relies on it.
 */
export interface StoreCapabilities {
  readonly copy: boolean;
  readonly move: boolean;
  readonly rename: boolean;
  /** upload({ overwrite: true }) replaces an existing file in one call. */
  readonly overwrite: boolean;
  /** Zero-byte files can be uploaded and downloaded. */
  readonly emptyFiles: boolean;
  /** delete({ recursive: true }) removes a non-empty folder. */
  readonly recursiveDelete: boolean;
  /** Upload size must be known in advance (no chunked streaming of unknown length). */
  readonly requiresUploadSize: boolean;
  /** Modification times are reported by list/stat. */
  readonly modifiedTimes: boolean;
  /**
   * upload({ modified }) is honoured: list/stat then report that time (to the provider's precision, at worst whole
   * seconds). Absent means false: the option is ignored and the provider sets its own time.
   */
  readonly uploadModified?: boolean;
  /** The store has setModified(), which sets an existing file's time the same way. Absent means false. */
  readonly setModified?: boolean;
  /** Which hashes list/stat report on files. Absent or empty means none. */
  readonly hashes?: readonly HashAlgorithm[];
}

export interface ListOptions {
  readonly signal?: AbortSignal;
}

export interface MkdirOptions {
  /** Create missing parents, and succeed when the folder already exists. */
  readonly recursive?: boolean;
  readonly signal?: AbortSignal;
}

export interface DeleteOptions {
  /** Required to delete a non-empty folder; without it that is a ConflictError. */
  readonly recursive?: boolean;
  readonly signal?: AbortSignal;
}

export interface StoreUploadOptions {
  /** Replace an existing file; without it an existing file is a ConflictError. */
  readonly overwrite?: boolean;
  /**
   * The modification time the file should carry (a copy keeping its source's time). Honoured when
   * `capabilities.uploadModified` is true; otherwise ignored and the provider sets its own time.
   */
  readonly modified?: Date;
  readonly signal?: AbortSignal;
}

/**
 * The cross-provider files interface. Errors are core classes: a missing path is NotFoundError, an existing target
 * (or a non-empty folder deleted without `recursive`) is ConflictError, a wrong kind (listing a file, uploading onto
 * a folder) is ConflictError too. Semantics are those of `createMemoryStore`, the reference implementation.
 */
export interface FileStore {
  readonly provider: ProviderId;
  readonly capabilities: StoreCapabilities;
  /** The children of a folder, in provider order, lazily (providers page underneath). */
  list(path: string, options?: ListOptions): AsyncIterable<FileEntry>;
  stat(path: string, options?: { signal?: AbortSignal }): Promise<FileEntry>;
  mkdir(path: string, options?: MkdirOptions): Promise<FileEntry>;
  /** Renames in place: `newName` is a name, not a path. */
  rename(path: string, newName: string, options?: { signal?: AbortSignal }): Promise<FileEntry>;
  /** Moves into the existing folder `toFolder`, keeping the name. */
  move(path: string, toFolder: string, options?: { signal?: AbortSignal }): Promise<FileEntry>;
  /** Copies into the existing folder `toFolder`, keeping the name; folders are copied recursively. */
  copy(path: string, toFolder: string, options?: { signal?: AbortSignal }): Promise<FileEntry>;
  delete(path: string, options?: DeleteOptions): Promise<void>;
  /** Writes the file at `path` (its parent must exist). */
  upload(path: string, body: UploadBody, options?: StoreUploadOptions): Promise<FileEntry>;
  download(path: string, options?: DownloadOptions): Promise<ReadableStream<Uint8Array>>;
  /** Sets a file's modification time; present only where `capabilities.setModified` is true. */
  setModified?(path: string, modified: Date, options?: { signal?: AbortSignal }): Promise<FileEntry>;
}
