import { AuthError, errorFromStatus, NotFoundError } from '@fileclients/core';
import {
  chunksOf,
  countedDownload,
  isReplayable,
  knownSize,
  multipartFraming,
  type ProgressListener,
  resolveSource,
  streamParts,
  type UploadBody,
} from './body.js';
import type { CallOptions, Pro7Context } from './context.js';
import { isObject, readEnvelope } from './envelope.js';
import { PROVIDER, protocolError } from './errors.js';
import { findFinalName, protectFromServerDecode, splitPath, toServerPath } from './names.js';
import type { FileStorageItem, StorageType, UploadedFile } from './types.js';

export type RawAction = 'FilesDownload' | 'FilesView' | 'FilesThumbnail';

export interface LinkOptions {
  /** `token` puts the AuthToken in the URL (works anywhere, treat the URL as a secret); `cookie` needs the session cookie. */
  readonly form?: 'token' | 'cookie';
}

export interface UploadOptions extends CallOptions {
  readonly type?: StorageType;
  /**
   * `multipart` (default): POST `?/Upload/File/` with the `jua-uploader` part. `put`: PUT the raw bytes to
   * `?/Upload/File/{Type}/{path}` (7.6.3 and later; always overwrites; needs an AuthToken).
   */
  readonly method?: 'multipart' | 'put';
  /** Multipart only: replace an existing file instead of storing `name_0.ext`. Default false, as on the server. */
  readonly overwrite?: boolean;
}

export interface UploadResult {
  /** Where the file ended up: a multipart upload without overwrite is renamed on a clash. */
  readonly path: string;
  readonly name: string;
  readonly renamed: boolean;
  readonly size: number;
  readonly mimeType: string;
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

async function readJson(operation: string, response: Response): Promise<unknown> {
  const text = await response.text();
  try {
    return JSON.parse(text);
  } catch (cause) {
    throw protocolError(operation, 'the upload answer is not JSON', { status: response.status, cause });
  }
}

function readUploaded(value: unknown): UploadedFile {
  if (isObject(value) && typeof value.Error === 'string') {
    // `{"Error":"quota"}` inside Result: the file would not fit.
    throw errorFromStatus(
      507,
      { provider: PROVIDER, operation: 'UploadFile', code: value.Error },
      `the server refused the file (Error "${value.Error}")`,
    );
  }
  const file = isObject(value) ? value.File : undefined;
  if (!isObject(file) || typeof file.Name !== 'string' || typeof file.Size !== 'number') {
    throw protocolError('UploadFile', 'the answer has no Result.File');
  }
  return file as unknown as UploadedFile;
}

export async function upload(
  context: Pro7Context,
  path: string,
  body: UploadBody,
  options: UploadOptions,
  namesIn: (folder: string, type: StorageType, options: CallOptions) => Promise<Set<string>>,
): Promise<UploadResult> {
  const type = options.type ?? 'personal';
  const { folder, name } = splitPath(path);
  const method = options.method ?? 'multipart';
  const overwrite = method === 'put' || options.overwrite === true;
  // Only a multipart upload without overwrite can be renamed by the server; compare the folder to learn the name.
  const before = overwrite ? undefined : await namesIn(folder, type, options);
  const send = (): Promise<UploadedFile> =>
    method === 'put'
      ? putOnce(context, type, folder, name, body, options)
      : postOnce(context, type, folder, name, body, overwrite, options);
  // A one-shot stream cannot be sent twice, so only replayable bodies get the re-login retry.
  const file = isReplayable(body) ? await context.withRelogin(send) : await send();
  let finalName = name;
  if (before) {
    finalName = findFinalName(name, before, await namesIn(folder, type, options));
  }
  const finalPath = `${toServerPath(folder)}/${finalName}`;
  return { path: finalPath, name: finalName, renamed: finalName !== name, size: file.Size, mimeType: file.MimeType };
}

function sizeMismatch(operation: string, declared: number | undefined) {
  return (sent: number): Error =>
    protocolError(operation, `the upload source yielded ${sent} bytes but ${declared ?? 'another size'} was declared`);
}

async function postOnce(
  context: Pro7Context,
  type: StorageType,
  folder: string,
  name: string,
  body: UploadBody,
  overwrite: boolean,
  options: CallOptions,
): Promise<UploadedFile> {
  const source = await resolveSource(body);
  const size = knownSize(body, source);
  const fields: Record<string, string> = {
    AdditionalData: JSON.stringify({ Type: type, Path: protectFromServerDecode(folder), Overwrite: overwrite }),
  };
  if (context.mode === 'token' && context.state.authToken !== undefined) fields.AuthToken = context.state.authToken;
  if (context.mode === 'cookie' && context.state.csrfToken !== undefined) fields.Token = context.state.csrfToken;
  if (context.state.accountId !== undefined) fields.AccountID = String(context.state.accountId);
  const framing = multipartFraming(fields, {
    field: 'jua-uploader',
    filename: name,
    contentType: body.contentType ?? 'application/octet-stream',
  });
  const stream = streamParts(
    [framing.head, { counted: chunksOf(source) }, framing.tail],
    { total: size, onProgress: body.onProgress },
    sizeMismatch('UploadFile', size),
  );
  const headers: Record<string, string> = { 'Content-Type': `multipart/form-data; boundary=${framing.boundary}` };
  if (size !== undefined) {
    headers['Content-Length'] = String(framing.head.byteLength + size + framing.tail.byteLength);
  }
  const response = await context.fetch('UploadFile', `${context.base}/Upload/File/`, {
    ...options,
    method: 'POST',
    headers,
    body: stream,
    duplex: 'half',
  } as RequestInit & CallOptions);
  if (!response.ok) {
    throw errorFromStatus(
      response.status,
      { provider: PROVIDER, operation: 'UploadFile' },
      `the server answered HTTP ${response.status}`,
    );
  }
  const { result } = readEnvelope('UploadFile', await readJson('UploadFile', response), response.status);
  return readUploaded(result);
}

async function putOnce(
  context: Pro7Context,
  type: StorageType,
  folder: string,
  name: string,
  body: UploadBody,
  options: CallOptions,
): Promise<UploadedFile> {
  const token = context.state.authToken;
  if (token === undefined) {
    throw new AuthError('a PUT upload needs an AuthToken (header Auth-Token): log in first', {
      provider: PROVIDER,
      operation: 'UploadFilePut',
    });
  }
  const source = await resolveSource(body);
  const size = knownSize(body, source);
  const stream = streamParts(
    [{ counted: chunksOf(source) }],
    { total: size, onProgress: body.onProgress },
    sizeMismatch('UploadFilePut', size),
  );
  // The server joins the segments after the Type, URL-decodes them once and splits folder from name, so the whole
  // path travels as one encoded segment (`/` as %2F, `&` as %26: the router cuts the query at a literal `&`).
  const filePath = encodeURIComponent(`${toServerPath(folder)}/${name}`);
  const headers: Record<string, string> = {
    'Auth-Token': token,
    'Content-Type': body.contentType ?? 'application/octet-stream',
  };
  if (size !== undefined) headers['Content-Length'] = String(size);
  const response = await context.fetch('UploadFilePut', `${context.base}/Upload/File/${type}/${filePath}`, {
    ...options,
    method: 'PUT',
    headers,
    body: stream,
    duplex: 'half',
  } as RequestInit & CallOptions);
  if (!response.ok) {
    throw errorFromStatus(
      response.status,
      { provider: PROVIDER, operation: 'UploadFilePut' },
      `the server answered HTTP ${response.status}`,
    );
  }
  const { result } = readEnvelope('UploadFile', await readJson('UploadFilePut', response), response.status);
  return readUploaded(result);
}

async function rawDownload(
  context: Pro7Context,
  operation: string,
  url: string,
  options: DownloadOptions,
  what: string,
): Promise<ReadableStream<Uint8Array>> {
  const response = await context.fetch(operation, url, { method: 'GET', ...options });
  if (response.status === 404) {
    await response.body?.cancel();
    // Raw answers 404 with an empty body for every failure: unknown hash, missing file, bad or expired token.
    throw new NotFoundError(`${what} was not found, or the session is not valid (HTTP 404)`, {
      provider: PROVIDER,
      operation,
      status: 404,
    });
  }
  if (!response.ok || !response.body) {
    await response.body?.cancel();
    throw errorFromStatus(
      response.status,
      { provider: PROVIDER, operation },
      `the server answered HTTP ${response.status}`,
    );
  }
  const length = response.headers.get('Content-Length');
  const total = length === null ? undefined : Number(length);
  return countedDownload(response.body, Number.isFinite(total) ? total : undefined, options.onProgress, (received) =>
    protocolError(operation, `the download ended after ${received} of ${total} bytes`),
  );
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
