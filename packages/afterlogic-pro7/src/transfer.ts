import { AuthError, checkedBody, httpStatusError, NotFoundError, type ProgressListener } from '@fileclients/core';
import { PROVIDER, protocolError } from './errors.js';
import type { CallOptions, Pro7Context } from './protocol.js';
import type { FileStorageItem, StorageType } from './types.js';

export type RawAction = 'FilesDownload' | 'FilesView' | 'FilesThumbnail';

export interface LinkOptions {
  /** `token` puts the AuthToken in the URL (works anywhere, treat the URL as a secret); `cookie` needs the session cookie. */
  readonly form?: 'token' | 'cookie';
}

export interface DownloadOptions extends CallOptions {
  readonly type?: StorageType;
  /** FilesView (inline) instead of FilesDownload (attachment). */
  readonly view?: boolean;
  readonly onProgress?: ProgressListener;
}

/** The Raw URL of a file Hash, in the documented token form `.../{Hash}/0/hash/{AuthToken}` or the cookie form. */
export function rawUrl(context: Pro7Context, action: RawAction, hash: string, options: LinkOptions = {}): string {
  if (hash === '') throw protocolError(action, 'folders have no Hash and cannot be downloaded');
  const form = options.form ?? (context.mode === 'cookie' ? 'cookie' : 'token');
  const accountId = context.state.accountId ?? 0;
  const prefix = `${context.base}/Raw/${action}/${accountId}/${encodeURIComponent(hash)}`;
  if (form === 'cookie') return prefix;
  const token = context.state.authToken;
  if (token === undefined) {
    throw new AuthError('a token link needs an AuthToken: log in first', { provider: PROVIDER, operation: action });
  }
  return `${prefix}/0/hash/${encodeURIComponent(token)}`;
}

async function rawDownload(
  context: Pro7Context,
  operation: string,
  url: string,
  options: DownloadOptions,
  what: string,
): Promise<ReadableStream<Uint8Array>> {
  // A GET only reads: core retries it after a 5xx, a 429 (waiting its Retry-After) or a reset.
  const { signal, timeoutMs, idleTimeoutMs = context.caller.idleTimeoutMs, onProgress } = options;
  const response = await context.caller.open(
    { name: operation, safe: true, relogin: false, url, init: { method: 'GET', redirect: 'error' } },
    { signal, timeoutMs, idleTimeoutMs },
  );
  if (!response.ok) {
    await response.body?.cancel().catch(() => undefined);
    // Raw answers 404 with an empty body for every failure: unknown hash, missing file, bad or expired token.
    throw response.status === 404
      ? new NotFoundError(`${what} was not found, or the session is not valid (HTTP 404)`, {
          provider: PROVIDER,
          operation,
          status: 404,
        })
      : httpStatusError(response, { provider: PROVIDER, operation });
  }
  // Progress, the idle timeout between chunks, and a body shorter than Content-Length failing instead of ending.
  return checkedBody(response, { provider: PROVIDER, operation }, { signal, idleTimeoutMs, onProgress });
}

export function download(
  context: Pro7Context,
  item: FileStorageItem,
  options: DownloadOptions,
): Promise<ReadableStream<Uint8Array>> {
  if (item.IsFolder) throw protocolError('FilesDownload', `"${item.FullPath}" is a folder`);
  const action: RawAction = options.view ? 'FilesView' : 'FilesDownload';
  return rawDownload(context, action, rawUrl(context, action, item.Hash), options, `"${item.FullPath}"`);
}

export function downloadPublic(
  context: Pro7Context,
  urlOrHash: string,
  options: DownloadOptions,
): Promise<ReadableStream<Uint8Array>> {
  const match = /\/Min\/(?:Share|Download)\/([^/?&#]+)$/.exec(urlOrHash);
  const hash = match?.[1] ?? urlOrHash;
  return rawDownload(
    context,
    'MinDownload',
    `${context.base}/Min/Download/${encodeURIComponent(hash)}`,
    options,
    'the public file',
  );
}
