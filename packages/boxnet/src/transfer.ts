import {
  AuthError,
  checkedBody,
  type DownloadOptions,
  declaredLength,
  errorFromStatus,
  ProtocolError,
  QuotaError,
  type UploadBody,
} from '@fileclients/core';
import { type MultipartPart, multipartBody } from '@fileclients/core/upload';
import { statusError } from './errors.js';
import type { BoxnetUploadResponse, File as UploadedFile } from './generated/upload.gen.js';
import { decodeUploadResponse } from './payloads.js';
import type { BoxnetWire as BoxnetClient } from './protocol.js';

export type { UploadedFile };

/** One file of an upload: its name on Box and its data (core's UploadBody: source, size, onProgress). */
export interface UploadFile {
  readonly name: string;
  readonly body: UploadBody;
}

/**
 * Where an upload goes. `folderId`: a new file in that folder (`/api/1.0/upload/...`). `overwrite`: new contents for
 * an existing file id. `newCopy`: a new copy next to an existing file id. The last two are the forms old clients used
 * (BoxSync); the seed documents only the first.
 */
export type UploadTarget =
  | { readonly folderId: number }
  | { readonly overwrite: number }
  | { readonly newCopy: number };

export interface UploadOptions {
  /** Share the uploaded files publicly (`share=1`). */
  readonly share?: boolean;
  /** Message sent to `emails` with the shared link. */
  readonly message?: string;
  readonly emails?: readonly string[];
  readonly signal?: AbortSignal;
}

/** ProtocolError code of a download whose length is not the file's size. */
export const SIZE_MISMATCH = 'SIZE_MISMATCH';

function uploadPath(target: UploadTarget, token: string): { operation: string; path: string } {
  if ('folderId' in target) return { operation: 'upload', path: `/api/1.0/upload/${token}/${target.folderId}` };
  if ('overwrite' in target) return { operation: 'overwrite', path: `/api/1.0/overwrite/${token}/${target.overwrite}` };
  return { operation: 'new_copy', path: `/api/1.0/new_copy/${token}/${target.newCopy}` };
}

function requireToken(client: BoxnetClient, operation: string): string {
  if (client.authToken === undefined) {
    throw new AuthError('no auth_token yet: log in first (getTicket + getAuthToken, or login)', {
      provider: 'boxnet',
      operation,
    });
  }
  return client.authToken;
}

/**
 * Uploads files in one multipart request, streamed (a file is never held in memory), with per-file progress.
 * Resolves with Box's per-file results: `upload_ok`, or `upload_some_files_failed` with `error` on the failed
 * files (not_enough_free_space, filesize_limit_exceeded, access_denied). A session or API-key failure throws.
 */
export async function uploadFiles(
  client: BoxnetClient,
  target: UploadTarget,
  files: readonly UploadFile[],
  options: UploadOptions = {},
): Promise<BoxnetUploadResponse> {
  const token = requireToken(client, 'upload');
  const { operation, path } = uploadPath(target, token);
  const url = client.uploadUrl + path;
  const parts: MultipartPart[] = files.map((file, index) => ({
    name: `new_file${index + 1}`,
    filename: file.name,
    contentType: file.body.contentType ?? 'application/octet-stream',
    body: file.body,
  }));
  if (options.share !== undefined) parts.push({ name: 'share', value: options.share ? '1' : '0' });
  if (options.message !== undefined) parts.push({ name: 'message', value: options.message });
  for (const email of options.emails ?? []) parts.push({ name: 'emails[]', value: email });
  // Streamed (a file is never held in memory) and sent once: the server may have stored some files.
  const result = await client.caller.call(
    {
      name: operation,
      safe: false,
      relogin: false,
      url,
      body: multipartBody(parts),
      decode: (answer) => decodeUploadResponse(answer.text),
    },
    options.signal ? { signal: options.signal } : {},
  );
  if (result.status === 'upload_ok' || result.status === 'upload_some_files_failed') return result;
  throw statusError(operation, result.status);
}

/** Uploads one file and returns its result; a per-file failure is thrown as a typed error. */
export async function uploadFile(
  client: BoxnetClient,
  target: UploadTarget,
  file: UploadFile,
  options: UploadOptions = {},
): Promise<UploadedFile> {
  const result = await uploadFiles(client, target, [file], options);
  const details = { provider: 'boxnet', operation: 'upload' } as const;
  // The entry for this file, by name: taking the first one would return another file's record as success.
  const uploaded = result.files.find((entry) => entry.file_name === file.name);
  if (!uploaded) {
    const listed = result.files.map((entry) => entry.file_name).join(', ') || 'none';
    throw new ProtocolError(`the upload answer has no entry for ${file.name} (it lists: ${listed})`, details);
  }
  if (uploaded.error === null) return uploaded;
  const code = uploaded.error;
  const message = `${file.name} was not stored (${code})`;
  if (code === 'access_denied') throw new AuthError(message, { ...details, code });
  if (code === 'not_enough_free_space' || code === 'filesize_limit_exceeded')
    throw new QuotaError(message, { ...details, code });
  throw new ProtocolError(message, { ...details, code });
}

/**
 * Streams a file from `/api/1.0/download/<auth_token>/<file_id>`, with progress and truncation checks (core's
 * checkedBody). The token in the URL never appears in an error.
 */
export async function downloadFile(
  client: BoxnetClient,
  fileId: number,
  options: DownloadOptions = {},
): Promise<ReadableStream<Uint8Array>> {
  const token = requireToken(client, 'download');
  const url = `${client.downloadUrl}/api/1.0/download/${token}/${fileId}`;
  const details = { provider: 'boxnet', operation: 'download' } as const;
  const response = await client.caller.open(
    { name: 'download', safe: true, relogin: false, url, init: { method: 'GET' } },
    options.signal ? { signal: options.signal } : {},
  );
  if (!response.ok) {
    await response.body?.cancel();
    throw errorFromStatus(response.status, details, `HTTP ${response.status} for file ${fileId}`);
  }
  // A body of another length than the file's is not the file: an HTML login page of a proxy in front, or the file
  // changed since its size was read. core's check trusts Content-Length, so this one is made here, before a byte is
  // read. A coded body's header counts coded bytes: checkedBody then checks the decoded bytes against the size.
  const length = declaredLength(response);
  if (options.expectedSize !== undefined && length !== undefined && length !== options.expectedSize) {
    await response.body?.cancel().catch(() => undefined);
    throw new ProtocolError(
      `the answer for file ${fileId} is ${length} bytes, the file has ${options.expectedSize} (a login page or proxy in the way, or the file changed)`,
      { ...details, status: response.status, code: SIZE_MISMATCH },
    );
  }
  return checkedBody(response, details, options);
}
