/**
 * Runs in the page: the steps each browser test drives through `window.scenario`, over one provider's FileStore.
 * Every step answers plain JSON (names, sizes, digests, progress counts, error classes), so the test asserts values.
 */
import { type FileStore, isAbortError, isAuthError, isNotFoundError, readBlob } from '@fileclients/core';

export interface Connection {
  readonly store: FileStore;
  /** The folder the steps work in (FileCloud: the user's home). */
  readonly root: string;
  logout(): Promise<void>;
}

export type Connect = (env: Readonly<Record<string, string>>) => Promise<Connection>;

export interface Failure {
  readonly error: string;
  readonly message: string;
  readonly abort: boolean;
  readonly notFound: boolean;
  readonly auth: boolean;
}

export interface Scenario {
  login(env: Readonly<Record<string, string>>): Promise<{ root: string; names: string[] }>;
  list(path: string): Promise<Array<{ name: string; kind: string; size: number | undefined }>>;
  mkdir(path: string): Promise<{ name: string; kind: string }>;
  upload(path: string, size: number): Promise<{ size: number | undefined; progress: number[]; total: number[] }>;
  download(path: string): Promise<{ size: number; sha256: string; progress: number[] }>;
  abortUpload(path: string, size: number): Promise<Failure | 'completed'>;
  abortDownload(path: string): Promise<Failure | 'completed'>;
  stat(path: string): Promise<{ name: string; size: number | undefined } | Failure>;
  logout(): Promise<'done'>;
}

declare global {
  interface Window {
    scenario: Scenario;
  }
}

/** The bytes every test uploads: position-dependent, so a shifted or truncated copy changes the digest. */
export function pattern(size: number): Uint8Array {
  const bytes = new Uint8Array(size);
  for (let i = 0; i < size; i++) bytes[i] = (i * 31 + (i >>> 10)) & 0xff;
  return bytes;
}

function failure(error: unknown): Failure {
  return {
    error: error instanceof Error ? error.constructor.name : typeof error,
    message: error instanceof Error ? error.message : String(error),
    abort: isAbortError(error),
    notFound: isNotFoundError(error),
    auth: isAuthError(error),
  };
}

async function sha256(blob: Blob): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', await blob.arrayBuffer());
  return Array.from(new Uint8Array(digest), (b) => b.toString(16).padStart(2, '0')).join('');
}

const nameOf = (path: string): string => path.slice(path.lastIndexOf('/') + 1);

export function install(connect: Connect): void {
  let connection: Connection | undefined;
  const store = (): FileStore => {
    if (connection === undefined) throw new Error('login first');
    return connection.store;
  };
  window.scenario = {
    async login(env) {
      connection = await connect(env);
      const names: string[] = [];
      for await (const entry of connection.store.list(connection.root)) names.push(entry.name);
      return { root: connection.root, names };
    },
    async list(path) {
      const out: Array<{ name: string; kind: string; size: number | undefined }> = [];
      for await (const entry of store().list(path)) out.push({ name: entry.name, kind: entry.kind, size: entry.size });
      return out;
    },
    async mkdir(path) {
      const entry = await store().mkdir(path);
      return { name: entry.name, kind: entry.kind };
    },
    async upload(path, size) {
      const file = new File([pattern(size) as BlobPart], nameOf(path), { type: 'application/octet-stream' });
      const progress: number[] = [];
      const total: number[] = [];
      const entry = await store().upload(path, {
        source: file,
        size: file.size,
        onProgress: (p) => {
          progress.push(p.bytes);
          if (p.total !== undefined) total.push(p.total);
        },
      });
      return { size: entry.size, progress, total };
    },
    async download(path) {
      const progress: number[] = [];
      const stream = await store().download(path, { onProgress: (p) => progress.push(p.bytes) });
      const blob = await readBlob(stream);
      return { size: blob.size, sha256: await sha256(blob), progress };
    },
    async abortUpload(path, size) {
      const controller = new AbortController();
      const file = new File([pattern(size) as BlobPart], nameOf(path));
      try {
        await store().upload(
          path,
          {
            source: file,
            size: file.size,
            onProgress: (p) => {
              if (p.bytes > 0) controller.abort();
            },
          },
          { signal: controller.signal },
        );
        return 'completed';
      } catch (error) {
        return failure(error);
      }
    },
    async abortDownload(path) {
      const controller = new AbortController();
      try {
        const stream = await store().download(path, {
          signal: controller.signal,
          onProgress: (p) => {
            if (p.bytes > 0) controller.abort();
          },
        });
        // readBlob, not Response(stream).blob(): Chromium would replace the stream's error with a TypeError.
        await readBlob(stream);
        return 'completed';
      } catch (error) {
        return failure(error);
      }
    },
    async stat(path) {
      try {
        const entry = await store().stat(path);
        return { name: entry.name, size: entry.size };
      } catch (error) {
        return failure(error);
      }
    },
    async logout() {
      await connection?.logout();
      connection = undefined;
      return 'done';
    },
  };
}
