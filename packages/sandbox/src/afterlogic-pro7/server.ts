import { randomBytes } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { Readable } from 'node:stream';
import { ACTION_RULES, checkForm, readDeleteItems, readTransferItems } from './rules.js';
import {
  cleanName,
  freeName,
  mimeOf,
  normalizeFolder,
  type Pro7Folder,
  type Pro7Node,
  type Pro7StorageType,
  type Pro7Tree,
  phpUrlDecode,
  STORAGE_TYPES,
} from './tree.js';

export interface Pro7ServerState {
  readonly tree: Pro7Tree;
  readonly email: string;
  readonly password: string;
  readonly accountId: number;
  /** AuthToken -> account. */
  readonly tokens: Map<string, number>;
  /** p7auth cookie value -> AuthToken. */
  readonly authCookies: Map<string, string>;
  collaboration: boolean;
  filesEnabled: boolean;
  /** Personal quota in bytes; 0 = no limit (`[0, 0]`). */
  quotaBytes: number;
  /** PHP's upload_max_filesize for multipart uploads, in bytes; 0 = no limit. */
  uploadMaxFileSize: number;
  /** The AppUrl public links are built from; undefined = from the request's Host. */
  publicUrl: string | undefined;
}

type Json = Record<string, unknown>;

const hex = (bytes: number): string => randomBytes(bytes).toString('hex');

/** Mirrors MailSo's Php2js: compact JSON with `/` escaped as `\/`. */
function php2js(value: unknown): string {
  return JSON.stringify(value).replaceAll('/', '\\/');
}

function parseCookies(header: string | undefined): Map<string, string> {
  const cookies = new Map<string, string>();
  for (const part of (header ?? '').split(';')) {
    const eq = part.indexOf('=');
    if (eq > 0) cookies.set(part.slice(0, eq).trim(), part.slice(eq + 1).trim());
  }
  return cookies;
}

async function readBody(req: IncomingMessage): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

class Exchange {
  readonly started = performance.now();
  readonly cookies: Map<string, string>;
  readonly setCookies: string[] = [];

  constructor(
    readonly req: IncomingMessage,
    readonly res: ServerResponse,
  ) {
    this.cookies = parseCookies(req.headers.cookie);
  }

  elapsed(): number {
    return (performance.now() - this.started) / 1000;
  }

  json(body: Json): void {
    const text = php2js(body);
    const headers: Record<string, string | string[]> = {
      'Content-Type': 'application/json; charset=utf-8',
      'Content-Length': String(Buffer.byteLength(text)),
    };
    if (this.setCookies.length > 0) headers['Set-Cookie'] = this.setCookies;
    this.res.writeHead(200, headers);
    this.res.end(text);
  }

  /** The spec does not allow this request: 400 with the reason, never a silent answer. */
  reject(reason: string): void {
    const text = `afterlogic-pro7 sandbox: request not allowed by the spec: ${reason}\n`;
    this.res.writeHead(400, {
      'Content-Type': 'text/plain; charset=utf-8',
      'Content-Length': String(Buffer.byteLength(text)),
    });
    this.res.end(text);
  }

  /** Raw failures: 404 with an empty body, whatever went wrong. */
  notFound(): void {
    this.res.writeHead(404, { 'Content-Type': 'text/html; charset=UTF-8', 'Content-Length': '0' });
    this.res.end();
  }
}

class ActionError extends Error {
  constructor(readonly code: number) {
    super(`ErrorCode ${code}`);
  }
}

export function createPro7Listener(state: Pro7ServerState) {
  const { tree } = state;
  const owner = state.email;

  /** The session of a request: a non-empty AuthToken (field or PUT header), else the p7auth cookie. */
  const sessionFrom = (ex: Exchange, token: string | undefined): string | undefined => {
    // A non-empty AuthToken wins over the cookie, as on the server.
    if (token !== undefined && token !== '') return state.tokens.has(token) ? token : undefined;
    const cookie = ex.cookies.get('p7auth');
    const fromCookie = cookie === undefined ? undefined : state.authCookies.get(cookie);
    return fromCookie !== undefined && state.tokens.has(fromCookie) ? fromCookie : undefined;
  };

  /** The CSRF rule: the Token is checked only when the request carries the p7token cookie. */
  const csrfOk = (ex: Exchange, token: string | undefined): boolean => {
    const cookie = ex.cookies.get('p7token');
    return cookie === undefined || token === cookie;
  };

  const item = (type: Pro7StorageType, folder: string, node: Pro7Node): Json => {
    const fullPath = `${folder}/${node.name}`;
    const isFile = node.kind === 'file';
    const isLink = isFile && node.name.endsWith('.url');
    const linkUrl = isLink ? (/URL=(.*)/.exec(new TextDecoder().decode(node.data))?.[1]?.trim() ?? '') : '';
    const mime = isFile ? mimeOf(node.name) : '';
    return {
      '@Object': 'Object/CFileStorageItem',
      Id: node.name,
      Type: type,
      Path: folder,
      FullPath: fullPath,
      Name: node.name,
      Size: isFile ? node.data.byteLength : 0,
      IsFolder: !isFile,
      IsLink: isLink,
      LinkType: isLink ? linkType(linkUrl) : 0,
      LinkUrl: linkUrl,
      LastModified: isFile ? node.modified : 0,
      ContentType: mime,
      Iframed: false,
      Thumb: isFile && mime.startsWith('image/') && node.data.byteLength < 5 * 1024 * 1024,
      ThumbnailLink: '',
      OembedHtml: '',
      Hash: isFile ? tree.hashOf(type, folder, node.name) : '',
      // True while a public link exists, in listings [LIVE Files.root.after-share.json].
      Shared: tree.linkHashFor(type, fullPath) !== undefined,
      Owner: owner,
      Content: isFile && node.name.endsWith('.asc') ? new TextDecoder().decode(node.data) : '',
      IsExternal: false,
    };
  };

  const listing = (type: Pro7StorageType, folderPath: string, folder: Pro7Folder, pattern: string): Json => {
    const items: Json[] = [];
    const walk = (path: string, dir: Pro7Folder): void => {
      // In the storage's order, which is byte order of the names: a.txt, a_0.txt, b.txt, b_0.txt [LIVE 7.7.9].
      for (const node of [...dir.children.values()].sort(byteOrder)) {
        if (pattern === '' || node.name.toLowerCase().includes(pattern.toLowerCase()))
          items.push(item(type, path, node));
        if (pattern !== '' && node.kind === 'folder') walk(`${path}/${node.name}`, node);
      }
    };
    walk(folderPath, folder);
    return { Items: items, Quota: quota() };
  };

  const quota = (): [number, number] => {
    if (state.quotaBytes <= 0) return [0, 0];
    const used = tree.usedBytes('personal');
    return [used, state.quotaBytes - used];
  };

  /** corporate needs collaboration support; elsewhere the server answers Result false. */
  const available = (type: Pro7StorageType): boolean =>
    type === 'personal' || (type === 'corporate' && state.collaboration);

  const folderOr999 = (type: Pro7StorageType, path: string): Pro7Folder => {
    const folder = tree.folder(type, normalizeFolder(path));
    if (!folder) throw new ActionError(999);
    return folder;
  };

  /** Runs one Files action; returns the Result or throws ActionError. */
  const files = (action: string, f: URLSearchParams, ex: Exchange): unknown => {
    const get = (key: string): string => f.get(key) ?? '';
    const type = get('Type') as Pro7StorageType;
    switch (action) {
      case 'Files': {
        if (!available(type)) return false;
        const path = normalizeFolder(get('Path'));
        return listing(type, path, folderOr999(type, path), get('Pattern'));
      }
      case 'FileInfo': {
        const path = normalizeFolder(get('Path'));
        const node = folderOr999(type, path).children.get(get('Name'));
        if (!node) throw new ActionError(999);
        // FileInfo leaves Id and ContentType empty and says Shared false even for a shared item: only the Files
        // listing looks the links up [LIVE 7.7.9; FileInfo.json].
        return { ...item(type, path, node), Id: '', ContentType: '', Shared: false };
      }
      case 'FilesQuota':
        return { Quota: quota() };
      case 'FilesFolderCreate': {
        const path = normalizeFolder(phpUrlDecode(get('Path')));
        const name = cleanName(phpUrlDecode(get('FolderName')));
        const parent = folderOr999(type, path);
        const existing = parent.children.get(name);
        if (name === '' || existing?.kind === 'file') return false;
        if (!existing) parent.children.set(name, { kind: 'folder', name, children: new Map() });
        return true;
      }
      case 'FilesRename': {
        const path = normalizeFolder(phpUrlDecode(get('Path')));
        const name = phpUrlDecode(get('Name'));
        const folder = folderOr999(type, path);
        const node = folder.children.get(name);
        if (!node) throw new ActionError(999);
        let wanted = cleanName(phpUrlDecode(get('NewName')));
        if (get('IsLink') === '1' && node.name.endsWith('.url') && !wanted.endsWith('.url')) wanted += '.url';
        if (wanted === '') return false;
        if (wanted === name) return true;
        folder.children.delete(name);
        const final = freeName(folder, wanted);
        node.name = final;
        folder.children.set(final, node);
        tree.dropLinks(type, `${path}/${name}`);
        return true;
      }
      case 'FilesDelete': {
        const items = readDeleteItems(get('Items'));
        if (typeof items === 'string') throw new RejectError(items);
        // Not atomic: items go one by one, and a missing one stops the run after the earlier deletions.
        for (const entry of items) {
          const path = normalizeFolder(phpUrlDecode(entry.Path));
          const name = phpUrlDecode(entry.Name);
          const folder = folderOr999(type, path);
          if (!folder.children.delete(name)) throw new ActionError(999);
          tree.dropLinks(type, `${path}/${name}`);
        }
        return true;
      }
      case 'FilesCopy':
      case 'FilesMove': {
        const items = readTransferItems(get('Files'));
        if (typeof items === 'string') throw new RejectError(items);
        const fromType = get('FromType') as Pro7StorageType;
        const toType = get('ToType') as Pro7StorageType;
        const fromPath = normalizeFolder(get('FromPath'));
        const toPath = normalizeFolder(get('ToPath'));
        if (!available(fromType) || !available(toType)) return false;
        const source = folderOr999(fromType, fromPath);
        const target = folderOr999(toType, toPath);
        let result: boolean | null = null;
        for (const entry of items) {
          // A folder is never copied or moved into itself.
          if (entry.IsFolder && toPath === `${fromPath}/${entry.Name}`) continue;
          const node = source.children.get(entry.Name);
          if (!node) {
            result = false;
            continue;
          }
          if (action === 'FilesMove' && toType === 'personal' && fromType !== 'personal' && state.quotaBytes > 0) {
            if (entry.Size > quota()[1]) throw new ActionError(812);
          }
          if (action === 'FilesMove' && fromType === toType && fromPath === toPath) {
            result = true;
            continue;
          }
          const final = freeName(target, entry.Name);
          if (action === 'FilesMove') {
            source.children.delete(entry.Name);
            tree.dropLinks(fromType, `${fromPath}/${entry.Name}`);
            node.name = final;
            target.children.set(final, node);
          } else {
            target.children.set(final, tree.clone(node, final));
          }
          result = true;
        }
        return action === 'FilesMove' ? result === true : result;
      }
      case 'FilesCreatePublicLink': {
        for (const key of ['Type', 'Path', 'Name', 'Size', 'IsFolder']) if (!f.has(key)) throw new ActionError(999);
        const path = normalizeFolder(get('Path'));
        const node = folderOr999(type, path).children.get(get('Name'));
        if (!node) throw new ActionError(999);
        const fullPath = `${path}/${node.name}`;
        let hash = tree.linkHashFor(type, fullPath);
        if (!hash) {
          hash = randomBytes(8).toString('base64url').slice(0, 10);
          tree.links.set(hash, { type, path: fullPath, isFolder: node.kind === 'folder' });
        }
        // AppUrl, without a trailing slash (recorded: `http://localhost?/Min/Share/...`). A real server builds it
        // from its configured host, which need not be the one the API is reached at: the publicUrl option.
        const appUrl = state.publicUrl ?? `http://${ex.req.headers.host ?? '127.0.0.1'}`;
        return node.kind === 'folder' ? `${appUrl}?files-pub=${hash}` : `${appUrl}?/Min/Share/${hash}`;
      }
      case 'FilesPublicLinkDelete': {
        const fullPath = `${normalizeFolder(get('Path'))}/${get('Name')}`;
        const hash = tree.linkHashFor(type, fullPath);
        // No link, or no such item: still Result true [LIVE 7.7.9].
        if (hash) tree.links.delete(hash);
        return true;
      }
      case 'FilesLinkCreate': {
        const folder = folderOr999(type, get('Path'));
        const final = freeName(folder, `${cleanName(get('Name'))}.url`);
        tree.putFile(folder, final, new TextEncoder().encode(`[InternetShortcut]\r\nURL=${get('Link')}\r\n`));
        return true;
      }
      default:
        throw new ActionError(999);
    }
  };

  const ajax = async (ex: Exchange): Promise<void> => {
    const { req } = ex;
    const envelope = (action: string, result: unknown, withAccount: boolean): Json => ({
      Action: action,
      ...(withAccount ? { AccountID: state.accountId } : {}),
      Result: result,
      '@Time': ex.elapsed(),
    });
    const fail = (action: string, code: number): void =>
      ex.json({ Action: action, Result: false, '@Time': ex.elapsed(), ErrorCode: code });
    if (req.method !== 'POST') return fail('Unknown', 999);
    const contentType = (req.headers['content-type'] ?? '').split(';')[0]?.trim().toLowerCase();
    const raw = await readBody(req);
    // The server reads only form fields: a JSON body has no Action.
    if (contentType !== 'application/x-www-form-urlencoded') return fail('Unknown', 999);
    const form = new URLSearchParams(raw.toString('utf8'));
    const action = form.get('Action') ?? '';
    if (action === '') return fail('Unknown', 999);
    // The body's Action decides; whatever follows ?/Ajax/ is ignored, so ?/Ajax/ (the generic form the web client
    // uses) and ?/Ajax/{Action} are the same request [research pro7.md §1; LIVE: ?/Ajax/Files with Action=FilesQuota
    // answered FilesQuota].
    const rule = ACTION_RULES[action];
    if (!rule) return fail(action, 999);
    const problem = checkForm(action, form, rule);
    if (problem) return ex.reject(problem);
    const authToken = form.get('AuthToken') ?? undefined;
    if (action !== 'SystemGetAppData' && !csrfOk(ex, form.get('Token') ?? undefined)) return fail(action, 101);

    switch (action) {
      case 'SystemGetAppData': {
        const csrf = ex.cookies.get('p7token') ?? hex(16);
        ex.setCookies.push(`p7token=${csrf}; Max-Age=2592000; Path=/; HttpOnly`);
        const session = sessionFrom(ex, authToken);
        const result: Json = {
          Auth: session !== undefined,
          User: session
            ? {
                IdUser: state.accountId,
                IsFilesSupported: state.filesEnabled,
                FilesEnable: state.filesEnabled,
                IsCollaborationSupported: state.collaboration,
                AllowFilesSharing: state.collaboration,
              }
            : null,
          TenantHash: '',
          IsMailsuite: false,
          LastErrorCode: 0,
          Token: csrf,
          App: { SiteName: 'fileclients Pro 7 sandbox', FileSizeLimit: 0 },
        };
        if (session) {
          result.Default = state.accountId;
          result.Accounts = [{ AccountID: state.accountId, Email: state.email, FriendlyName: '', AllowMail: true }];
        }
        return ex.json(envelope(action, result, false));
      }
      case 'SystemLogin': {
        const email = form.get('Email') ?? '';
        const login = form.get('IncLogin') ?? '';
        const password = form.get('IncPassword') ?? '';
        if (password === '' || (email === '' && login === '')) return fail(action, 103);
        if ((login || email) !== state.email || password !== state.password) return fail(action, 102);
        const token = hex(16);
        const cookie = hex(24);
        state.tokens.set(token, state.accountId);
        state.authCookies.set(cookie, token);
        const persistent = form.get('SignMe') === '1' ? '; Max-Age=2592000' : '';
        ex.setCookies.push(`p7auth=${cookie}${persistent}; Path=/; HttpOnly`);
        return ex.json(envelope(action, { AuthToken: token }, true));
      }
      case 'SystemLogout': {
        const accountId = form.get('AccountID') ?? '';
        if (!/^\d+$/.test(accountId)) return fail(action, 103);
        const session = sessionFrom(ex, authToken);
        ex.setCookies.push('p7auth=; Max-Age=0; Path=/; HttpOnly');
        if (!session) return ex.json(envelope(action, true, false));
        state.tokens.delete(session);
        for (const [cookie, token] of state.authCookies) if (token === session) state.authCookies.delete(cookie);
        return ex.json(envelope(action, true, true));
      }
      case 'FilesPub': {
        const link = state.tree.links.get(form.get('Hash') ?? '');
        if (!link?.isFolder) return ex.json(envelope(action, false, false));
        const path = normalizeFolder(`${link.path}/${form.get('Path') ?? ''}`);
        const folder = tree.folder(link.type, path);
        if (!folder) return fail(action, 999);
        return ex.json(envelope(action, listing(link.type, path, folder, ''), true));
      }
      default: {
        if (!sessionFrom(ex, authToken)) return fail(action, 102);
        if (!state.filesEnabled) return fail(action, 802);
        try {
          return ex.json(envelope(action, files(action, form, ex), true));
        } catch (error) {
          if (error instanceof RejectError) return ex.reject(error.message);
          if (error instanceof ActionError) return fail(action, error.code);
          return fail(action, 999);
        }
      }
    }
  };

  const uploadAnswer = (ex: Exchange, name: string, size: number): void =>
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

  const fitsQuota = (type: Pro7StorageType, size: number): boolean =>
    type !== 'personal' || state.quotaBytes <= 0 || tree.usedBytes('personal') + size <= state.quotaBytes;

  const uploadPost = async (ex: Exchange): Promise<void> => {
    const { req } = ex;
    const contentType = req.headers['content-type'] ?? '';
    if (!contentType.toLowerCase().startsWith('multipart/form-data'))
      return ex.reject('uploads are multipart/form-data');
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
    for (const key of form.keys())
      if (!allowed.has(key)) return ex.reject(`the upload has no field ${key} in the spec`);
    const file = form.get('jua-uploader');
    // No file part: the handler answers the bare {"Error":"size"} (recorded). PHP drops the part of a file over
    // upload_max_filesize (UPLOAD_ERR_INI_SIZE) the same way, so that answer is the same [LIVE 7.7.9].
    if (!(file instanceof Blob)) return ex.json({ Error: 'size' });
    if (state.uploadMaxFileSize > 0 && file.size > state.uploadMaxFileSize) return ex.json({ Error: 'size' });
    const text = (key: string): string | undefined => {
      const value = form.get(key);
      return typeof value === 'string' ? value : undefined;
    };
    const session = sessionFrom(ex, text('AuthToken'));
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
    if (!fitsQuota(type as Pro7StorageType, data.byteLength)) {
      return ex.json({
        Action: 'UploadFile',
        AccountID: state.accountId,
        Result: { Error: 'quota' },
        '@Time': ex.elapsed(),
      });
    }
    // Without Overwrite a clash is stored as name_0.ext, and the answer still echoes the sent name (recorded).
    const stored = additional.Overwrite === true ? name : freeName(folder, name);
    tree.putFile(folder, stored, data);
    return uploadAnswer(ex, name, data.byteLength);
  };

  const uploadPut = async (ex: Exchange, segments: string[]): Promise<void> => {
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
    if (!sessionFrom(ex, typeof header === 'string' ? header : undefined)) {
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
    if (!fitsQuota(type as Pro7StorageType, data.byteLength)) {
      return ex.json({
        Action: 'UploadFile',
        AccountID: state.accountId,
        Result: { Error: 'quota' },
        '@Time': ex.elapsed(),
      });
    }
    tree.putFile(folder, name, data);
    return uploadAnswer(ex, name, data.byteLength);
  };

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

  const raw = async (ex: Exchange, segments: string[]): Promise<void> => {
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
    if (!sessionFrom(ex, token === undefined ? undefined : decodeURIComponent(token))) return ex.notFound();
    const key = tree.resolveHash(decodeURIComponent(hash ?? ''));
    const node = key ? tree.node(key.type, key.folder, key.name) : undefined;
    if (node?.kind !== 'file') return ex.notFound();
    if (rawAction === 'FilesThumbnail' && !mimeOf(node.name).startsWith('image/')) return ex.notFound();
    return sendFile(ex, node.name, node.data, rawAction === 'FilesView' ? 'inline' : 'attachment');
  };

  const minDownload = async (ex: Exchange, segments: string[]): Promise<void> => {
    if (ex.req.method !== 'GET' || segments[1] !== 'Download' || segments.length !== 3) {
      return ex.reject('only GET ?/Min/Download/{hash} is in the spec');
    }
    const link = tree.links.get(decodeURIComponent(segments[2] ?? ''));
    if (!link || link.isFolder) return ex.notFound();
    const slash = link.path.lastIndexOf('/');
    const node = tree.node(link.type, link.path.slice(0, slash), link.path.slice(slash + 1));
    if (node?.kind !== 'file') return ex.notFound();
    return sendFile(ex, node.name, node.data, 'attachment');
  };

  return async (req: IncomingMessage, res: ServerResponse): Promise<void> => {
    const ex = new Exchange(req, res);
    try {
      const url = req.url ?? '/';
      const q = url.indexOf('?');
      const pathname = q >= 0 ? url.slice(0, q) : url;
      if (pathname !== '/' && pathname !== '/index.php') {
        res.writeHead(404, { 'Content-Type': 'text/plain' });
        res.end('not found\n');
        return;
      }
      // The router: raw query string, trimmed of spaces and '/', cut at the first '&', split on '/'.
      const query = (q >= 0 ? url.slice(q + 1) : '').split('&')[0] ?? '';
      const segments = query.replace(/^[\s/]+|[\s/]+$/g, '').split('/');
      const head = (segments[0] ?? '').toLowerCase();
      if (head === 'ajax') return await ajax(ex);
      if (head === 'upload') {
        if (segments[1] !== 'File') return ex.reject('only ?/Upload/File/ is in the spec');
        if (req.method === 'POST' && segments.length === 2) return await uploadPost(ex);
        if (req.method === 'PUT') return await uploadPut(ex, segments);
        return ex.reject('uploads are POST ?/Upload/File/ or PUT ?/Upload/File/{Type}/{path}');
      }
      if (head === 'raw') return await raw(ex, segments);
      if (head === 'min') return await minDownload(ex, segments);
      return ex.reject(`no route for ?/${segments[0] ?? ''} in the spec`);
    } catch {
      if (!res.headersSent) {
        res.writeHead(500, { 'Content-Type': 'text/plain' });
        res.end('sandbox failure\n');
      } else {
        res.destroy();
      }
    }
  };
}

class RejectError extends Error {}

const utf8 = new TextEncoder();
function byteOrder(a: Pro7Node, b: Pro7Node): number {
  return Buffer.compare(utf8.encode(a.name), utf8.encode(b.name));
}

function linkType(url: string): number {
  if (/drive\.google\.com|docs\.google\.com/.test(url)) return 1;
  if (/dropbox\.com/.test(url)) return 2;
  if (/youtube\.com|youtu\.be/.test(url)) return 3;
  if (/vimeo\.com/.test(url)) return 4;
  if (/soundcloud\.com/.test(url)) return 5;
  return 0;
}
