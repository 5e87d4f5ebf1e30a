import { Readable } from 'node:stream';
import { csrfOk, type Pro7ServerState, sessionFrom } from './state.js';
import { freeName, mimeOf, normalizeFolder, type Pro7StorageType, phpUrlDecode, STORAGE_TYPES } from './tree.js';
import { type Exchange, hex, type Json, readBody } from './wire.js';

const uploadAnswer = (state: Pro7ServerState, ex: Exchange, name: string, size: number): void =>
  ex.json({
    Action: 'UploadFile',
    AccountID: state.accountId,
    Result: {
      File: { Name: name, TempName: `upload-post-${hex(16)}`, MimeType: mimeOf(name), Size: size, Hash: hex(32) },
    },
    '@Time': ex.elapsed(),
  });
const uploadError = (ex: Exchange, code: number, error: string): void =>
  ex.json({ Action: 'Upload', Result: false, '@Time': ex.elapsed(), ErrorCode: code, Error: error });

/** Over the personal quota: UploadFile answers a Result holding `Error: 'quota'` (both upload routes). */
const quotaAnswer = (state: Pro7ServerState, ex: Exchange): void =>
  ex.json({ Action: 'UploadFile', AccountID: state.accountId, Result: { Error: 'quota' }, '@Time': ex.elapsed() });

const fitsQuota = (state: Pro7ServerState, type: Pro7StorageType, size: number): boolean =>
  type !== 'personal' || state.quotaBytes <= 0 || state.tree.usedBytes('personal') + size <= state.quotaBytes;

/** POST ?/Upload/File/: the multipart upload of the web client. */
export async function uploadPost(state: Pro7ServerState, ex: Exchange): Promise<void> {
  const { req } = ex;
  const { tree } = state;
  const contentType = req.headers['content-type'] ?? '';
  if (!contentType.toLowerCase().startsWith('multipart/form-data')) return ex.reject('uploads are multipart/form-data');
  let form: FormData;
  try {
    const body = Readable.toWeb(req) as ReadableStream<Uint8Array>;
    form = await new Request('http://sandbox.invalid/', {
      method: 'POST',
      headers: { 'content-type': contentType },
      body,
      duplex: 'half',
    } as RequestInit).formData();
  } catch {
    return ex.reject('the multipart body could not be parsed');
  }
  const allowed = new Set([
    'jua-uploader',
    'AuthToken',
    'Token',
    'AccountID',
    'AdditionalData',
    'IsExt',
    'TenantHash',
    'jua-post-type',
  ]);
  for (const key of form.keys()) if (!allowed.has(key)) return ex.reject(`the upload has no field ${key} in the spec`);
  const file = form.get('jua-uploader');
  // No file part: the handler answers the bare {"Error":"size"} (recorded). PHP drops the part of a file over
  // upload_max_filesize (UPLOAD_ERR_INI_SIZE) the same way, so that answer is the same [LIVE 7.7.9].
  if (!(file instanceof Blob)) return ex.json({ Error: 'size' });
  if (state.uploadMaxFileSize > 0 && file.size > state.uploadMaxFileSize) return ex.json({ Error: 'size' });
  const text = (key: string): string | undefined => {
    const value = form.get(key);
    return typeof value === 'string' ? value : undefined;
  };
  const session = sessionFrom(state, ex, text('AuthToken'));
  if (!session) return uploadError(ex, 102, 'exception');
  if (!csrfOk(ex, text('Token'))) return uploadError(ex, 101, 'exception');
  let additional: Json;
  try {
    const parsed: unknown = JSON.parse(text('AdditionalData') ?? '');
    if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) throw new Error('not an object');
    additional = parsed as Json;
  } catch {
    return ex.reject('AdditionalData must be a JSON object {"Type","Path","Overwrite"}');
  }
  const type = additional.Type;
  if (typeof type !== 'string' || !STORAGE_TYPES.includes(type as Pro7StorageType)) {
    return ex.reject('AdditionalData.Type must be personal, corporate or shared');
  }
  if (typeof additional.Path !== 'string') return ex.reject('AdditionalData.Path must be a string');
  if (additional.Overwrite !== undefined && typeof additional.Overwrite !== 'boolean') {
    return ex.reject('AdditionalData.Overwrite must be a boolean');
  }
  const name = file instanceof File ? file.name : '';
  if (name === '') return ex.reject('the jua-uploader part needs a filename');
  const folder = tree.folder(type as Pro7StorageType, normalizeFolder(phpUrlDecode(additional.Path)));
  if (!folder) return uploadError(ex, 999, 'exception');
  const data = new Uint8Array(await file.arrayBuffer());
  if (!fitsQuota(state, type as Pro7StorageType, data.byteLength)) return quotaAnswer(state, ex);
  // Without Overwrite a clash is stored as name_0.ext, and the answer still echoes the sent name (recorded).
  const stored = additional.Overwrite === true ? name : freeName(folder, name);
  tree.putFile(folder, stored, data);
  return uploadAnswer(state, ex, name, data.byteLength);
}

/** PUT ?/Upload/File/{Type}/{path}: the body is the file. */
export async function uploadPut(state: Pro7ServerState, ex: Exchange, segments: string[]): Promise<void> {
  const { tree } = state;
  const type = (segments[2] ?? '').toLowerCase();
  if (!STORAGE_TYPES.includes(type as Pro7StorageType)) {
    return ex.reject('PUT ?/Upload/File/{Type}/{path}: the Type segment must be personal, corporate or shared');
  }
  // The rest is joined, URL-decoded once and split into folder and file name; UploadFile then URL-decodes the
  // folder part once more, the name not [LIVE 7.7.9: a folder holding `%` or `+` sent encoded once failed, 999].
  const full = phpUrlDecode(segments.slice(3).join('/'));
  const slash = full.lastIndexOf('/');
  const name = full.slice(slash + 1);
  if (name === '') return ex.reject('PUT needs a file path after the Type segment');
  const folderPath = phpUrlDecode(slash > 0 ? full.slice(0, slash) : '');
  const header = ex.req.headers['auth-token'];
  // The Auth-Token header, else the p7auth cookie [LIVE 7.7.9: both served].
  if (!sessionFrom(state, ex, typeof header === 'string' ? header : undefined)) {
    await readBody(ex.req);
    return uploadError(ex, 102, 'exception');
  }
  // With the p7token cookie the CSRF check runs, and this route has no Token to pass it: 101 [LIVE 7.7.9].
  if (!csrfOk(ex, undefined)) {
    await readBody(ex.req);
    return uploadError(ex, 101, 'exception');
  }
  const data = new Uint8Array(await readBody(ex.req));
  const folder = tree.folder(type as Pro7StorageType, normalizeFolder(folderPath));
  if (!folder) return uploadError(ex, 999, 'exception');
  if (!fitsQuota(state, type as Pro7StorageType, data.byteLength)) return quotaAnswer(state, ex);
  tree.putFile(folder, name, data);
  return uploadAnswer(state, ex, name, data.byteLength);
}

const sendFile = (ex: Exchange, name: string, data: Uint8Array, disposition: 'attachment' | 'inline'): void => {
  ex.res.writeHead(200, {
    'Content-Type': `${mimeOf(name)};charset=UTF-8`,
    // PHP's header() sends the name's UTF-8 bytes as they are; Node only takes latin1 strings, so pass the bytes so.
    'Content-Disposition': `${disposition}; filename="${Buffer.from(name.replaceAll('"', ''), 'utf8').toString('latin1')}"`,
    'Accept-Ranges': 'none',
    'Content-Transfer-Encoding': 'binary',
    'Content-Length': String(data.byteLength),
  });
  ex.res.end(data);
};

/** GET ?/Raw/{Action}/...: download, view or thumbnail of a file by its Hash. */
export async function raw(state: Pro7ServerState, ex: Exchange, segments: string[]): Promise<void> {
  const { tree } = state;
  if (ex.req.method !== 'GET') return ex.reject('Raw links are GET');
  const [, rawAction, accountId, hash, isExt, , token] = segments;
  if (rawAction !== 'FilesDownload' && rawAction !== 'FilesView' && rawAction !== 'FilesThumbnail') {
    return ex.reject(`unknown Raw action ${rawAction ?? ''}`);
  }
  if (segments.length !== 4 && segments.length !== 7) {
    return ex.reject('Raw links are ?/Raw/{Action}/{AccountID}/{Hash} or .../{IsExt}/{TenantHash}/{AuthToken}');
  }
  if (!/^\d+$/.test(accountId ?? '') || (isExt !== undefined && isExt !== '0' && isExt !== '1')) {
    return ex.reject('AccountID must be an integer and IsExt 0 or 1');
  }
  if (!sessionFrom(state, ex, token === undefined ? undefined : decodeURIComponent(token))) return ex.notFound();
  const key = tree.resolveHash(decodeURIComponent(hash ?? ''));
  const node = key ? tree.node(key.type, key.folder, key.name) : undefined;
  if (node?.kind !== 'file') return ex.notFound();
  if (rawAction === 'FilesThumbnail' && !mimeOf(node.name).startsWith('image/')) return ex.notFound();
  return sendFile(ex, node.name, node.data, rawAction === 'FilesView' ? 'inline' : 'attachment');
}

/** GET ?/Min/Download/{hash}: the public download of a shared file. */
export async function minDownload(state: Pro7ServerState, ex: Exchange, segments: string[]): Promise<void> {
  const { tree } = state;
  if (ex.req.method !== 'GET' || segments[1] !== 'Download' || segments.length !== 3) {
    return ex.reject('only GET ?/Min/Download/{hash} is in the spec');
  }
  const link = tree.links.get(decodeURIComponent(segments[2] ?? ''));
  if (!link || link.isFolder) return ex.notFound();
  const slash = link.path.lastIndexOf('/');
  const node = tree.node(link.type, link.path.slice(0, slash), link.path.slice(slash + 1));
  if (node?.kind !== 'file') return ex.notFound();
  return sendFile(ex, node.name, node.data, 'attachment');
}
