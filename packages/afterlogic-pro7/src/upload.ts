/**
 * Uploads, in their own module: the client loads it on the first upload (see client.ts), so an app that only lists
 * and downloads does not carry the multipart encoder and the upload body machinery in its main bundle.
 */
import { AuthError, errorFromStatus, isQuotaError, QuotaError, type UploadBody } from '@fileclients/core';
import { multipartBody, uploadBody } from '@fileclients/core/upload';
import { isObject, readEnvelope } from './envelope.js';
import { PROVIDER, protocolError } from './errors.js';
import { findFinalName, protectFromServerDecode, splitPath, toServerPath } from './names.js';
import { type CallOptions, type Pro7Context, readJson } from './protocol.js';
import type { StorageType, UploadedFile } from './types.js';

export interface UploadOptions extends CallOptions {
  readonly type?: StorageType;
  /**
   * `multipart` (default): POST `?/Upload/File/` with the `jua-uploader` part. `put`: PUT the raw bytes to
   * `?/Upload/File/{Type}/{path}` (7.6.3 and later; always overwrites; needs an AuthToken).
   */
  readonly method?: 'multipart' | 'put';
  /** Multipart only: replace an existing file instead of storing `name_0.ext`. Default false, as on the server. */
  readonly overwrite?: boolean;
  /**
   * Multipart only: when the server refuses the file as over its PHP upload limits (`upload_max_filesize`,
   * `post_max_size`: the answer `{"Error":"size"}`), send it again as a PUT, which PHP does not limit so. A PUT always
   * overwrites an existing file of that name, and the body must be replayable (bytes, a Blob, a file source).
   * Default false: the QuotaError is thrown.
   */
  readonly putWhenTooLarge?: boolean;
}

export interface UploadResult {
  /** Where the file ended up: a multipart upload without overwrite is renamed on a clash. */
  readonly path: string;
  readonly name: string;
  readonly renamed: boolean;
  readonly size: number;
  readonly mimeType: string;
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
  const { folder, name } = splitPath(path, 'UploadFile');
  let method = options.method ?? 'multipart';
  const overwrite = method === 'put' || options.overwrite === true;
  // Only a multipart upload without overwrite can be renamed by the server; compare the folder to learn the name.
  const before = overwrite ? undefined : await namesIn(folder, type, options);
  // A one-shot stream cannot be sent twice, so only replayable bodies get the re-login retry (and the PUT fallback).
  const replayable = uploadBody(body).replayable;
  let file: UploadedFile;
  try {
    file =
      method === 'put'
        ? await putOnce(context, type, folder, name, body, replayable, options)
        : await postOnce(context, type, folder, name, body, overwrite, replayable, options);
  } catch (error) {
    if (!(options.putWhenTooLarge === true && replayable && method === 'multipart' && isSizeRefusal(error)))
      throw error;
    method = 'put';
    file = await putOnce(context, type, folder, name, body, true, options);
  }
  let finalName = name;
  if (before && method === 'multipart') {
    finalName = findFinalName(name, before, await namesIn(folder, type, options));
  }
  const finalPath = `${toServerPath(folder)}/${finalName}`;
  return { path: finalPath, name: finalName, renamed: finalName !== name, size: file.Size, mimeType: file.MimeType };
}

function isSizeRefusal(error: unknown): boolean {
  return isQuotaError(error) && error.code === 'size';
}

/**
 * Core fails an upload whose source yields another size than declared with a RangeError inside the body stream,
 * which fetch reports as a network failure. It is the caller's mistake, not the network's: a ProtocolError.
 */
function uploadFailure(operation: string, error: unknown): unknown {
  for (let cause: unknown = error; cause instanceof Error; cause = cause.cause) {
    if (cause.name === 'RangeError') return protocolError(operation, cause.message, { cause: error });
  }
  return error;
}

/**
 * Sends an upload once (uploads are never retried by core: the server may have stored the file; a 102 is renewed
 * and resent when the body can be sent again) and reads Result.File.
 */
function sendUpload(
  context: Pro7Context,
  operation: 'UploadFile' | 'UploadFilePut',
  request: { url: string; method: string; relogin: boolean; anonymous?: boolean; init: () => SentUpload },
  options: CallOptions,
): Promise<UploadedFile> {
  const { signal, timeoutMs, idleTimeoutMs } = options;
  let current: SentUpload | undefined;
  return context.caller
    .call(
      {
        name: operation,
        safe: false,
        relogin: request.relogin,
        anonymous: request.anonymous === true,
        url: request.url,
        method: request.method,
        // Built once per attempt (headers are read first): a re-login changes the AuthToken they carry.
        headers: () => {
          current = request.init();
          return current.headers ?? {};
        },
        body: () => (current ?? request.init()).body,
        decode: (answer) => readUploadAnswer(readJson(operation, answer), answer.status),
      },
      { signal, timeoutMs, idleTimeoutMs },
    )
    .catch((error: unknown) => Promise.reject(uploadFailure(operation, error)));
}

interface SentUpload {
  readonly headers?: Record<string, string>;
  readonly body: ReturnType<typeof uploadBody>;
}

function readUploadAnswer(body: unknown, status: number): UploadedFile {
  // The bare `{"Error":"size"}`: PHP dropped the file part. A real 7.7.9 server answers so for a file over
  // `upload_max_filesize` (UPLOAD_ERR_INI_SIZE / FORM_SIZE) or a body over `post_max_size` (which empties `$_FILES`);
  // 2M each on a stock PHP install. This client always sends a file part, so for it this means the size.
  if (isObject(body) && body.Error === 'size' && !('Result' in body)) {
    throw new QuotaError(
      "the file is over the server's upload size limit (PHP upload_max_filesize / post_max_size; " +
        `Error "size"): raise those settings, or upload with method 'put', which has no such limit`,
      { provider: PROVIDER, operation: 'UploadFile', status, code: 'size' },
    );
  }
  return readUploaded(readEnvelope('UploadFile', body, status).result);
}

function postOnce(
  context: Pro7Context,
  type: StorageType,
  folder: string,
  name: string,
  body: UploadBody,
  overwrite: boolean,
  relogin: boolean,
  options: CallOptions,
): Promise<UploadedFile> {
  const init = (): SentUpload => {
    const fields: Record<string, string> = {
      AdditionalData: JSON.stringify({ Type: type, Path: protectFromServerDecode(folder), Overwrite: overwrite }),
    };
    const { authToken, csrfToken, accountId } = context.state;
    if (context.mode === 'token' && authToken !== undefined) fields.AuthToken = authToken;
    if (context.mode === 'cookie' && csrfToken !== undefined) fields.Token = csrfToken;
    if (accountId !== undefined) fields.AccountID = String(accountId);
    // The file part streams with its own progress.
    const multipart = multipartBody([
      ...Object.entries(fields).map(([field, value]) => ({ name: field, value })),
      { name: 'jua-uploader', filename: name, body },
    ]);
    return { body: multipart };
  };
  return sendUpload(
    context,
    'UploadFile',
    { url: `${context.base}/Upload/File/`, method: 'POST', relogin, init },
    options,
  );
}

function putOnce(
  context: Pro7Context,
  type: StorageType,
  folder: string,
  name: string,
  body: UploadBody,
  relogin: boolean,
  options: CallOptions,
): Promise<UploadedFile> {
  // Cookie mode: the PUT goes without cookies (anonymous to core's session), since with `p7token` present the
  // server's CSRF check answers 101 and this route has no Token parameter (a `&Token=` is cut off by the router)
  // [LIVE 7.7.9]. The AuthToken header alone is served; so is the `p7auth` cookie alone, used when no AuthToken is
  // known.
  const init = (): SentUpload => {
    const token = context.state.authToken;
    const headers: Record<string, string> = { 'Content-Type': body.contentType ?? 'application/octet-stream' };
    if (token !== undefined) headers['Auth-Token'] = token;
    else {
      const auth = context.mode === 'cookie' ? context.session.jar.get('p7auth', context.base) : undefined;
      if (auth === undefined) {
        throw new AuthError('a PUT upload needs an AuthToken (header Auth-Token): log in first', {
          provider: PROVIDER,
          operation: 'UploadFilePut',
        });
      }
      headers.Cookie = `p7auth=${auth}`;
    }
    return { headers, body: uploadBody(body) };
  };
  // The server joins the segments after the Type, URL-decodes them once and splits folder from name; UploadFile then
  // URL-decodes the folder part a second time [LIVE 7.7.9: a folder holding `%` or `+` failed with 999]. So the
  // folder is encoded twice and the name once, and the whole path travels as one segment (`/` as %2F, `&` as %26:
  // the router cuts the query at a literal `&`).
  const filePath = encodeURIComponent(`${encodeURIComponent(toServerPath(folder))}/${name}`);
  return sendUpload(
    context,
    'UploadFilePut',
    { url: `${context.base}/Upload/File/${type}/${filePath}`, method: 'PUT', relogin, anonymous: true, init },
    options,
  );
}
